"""Pipebook's string module: the character-class constants, capwords and Template.

Template substitutes `$name`, `${name}` and `$$` as CPython's does, scanning the text itself
rather than through a regular expression; subclasses may change `delimiter` but not the
pattern. `Formatter` is not supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them again with sep (a space if None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENTIFIER_START = '_' + ascii_letters
_IDENTIFIER_REST = _IDENTIFIER_START + digits
_PATTERN_ATTRIBUTES = ('pattern', 'idpattern', 'braceidpattern', 'flags')
_NO_MAPPING = {}


def _identifier_end(text, start):
    """The end of the ASCII identifier starting at start, or start if there is none."""
    if start >= len(text) or text[start] not in _IDENTIFIER_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _IDENTIFIER_REST:
        end += 1
    return end


class Template:
    """A string with $-substitutions."""

    delimiter = '$'

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in _PATTERN_ATTRIBUTES:
            if name in cls.__dict__:
                raise NotImplementedError(
                    f"Pipebook does not support string.Template subclasses that set {name}")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name) for each placeholder, in order; kind is 'escaped',
        'named', 'braced' or 'invalid' (then start is where the invalid text begins)."""
        text, delimiter = self.template, self.delimiter
        size = len(delimiter)
        i = text.find(delimiter)
        while i >= 0:
            after = i + size
            end = _identifier_end(text, after)
            if text.startswith(delimiter, after):
                yield i, after + size, 'escaped', None
                after += size
            elif end > after:
                yield i, end, 'named', text[after:end]
                after = end
            elif text.startswith('{', after) and _identifier_end(text, after + 1) > after + 1 \
                    and text.startswith('}', _identifier_end(text, after + 1)):
                close = _identifier_end(text, after + 1)
                yield i, close + 1, 'braced', text[after + 1:close]
                after = close + 1
            else:
                yield after, after, 'invalid', None
            i = text.find(delimiter, after)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        parts = []
        position = 0
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            parts.append(self.template[position:start])
            position = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(self.template[position:])
        return ''.join(parts)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._substitute(mapping, kws, safe=False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._substitute(mapping, kws, safe=True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    """The keyword arguments first, then the mapping: what Template looks names up in."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("Pipebook does not support string.Formatter")
