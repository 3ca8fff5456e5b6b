"""Pipebook's argparse module, written in Python as CPython 3.11 behaves: the same parse
results, the same error messages (the usage and `prog: error: ...` on stderr, exit status 2)
and the same help layout.

Supported: ArgumentParser (prog, usage, description, epilog, parents, formatter_class,
prefix_chars, fromfile_prefix_chars, argument_default, conflict_handler, add_help,
allow_abbrev, exit_on_error), add_argument with every action (store, store_const, store_true,
store_false, append, append_const, extend, count, help, version, BooleanOptionalAction and
Action subclasses), nargs ('?', '*', '+', an int, REMAINDER), type, choices, default, required,
dest, metavar, argument groups, mutually exclusive groups, subparsers, set_defaults, FileType,
the help formatter classes, parse_args and parse_known_args.

Not supported: parse_intermixed_args and parse_known_intermixed_args. Help is wrapped to
$COLUMNS columns, or 80, and never to the width of a terminal.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
    "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
    "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

# Where a subparser leaves the strings it did not recognise, for its parent to collect.
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


def _terminal_columns():
    """shutil.get_terminal_size().columns when standard output is not a terminal."""
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


class _AttributeHolder:
    """The repr CPython gives Namespace, Action and ArgumentParser: Name(field=value, ...)."""

    def __repr__(self):
        fields = [repr(arg) for arg in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                fields.append("%s=%r" % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            fields.append("**%r" % (odd_names,))
        return "%s(%s)" % (type(self).__name__, ", ".join(fields))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The object parse_args returns: one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _copy_items(items):
    """A fresh list for append-like actions, so that a default list is never changed."""
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ==================================================================================
# Errors
# ==================================================================================

def _get_action_name(action):
    """How error messages name an argument: its option strings, metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class ArgumentError(Exception):
    """A bad argument on the command line (or a bad add_argument call), naming the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return "%s" % (self.message,)
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message becomes the error message as it is."""


# ==================================================================================
# Actions: what an argument does with the strings it takes
# ==================================================================================

