"""Programs for TextwrapModuleTests (stdlib/textwrap.py): see generate_module_tests.py."""

GROUPS = {
    "wrap": [
        '''
import textwrap
text = ("The well-known quick-brown fox -- a sly one -- jumped over the lazy dog's back. "
        "Then it ran\\taway into the forest-edge, never to be seen again!  Really? Yes.")
for width in (5, 10, 17, 30, 45, 80):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a\\tb\\tc", 8, expand_tabs=False), textwrap.wrap("a\\tb", 20, tabsize=4))
print(textwrap.wrap("x\\ny\\rz", 20, replace_whitespace=False))
print(textwrap.wrap("supercalifragilisticexpialidocious-word-list and more", 12))
print(textwrap.wrap("--option-name=value --x -- y a--b ab--cd", 6))
print(textwrap.wrap("123-456 ab-cd-ef x-y", 5))
try:
    textwrap.wrap("abc", 0)
except ValueError as exc:
    print("ValueError:", exc)
''',
        '''
import textwrap
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 40, max_lines=2))
print(textwrap.fill(text, 40, max_lines=1, placeholder="..."))
print(textwrap.shorten(text, 25), "|", textwrap.shorten("Hello  world!", width=12), "|",
      textwrap.shorten("Hello world", 11))
print(textwrap.shorten(text, 20, placeholder=" (more)"))
w = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
print(w.fill("short"))
try:
    textwrap.shorten(text, 3)
except ValueError as exc:
    print("ValueError:", exc)
''',
    ],
    "dedent": [
        '''
import textwrap
print(repr(textwrap.dedent("    a\\n      b\\n    c\\n")))
print(repr(textwrap.dedent("  x\\n\\t y\\n")))
print(repr(textwrap.dedent("\\n    one\\n  \\n    two")))
print(repr(textwrap.dedent("\\t\\ta\\n\\t\\t  b\\n\\t\\n")))
print(repr(textwrap.dedent("no indent\\n  some")))
print(repr(textwrap.dedent("   \\n   ")))
print(repr(textwrap.indent("a\\n\\nb\\n  \\nc", "> ")))
print(repr(textwrap.indent("a\\nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\\r\\ny\\n", "  ")))
''',
    ],
}
