"""Pipebook's textwrap module: wrap, fill, shorten, dedent, indent and TextWrapper, splitting
text into words exactly as CPython 3.11's regular expressions do (scanned by hand here).
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_whitespace(c):
    return c in _whitespace


def _is_word_char(c):
    """re's \\w for str patterns."""
    return c.isalnum() or c == "_"


def _is_letter(c):
    """[^\\d\\W]: a word character that is not a digit."""
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    """[\\w!"'&.,?]"""
    return _is_word_char(c) or c in "!\"'&.,?"


def _dashes_then_word(text, j):
    """Whether -{2,}\\w matches at j."""
    n = len(text)
    k = j
    while k < n and text[k] == "-":
        k += 1
    return k - j >= 2 and k < n and _is_word_char(text[k])


def _char(text, i):
    return text[i] if 0 <= i < len(text) else ""


def _split_hyphenated(text):
    """The chunks of TextWrapper.wordsep_re: runs of whitespace, em-dashes between words, and
    words, which may end after a hyphen between letters ('wrap-', 'around')."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_whitespace(c):
            j = i
            while j < n and _is_whitespace(text[j]):
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = i + 1
            while True:
                if _char(text, j) == "-" and _hyphen_breaks(text, j):
                    j += 1
                    break
                if j >= n or _is_whitespace(text[j]):
                    break
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_breaks(text, j):
    """Whether a word may break after the hyphen at j: letters before it ('ab-' or 'a-b-')
    and a letter, maybe a hyphen, and a letter after it."""
    before = ((_is_letter(_char(text, j - 2)) and _is_letter(_char(text, j - 1)))
              or (_is_letter(_char(text, j - 3)) and _char(text, j - 2) == "-"
                  and _is_letter(_char(text, j - 1))))
    if not before:
        return False
    if not _is_letter(_char(text, j + 1)):
        return False
    return _is_letter(_char(text, j + 2)) or (_char(text, j + 2) == "-"
                                              and _is_letter(_char(text, j + 3)))


def _split_simple(text):
    """The chunks of TextWrapper.wordsep_simple_re: alternating words and whitespace runs."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = _is_whitespace(text[i])
        j = i
        while j < n and _is_whitespace(text[j]) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """[a-z][\\.\\!\\?][\\"\\']?\\Z"""
    if chunk[-1:] in ("\"", "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs of text into lines of at most width characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip()
                                and cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <= self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _is_blank(line):
    """^[ \\t]+$: a line of spaces and tabs only."""
    return line != "" and all(c in " \t" for c in line)


def dedent(text):
    """Remove any common leading whitespace from every line in `text`; lines of spaces and
    tabs only become empty."""
    lines = text.split("\n")
    lines = ["" if _is_blank(line) else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.lstrip(" \t") else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text' (by default those that are
    not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