class Action(_AttributeHolder):
    """An argument of a parser; calling it stores the converted values in the namespace."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for option_string in option_strings:
            both.append(option_string)
            if option_string.startswith("--"):
                both.append("--no-" + option_string[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


def _check_store_nargs(nargs, const, nothing_to_store):
    if nargs == 0:
        raise ValueError(nothing_to_store)
    if const is not None and nargs != OPTIONAL:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const,
                           "nargs for store actions must be != 0; if you have nothing to "
                           "store, actions such as store true or store const may be more "
                           "appropriate")
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const,
                           "nargs for append actions must be != 0; if arg strings are not "
                           "supplying the value to append, the append const action may be "
                           "more appropriate")
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = parser.version if self.version is None else self.version
        parser._print_message(parser._get_formatter()._text_page(version), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """A subcommand's line in its parent's help: the name (and aliases) with its help."""

    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    """The positional that picks a subcommand and hands the rest of the line to its parser."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            choices = ", ".join(self._name_parser_map)
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (name, choices))
        # The subparser's defaults must win over the parent's, so it parses into a namespace
        # of its own that is then copied over.
        subnamespace, rest = subparser.parse_known_args(values[1:], None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class FileType:
    """A type= that opens the named file ('-' is standard input or output)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin.buffer if "b" in self._mode else _sys.stdin
            if any(c in self._mode for c in "wax"):
                return _sys.stdout.buffer if "b" in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(arg) for arg in (self._mode, self._bufsize) if arg != -1]
        for name, value in (("encoding", self._encoding), ("errors", self._errors)):
            if value is not None:
                shown.append("%s=%r" % (name, value))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


# ==================================================================================
# Help formatting
# ==================================================================================

def _squeeze_whitespace(text):
    """Each run of ASCII whitespace becomes one space, and the ends are stripped."""
    return _re.sub(r"\s+", " ", text, flags=_re.ASCII).strip()


def _usage_parts(text):
    """The pieces a long usage line is wrapped between: a bracketed or parenthesised group,
    which runs to the first closing brackets followed by a space or the end, or else a word."""
    parts = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        end = _group_end(text, i) if text[i] in "[(" else None
        if end is None:
            end = i
            while end < len(text) and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _group_end(text, start):
    close = "]" if text[start] == "[" else ")"
    for k in range(start + 1, len(text)):
        if text[k] == "\n":
            return None
        if text[k] == close:
            end = k
            while end < len(text) and text[end] == close:
                end += 1
            if end == len(text) or text[end].isspace():
                return end
    return None


class HelpFormatter:
    """Lays out usage and help text. Subclasses change the layout through _fill_text,
    _split_lines, _get_help_string and the _get_default_metavar_* methods."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width

    # ----- whole pages -----

    def _help_page(self, parser):
        """The text of `parser.format_help()`."""
        step = self._indent_increment
        sections = []
        widest = 0
        for group in parser._action_groups:
            shown = [action for action in group._group_actions if action.help is not SUPPRESS]
            for action in shown:
                widest = max(widest, self._invocation_width(action, step))
            sections.append((group, shown))
        # Every section aligns its help at the same column, set by the widest invocation.
        help_position = min(widest + 2, self._max_help_position)

        blocks = [self._usage_block(parser.usage, parser._actions,
                                    parser._mutually_exclusive_groups)]
        blocks.append(self._text_block(parser.description, 0))
        for group, shown in sections:
            items = self._text_block(group.description, step)
            items += "".join(self._format_action(action, step, help_position) for action in shown)
            if items:
                heading = "" if group.title in (None, SUPPRESS) else "%s:\n" % group.title
                blocks.append("\n" + heading + items + "\n")
        blocks.append(self._text_block(parser.epilog, 0))
        return self._page("".join(blocks))

    def _usage_page(self, parser):
        return self._page(self._usage_block(parser.usage, parser._actions,
                                            parser._mutually_exclusive_groups))

    def _text_page(self, text):
        return self._page(self._text_block(text, 0))

    @staticmethod
    def _page(text):
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        text = text.strip("\n")
        return text + "\n" if text else ""

    def _text_block(self, text, indent):
        if text is None or text is SUPPRESS:
            return ""
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, " " * indent) + "\n\n"

    # ----- usage -----

    def _usage_block(self, usage, actions, groups):
        if usage is SUPPRESS:
            return ""
        return self._format_usage(usage, actions, groups, "usage: ") + "\n\n"

    def _format_usage(self, usage, actions, groups, prefix):
        """`prefix` followed by the usage: the given text, or one built from the actions and
        wrapped to the width."""
        if usage is not None:
            return prefix + usage % dict(prog=self._prog)
        prog = "%s" % (self._prog,)
        if not actions:
            return prefix + prog
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        text = " ".join(s for s in [prog, self._actions_usage(optionals + positionals, groups)] if s)
        if len(prefix) + len(text) > self._width:
            text = self._wrapped_usage(prefix, prog, self._actions_usage(optionals, groups),
                                       self._actions_usage(positionals, groups))
        return prefix + text

    def _wrapped_usage(self, prefix, prog, optionals_usage, positionals_usage):
        width = self._width
        optional_parts = _usage_parts(optionals_usage)
        positional_parts = _usage_parts(positionals_usage)

        def lines_of(parts, indent, first_line_prefix=None):
            lines = []
            line = []
            length = len(indent if first_line_prefix is None else first_line_prefix) - 1
            for part in parts:
                if line and length + 1 + len(part) > width:
                    lines.append(indent + " ".join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_line_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        # A short prog keeps the arguments beside it; a long one gets a line of its own.
        if len(prefix) + len(prog) <= 0.75 * width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if optional_parts:
                lines = lines_of([prog] + optional_parts, indent, prefix)
                lines += lines_of(positional_parts, indent)
            elif positional_parts:
                lines = lines_of([prog] + positional_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = lines_of(optional_parts + positional_parts, indent)
            if len(lines) > 1:
                lines = lines_of(optional_parts, indent) + lines_of(positional_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def _actions_usage(self, actions, groups):
        # A mutually exclusive group whose actions sit together in `actions` is shown as one
        # unit: [-a | -b], or (-a | -b) when one of them is required.
        group_at = {}
        grouped = []
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError("empty group %s" % (group,))
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                group_at[start] = group
                grouped.extend(members)

        parts = []
        i = 0
        while i < len(actions):
            group = group_at.get(i)
            if group is None:
                part = self._action_usage(actions[i], grouped)
                if part is not None:
                    parts.append(part)
                i += 1
                continue
            members = group._group_actions
            shown = [self._action_usage(action, grouped) for action in members]
            shown = [part for part in shown if part is not None]
            if shown:
                inner = " | ".join(shown)
                if not group.required:
                    parts.append("[%s]" % inner)
                elif len(shown) > 1:
                    parts.append("(%s)" % inner)
                else:
                    parts.append(inner)
            i += len(members)
        return " ".join(parts).strip()

    def _action_usage(self, action, grouped):
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if action in grouped and part[0] == "[" and part[-1] == "]":
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            part = "%s %s" % (action.option_strings[0], self._format_args(action, metavar))
        if not action.required and action not in grouped:
            part = "[%s]" % part
        return part

    # ----- argument entries -----

    def _invocation_width(self, action, indent):
        width = len(self._format_action_invocation(action)) + indent
        for subaction in self._subactions(action):
            width = max(width, self._invocation_width(subaction, indent + self._indent_increment))
        return width

    @staticmethod
    def _subactions(action):
        get_subactions = getattr(action, "_get_subactions", None)
        return [] if get_subactions is None else get_subactions()

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        invocation_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        first_indent = 0
        if not action.help:
            header = "%*s%s\n" % (indent, "", header)
        elif len(header) <= invocation_width:
            header = "%*s%-*s  " % (indent, "", invocation_width, header)
        else:
            header = "%*s%s\n" % (indent, "", header)
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (first_indent, "", lines[0]))
                for line in lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not header.endswith("\n"):
            parts.append("\n")
        for subaction in self._subactions(action):
            parts.append(self._format_action(subaction, indent + self._indent_increment,
                                             help_position))
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join("%s %s" % (option_string, args)
                         for option_string in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        """A function from a count to that many metavars (a tuple metavar is given as is)."""
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def metavars(count):
            return result if isinstance(result, tuple) else (result,) * count
        return metavars

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % metavars(1)
        if nargs == OPTIONAL:
            return "[%s]" % metavars(1)
        if nargs == ZERO_OR_MORE:
            metavar = metavars(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % metavars(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % metavars(1)
        if nargs == SUPPRESS:
            return ""
        try:
            formats = ["%s" for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(formats) % metavars(nargs)

    def _expand_help(self, action):
        """The help string with %(default)s, %(type)s, %(prog)s... filled in."""
        params = {}
        for name, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            params[name] = value.__name__ if hasattr(value, "__name__") else value
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(choice) for choice in params["choices"])
        return self._get_help_string(action) % params

    # ----- the layout hooks subclasses override -----

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze_whitespace(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze_whitespace(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of the description and epilog."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = "" if action.help is None else action.help
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type (int, float...)."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ==================================================================================
# Matching argument strings to actions
# ==================================================================================
#
# The command line is first read as a pattern with one letter per string: 'O' an option,
# 'A' an argument, '-' the first '--' (every string after it is an argument). An action's
# nargs says which runs of letters it takes; leftmost actions take as many as they can.

def _letters_taken(action):
    """The letters `action` can take at all: options never take '--'; only REMAINDER and
    subcommands take options."""
    letters = "AO-" if action.nargs in (REMAINDER, PARSER) else "A-"
    return letters.replace("-", "") if action.option_strings else letters


def _count_fits(action, count):
    """Whether `action` can take `count` arguments."""
    nargs = action.nargs
    if nargs is None:
        return count == 1
    if nargs == OPTIONAL:
        return count <= 1
    if nargs in (ZERO_OR_MORE, REMAINDER):
        return True
    if nargs in (ONE_OR_MORE, PARSER):
        return count >= 1
    if nargs == SUPPRESS:
        return count == 0
    return count == nargs


def _longest_take(action, pattern, start):
    """The ends, longest first, of the runs from `start` that `action` can take."""
    letters = _letters_taken(action)
    limit = start
    while limit < len(pattern) and pattern[limit] in letters:
        limit += 1
    if action.nargs == PARSER:
        # The subcommand's name comes first; options may follow it.
        first = start
        while first < limit and pattern[first] == "-":
            first += 1
        if first == limit or pattern[first] != "A":
            return []
    count = pattern.count("A", start, limit)
    ends = []
    for end in range(limit, start - 1, -1):
        if _count_fits(action, count):
            ends.append(end)
        if end > start and pattern[end - 1] == "A":
            count -= 1
    return ends


def _match_in_order(actions, pattern):
    """How many strings each of `actions` takes, matched one after the other from the start
    of `pattern`, each as greedily as the ones after it allow; None when they cannot all match."""
    failed = set()

    def match_from(index, start):
        if index == len(actions):
            return []
        if (index, start) in failed:
            return None
        for end in _longest_take(actions[index], pattern, start):
            rest = match_from(index + 1, end)
            if rest is not None:
                return [end - start] + rest
        failed.add((index, start))
        return None
    return match_from(0, 0)


def _looks_like_negative_number(string):
    """'-5', '-2.5' or '-.5'."""
    if not string.startswith("-"):
        return False
    whole, dot, fraction = string[1:].partition(".")
    if not dot:
        return whole.isdecimal()
    return fraction.isdecimal() and (whole == "" or whole.isdecimal())


class _ParseRun:
    """One parse of a list of strings: consumes options and positionals alternately, left to
    right, and records what it saw for the checks at the end."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.options = {}
        letters = []
        after_dashes = False
        for i, string in enumerate(strings):
            if after_dashes:
                letters.append("A")
            elif string == "--":
                letters.append("-")
                after_dashes = True
            else:
                option = parser._parse_optional(string)
                if option is not None:
                    self.options[i] = option
                letters.append("A" if option is None else "O")
        self.pattern = "".join(letters)
        self.positionals = parser._get_positional_actions()
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                self.conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])

    def run(self):
        start = 0
        last_option = max(self.options) if self.options else -1
        while start <= last_option:
            next_option = min(i for i in self.options if i >= start)
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in self.options:
                self.extras.extend(self.strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.strings[stop:])
        self.check_required()
        return self.namespace, self.extras

    def take(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # An argument left at its default does not count as given, for the exclusive groups.
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        action, option_string, explicit = self.options[start]
        chars = self.parser.prefix_chars
        taken = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if explicit is None:
                count = self.parser._match_argument(action, self.pattern[start + 1:])
                stop = start + 1 + count
                taken.append((action, self.strings[start + 1:stop], option_string))
                break
            count = self.parser._match_argument(action, "A")
            if count == 0 and option_string[1] not in chars and explicit != "":
                # -xyz: a flag followed by more single-letter options.
                taken.append((action, [], option_string))
                option_string = option_string[0] + explicit[0]
                if option_string not in self.parser._option_string_actions:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                action = self.parser._option_string_actions[option_string]
                explicit = explicit[1:] or None
            elif count == 1:
                stop = start + 1
                taken.append((action, [explicit], option_string))
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r" % explicit)
        for action, strings, option_string in taken:
            self.take(action, strings, option_string)
        return stop

    def consume_positionals(self, start):
        pattern = self.pattern[start:]
        counts = []
        for n in range(len(self.positionals), 0, -1):
            counts = _match_in_order(self.positionals[:n], pattern)
            if counts is not None:
                break
        counts = counts or []
        for action, count in zip(self.positionals, counts):
            self.take(action, self.strings[start:start + count])
            start += count
        del self.positionals[:len(counts)]
        return start

    def check_required(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # A string default goes through type= too, but only when it is used.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(action in self.seen_non_default
                                          for action in group._group_actions):
                names = [_get_action_name(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))


# ==================================================================================
# Parsers and argument groups
# ==================================================================================

class _ActionsContainer:
    """What parsers and argument groups share: add_argument and the tables it fills."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, action_class in [(None, _StoreAction), ("store", _StoreAction),
                                   ("store_const", _StoreConstAction),
                                   ("store_true", _StoreTrueAction),
                                   ("store_false", _StoreFalseAction),
                                   ("append", _AppendAction),
                                   ("append_const", _AppendConstAction),
                                   ("count", _CountAction), ("help", _HelpAction),
                                   ("version", _VersionAction), ("parsers", _SubParsersAction),
                                   ("extend", _ExtendAction)]:
            self.register("action", name, action_class)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # A list, so that a parser and its groups share it: once an option looks like a
        # negative number, '-5' on the command line is an option rather than an argument.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed"
                             % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _looks_like_negative_number(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's arguments, groups and exclusive groups into this one."""
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError("cannot merge actions - two groups are named %r" % (group.title,))
            groups_by_title[group.title] = group
        group_of = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_of[action] = groups_by_title[group.title]
        for group in container._mutually_exclusive_groups:
            exclusive = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_of[action] = exclusive
        for action in container._actions:
            group_of.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        # A positional is required unless it may take no strings at all.
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if option_string[0] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        # '--foo-bar' gives foo_bar, '-x' gives x; the first long option wins.
        dest = kwargs.pop("dest", None)
        if dest is None:
            named_after = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = named_after.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (args[-1],))
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop("action", default)
        return self._registry_get("action", action, action)

    def _get_handler(self):
        if self.conflict_handler == "error":
            return self._handle_conflict_error
        if self.conflict_handler == "resolve":
            return self._handle_conflict_resolve
        raise ValueError("invalid conflict_resolution value: %r" % (self.conflict_handler,))

    def _check_conflict(self, action):
        conflicting = [(option_string, self._option_string_actions[option_string])
                       for option_string in action.option_strings
                       if option_string in self._option_string_actions]
        if conflicting:
            self._get_handler()(action, conflicting)

    def _handle_conflict_error(self, action, conflicting):
        names = ", ".join(option_string for option_string, _ in conflicting)
        noun = "string" if len(conflicting) == 1 else "strings"
        raise ArgumentError(action, "conflicting option %s: %s" % (noun, names))

    def _handle_conflict_resolve(self, action, conflicting):
        # The newer argument takes the option strings; an older one left without any goes.
        for option_string, old_action in conflicting:
            old_action.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not old_action.option_strings:
                old_action.container._remove_action(old_action)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser all the same."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one if required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace, or exits with a usage message."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda string: string)

        if add_help:
            prefix = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + "h", prefix * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, "_defaults", None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        # A subcommand's prog is this parser's usage without its options: 'git commit'.
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            usage = formatter._format_usage(self.usage, self._get_positional_actions(),
                                            self._mutually_exclusive_groups, "")
            kwargs["prog"] = usage.strip()
        action_class = self._pop_action_class(kwargs, "parsers")
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ----- parsing -----

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).run()

    def parse_intermixed_args(self, args=None, namespace=None):
        raise NotImplementedError("Pipebook does not support argparse's parse_intermixed_args()")

    def parse_known_intermixed_args(self, args=None, namespace=None):
        raise NotImplementedError(
            "Pipebook does not support argparse's parse_known_intermixed_args()")

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                expanded.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    from_file = []
                    for line in args_file.read().splitlines():
                        from_file.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(from_file))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        """How many of the strings classified as `pattern` the option `action` takes."""
        ends = _longest_take(action, pattern, 0)
        if not ends:
            messages = {None: "expected one argument", OPTIONAL: "expected at most one argument",
                        ONE_OR_MORE: "expected at least one argument"}
            message = messages.get(action.nargs)
            if message is None:
                noun = "argument" if action.nargs == 1 else "arguments"
                message = "expected %s %s" % (action.nargs, noun)
            raise ArgumentError(action, message)
        return ends[0]

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when `arg_string` is an option; action
        is None for an option this parser does not know. None for a positional argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            options = ", ".join(option_string for _, option_string, _ in candidates)
            self.error("ambiguous option: %s could match %s" % (arg_string, options))
        if len(candidates) == 1:
            return candidates[0]
        if _looks_like_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options `option_string` could abbreviate (or, for -xVALUE, start with)."""
        found = []
        if option_string[1] in self.prefix_chars:
            if self.allow_abbrev:
                prefix, _, explicit_arg = option_string.partition("=")
                if "=" not in option_string:
                    explicit_arg = None
                for known, action in self._option_string_actions.items():
                    if known.startswith(prefix):
                        found.append((action, known, explicit_arg))
        else:
            short_option, short_arg = option_string[:2], option_string[2:]
            for known, action in self._option_string_actions.items():
                if known == short_option:
                    found.append((action, known, short_arg))
                elif known.startswith(option_string):
                    found.append((action, known, None))
        return found

    def _get_values(self, action, arg_strings):
        """The value an action receives for the strings it took, converted and checked."""
        if action.nargs not in (PARSER, REMAINDER) and "--" in arg_strings:
            arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # ----- help and exits -----

    def format_usage(self):
        return self._get_formatter()._usage_page(self)

    def format_help(self):
        return self._get_formatter()._help_page(self)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
