"""IPython's pretty printer, which notebooks use to show the value of a cell's last expression.

A port of IPython.lib.pretty (IPython 9): the same layout algorithm (Wadler-style groups and
breakables, 79 columns), the same printers for the builtin and collections types, and the
`_repr_pretty_` hook. Dicts keep their insertion order; sets are sorted when their items allow.

Queues are plain lists rather than collections.deque: they stay short, and importing
collections would cost more than a cell's whole run.

Differences: functions show as `<function module.name>` without their signature (Pipebook has
no `inspect`); re patterns and types.SimpleNamespace show their repr.

IPython.lib.pretty is (c) 2007 Armin Ronacher, portions (c) 2009 Robert Kern, and the IPython
Development Team, under the BSD 3-Clause license.
"""

__all__ = ["pretty", "PrettyPrinter", "RepresentationPrinter", "for_type", "for_type_by_name",
           "RawText", "CallExpression"]

MAX_SEQ_LENGTH = 1000


def pretty(obj, verbose=False, max_width=79, newline='\n', max_seq_length=MAX_SEQ_LENGTH):
    """The pretty representation of obj, as IPython shows it."""
    out = _Output()
    printer = RepresentationPrinter(out, verbose, max_width, newline, max_seq_length=max_seq_length)
    printer.pretty(obj)
    printer.flush()
    return out.getvalue()


class _Output:
    # A list of pieces joined once: cheaper than io.StringIO for many small writes.
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def _safe_getattr(obj, attr, default=None):
    try:
        return getattr(obj, attr, default)
    except Exception:
        return default


def _sorted_for_pprint(items):
    # Some predictable order is better than none: sort, else sort on str, else leave as is.
    items = list(items)
    try:
        return sorted(items)
    except Exception:
        try:
            return sorted(items, key=str)
        except Exception:
            return items


class _Group:
    def __init__(self, depth):
        self.depth = depth
        self.breakables = []
        self.want_break = False


class _GroupQueue:
    def __init__(self, *groups):
        self.queue = []
        for group in groups:
            self.enq(group)

    def enq(self, group):
        depth = group.depth
        while depth > len(self.queue) - 1:
            self.queue.append([])
        self.queue[depth].append(group)

    def deq(self):
        for stack in self.queue:
            for idx, group in enumerate(reversed(stack)):
                if group.breakables:
                    # IPython deletes stack[idx] counted from the front, not the group found
                    # from the back; the layout depends on it, so it is kept.
                    del stack[idx]
                    group.want_break = True
                    return group
            for group in stack:
                group.want_break = True
            del stack[:]
        return None

    def remove(self, group):
        try:
            self.queue[group.depth].remove(group)
        except ValueError:
            pass


class _Text:
    def __init__(self):
        self.objs = []
        self.width = 0

    def output(self, stream, output_width):
        for obj in self.objs:
            stream.write(obj)
        return output_width + self.width

    def add(self, obj, width):
        self.objs.append(obj)
        self.width += width


class _Breakable:
    def __init__(self, seq, width, pretty):
        self.obj = seq
        self.width = width
        self.pretty = pretty
        self.indentation = pretty.indentation
        self.group = pretty.group_stack[-1]
        self.group.breakables.append(self)

    def output(self, stream, output_width):
        self.group.breakables.pop(0)
        if self.group.want_break:
            stream.write(self.pretty.newline)
            stream.write(' ' * self.indentation)
            return self.indentation
        if not self.group.breakables:
            self.pretty.group_queue.remove(self.group)
        stream.write(self.obj)
        return output_width + self.width


class _LimitedEnumerate:
    # An iterator class rather than IPython's generator: a Pipebook generator runs on a thread
    # of its own, and a handoff per item would cost more than printing the item.
    def __init__(self, printer, seq):
        self.printer = printer
        self.iterator = iter(seq)
        self.idx = 0

    def __iter__(self):
        return self

    def __next__(self):
        x = next(self.iterator)
        printer = self.printer
        if printer.max_seq_length and self.idx >= printer.max_seq_length:
            printer.text(',')
            printer.breakable()
            printer.text('...')
            raise StopIteration
        idx = self.idx
        self.idx += 1
        return idx, x


class _GroupContext:
    # Pipebook has no contextlib: `with p.group(...)` is this small context manager.
    def __init__(self, printer, indent, open, close):
        self.printer = printer
        self.indent = indent
        self.open = open
        self.close = close

    def __enter__(self):
        self.printer.begin_group(self.indent, self.open)
        return self.printer

    def __exit__(self, *exc):
        self.printer.end_group(self.indent, self.close)
        return False


class PrettyPrinter:
    """The layout engine: text, breakable separators and groups that break together."""

    def __init__(self, output, max_width=79, newline='\n', max_seq_length=MAX_SEQ_LENGTH):
        self.output = output
        self.max_width = max_width
        self.newline = newline
        self.max_seq_length = max_seq_length
        self.output_width = 0
        self.buffer_width = 0
        self.buffer = []
        root_group = _Group(0)
        self.group_stack = [root_group]
        self.group_queue = _GroupQueue(root_group)
        self.indentation = 0

    def _break_one_group(self, group):
        while group.breakables:
            x = self.buffer.pop(0)
            self.output_width = x.output(self.output, self.output_width)
            self.buffer_width -= x.width
        while self.buffer and isinstance(self.buffer[0], _Text):
            x = self.buffer.pop(0)
            self.output_width = x.output(self.output, self.output_width)
            self.buffer_width -= x.width

    def _break_outer_groups(self):
        while self.max_width < self.output_width + self.buffer_width:
            group = self.group_queue.deq()
            if not group:
                return
            self._break_one_group(group)

    def text(self, obj):
        """Add literal text to the output."""
        width = len(obj)
        if self.buffer:
            text = self.buffer[-1]
            if not isinstance(text, _Text):
                text = _Text()
                self.buffer.append(text)
            text.add(obj, width)
            self.buffer_width += width
            self._break_outer_groups()
        else:
            self.output.write(obj)
            self.output_width += width

    def breakable(self, sep=' '):
        """A place where a line may break; `sep` is written when it does not."""
        width = len(sep)
        group = self.group_stack[-1]
        if group.want_break:
            self.flush()
            self.output.write(self.newline)
            self.output.write(' ' * self.indentation)
            self.output_width = self.indentation
            self.buffer_width = 0
        else:
            self.buffer.append(_Breakable(sep, width, self))
            self.buffer_width += width
            self._break_outer_groups()

    def break_(self):
        """Explicitly insert a newline, keeping the indentation."""
        group = self.group_queue.deq()
        if group:
            self._break_one_group(group)
        self.flush()
        self.output.write(self.newline)
        self.output.write(' ' * self.indentation)
        self.output_width = self.indentation
        self.buffer_width = 0

    def begin_group(self, indent=0, open=''):
        if open:
            self.text(open)
        group = _Group(self.group_stack[-1].depth + 1)
        self.group_stack.append(group)
        self.group_queue.enq(group)
        self.indentation += indent

    def end_group(self, dedent=0, close=''):
        self.indentation -= dedent
        group = self.group_stack.pop()
        if not group.breakables:
            self.group_queue.remove(group)
        if close:
            self.text(close)

    def group(self, indent=0, open='', close=''):
        """begin_group and end_group as a `with` block."""
        return _GroupContext(self, indent, open, close)

    def indent(self, indent):
        """Indent the lines written in a `with` block."""
        return _GroupContext(self, indent, '', '')

    def _enumerate(self, seq):
        """Like enumerate, but stops with `...` after max_seq_length items."""
        return _LimitedEnumerate(self, seq)

    def flush(self):
        """Write out what is left in the buffer."""
        for data in self.buffer:
            self.output_width += data.output(self.output, self.output_width)
        self.buffer.clear()
        self.buffer_width = 0


class RepresentationPrinter(PrettyPrinter):
    """A PrettyPrinter that knows the printers of the builtin types and `_repr_pretty_`."""

    def __init__(self, output, verbose=False, max_width=79, newline='\n',
                 singleton_pprinters=None, type_pprinters=None, deferred_pprinters=None,
                 max_seq_length=MAX_SEQ_LENGTH):
        PrettyPrinter.__init__(self, output, max_width, newline, max_seq_length=max_seq_length)
        self.verbose = verbose
        self.stack = []
        self.singleton_pprinters = singleton_pprinters
        self.type_pprinters = _type_pprinters.copy() if type_pprinters is None else type_pprinters
        self.deferred_pprinters = _deferred_type_pprinters.copy() if deferred_pprinters is None else deferred_pprinters

    def pretty(self, obj):
        """Pretty print the given object."""
        obj_id = id(obj)
        cycle = obj_id in self.stack
        self.stack.append(obj_id)
        self.begin_group()
        try:
            if obj is None or obj is True or obj is False or obj is Ellipsis or obj is NotImplemented:
                return _repr_pprint(obj, self, cycle)
            obj_class = _safe_getattr(obj, '__class__', None) or type(obj)
            for cls in obj_class.__mro__:
                if cls in self.type_pprinters:
                    return self.type_pprinters[cls](obj, self, cycle)
                printer = self._in_deferred_types(cls)
                if printer is not None:
                    return printer(obj, self, cycle)
                if '_repr_pretty_' in cls.__dict__:
                    meth = cls._repr_pretty_
                    if callable(meth):
                        return meth(obj, self, cycle)
                if cls is not object and '__repr__' in cls.__dict__:
                    return _repr_pprint(obj, self, cycle)
            return _default_pprint(obj, self, cycle)
        finally:
            self.end_group()
            self.stack.pop()

    def _in_deferred_types(self, cls):
        key = (_safe_getattr(cls, '__module__', None), _safe_getattr(cls, '__name__', None))
        printer = None
        if key in self.deferred_pprinters:
            printer = self.deferred_pprinters.pop(key)
            self.type_pprinters[cls] = printer
        return printer


class RawText:
    """An object whose pretty form is the text it holds."""

    def __init__(self, value):
        self.value = value

    def _repr_pretty_(self, p, cycle):
        p.text(self.value)


class CallExpression:
    """Shows as a line-wrapped call, `name(*args, **kwargs)`."""

    def __init__(self, name, *args, **kwargs):
        self.name = name
        self.args = args
        self.kwargs = kwargs

    @classmethod
    def factory(cls, name):
        def inner(*args, **kwargs):
            return cls(name, *args, **kwargs)
        return inner

    def _repr_pretty_(self, p, cycle):
        started = [False]

        def new_item():
            if started[0]:
                p.text(",")
                p.breakable()
            started[0] = True

        prefix = self.name + "("
        with p.group(len(prefix), prefix, ")"):
            for arg in self.args:
                new_item()
                p.pretty(arg)
            for arg_name, arg in self.kwargs.items():
                new_item()
                arg_prefix = arg_name + "="
                with p.group(len(arg_prefix), arg_prefix):
                    p.pretty(arg)


def _default_pprint(obj, p, cycle):
    klass = _safe_getattr(obj, '__class__', None) or type(obj)
    if _safe_getattr(klass, '__repr__', None) is not object.__repr__ or _native_repr(obj):
        _repr_pprint(obj, p, cycle)
        return
    # The `<Class at 0x...>` form, as IPython prints an object without a __repr__.
    p.begin_group(1, '<')
    p.pretty(klass)
    p.text(' at 0x%x' % id(obj))
    if cycle:
        p.text(' ...')
    p.end_group(1, '>')


def _native_repr(obj):
    """Whether a builtin type written in Swift (datetime, timedelta, ...) gives `obj` a repr of
    its own: those types have no `__repr__` in their class dict, but their repr is not object's."""
    try:
        return repr(obj) != object.__repr__(obj)
    except Exception:
        return False


def _seq_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text(start + '...' + end)
        step = len(start)
        p.begin_group(step, start)
        for idx, x in p._enumerate(obj):
            if idx:
                p.text(',')
                p.breakable()
            p.pretty(x)
        if len(obj) == 1 and isinstance(obj, tuple):
            p.text(',')
        p.end_group(step, end)
    return inner


def _set_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text(start + '...' + end)
        if len(obj) == 0:
            p.text(type(obj).__name__ + '()')
        else:
            step = len(start)
            p.begin_group(step, start)
            if not (p.max_seq_length and len(obj) >= p.max_seq_length):
                items = _sorted_for_pprint(obj)
            else:
                items = obj
            for idx, x in p._enumerate(items):
                if idx:
                    p.text(',')
                    p.breakable()
                p.pretty(x)
            p.end_group(step, end)
    return inner


def _dict_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text('{...}')
        step = len(start)
        p.begin_group(step, start)
        for idx, key in p._enumerate(obj.keys()):
            if idx:
                p.text(',')
                p.breakable()
            p.pretty(key)
            p.text(': ')
            p.pretty(obj[key])
        p.end_group(step, end)
    return inner


def _type_pprint(obj, p, cycle):
    mod = _safe_getattr(obj, '__module__', None)
    name = _safe_getattr(obj, '__qualname__', None)
    if not isinstance(name, str):
        name = obj.__name__
    if mod in (None, '__builtin__', 'builtins', 'exceptions'):
        p.text(name)
    else:
        p.text(mod + '.' + name)


def _repr_pprint(obj, p, cycle):
    # A multi-line repr keeps its lines, each at the current indentation.
    output = repr(obj)
    lines = output.splitlines()
    with p.group():
        for idx, output_line in enumerate(lines):
            if idx:
                p.break_()
            p.text(output_line)


def _function_pprint(obj, p, cycle):
    name = _safe_getattr(obj, '__qualname__', None) or obj.__name__
    mod = _safe_getattr(obj, '__module__', None)
    if mod and mod not in ('__builtin__', 'builtins', 'exceptions'):
        name = mod + '.' + name
    p.text('<function %s>' % name)


def _exception_pprint(obj, p, cycle):
    name = getattr(obj.__class__, '__qualname__', obj.__class__.__name__)
    if obj.__class__.__module__ not in ('exceptions', 'builtins'):
        name = '{}.{}'.format(obj.__class__.__module__, name)
    p.pretty(CallExpression(name, *getattr(obj, 'args', ())))


def _function_type():
    def f():
        pass
    return type(f)


_type_pprinters = {
    int: _repr_pprint,
    float: _repr_pprint,
    str: _repr_pprint,
    bytes: _repr_pprint,
    range: _repr_pprint,
    slice: _repr_pprint,
    tuple: _seq_pprinter_factory('(', ')'),
    list: _seq_pprinter_factory('[', ']'),
    dict: _dict_pprinter_factory('{', '}'),
    set: _set_pprinter_factory('{', '}'),
    frozenset: _set_pprinter_factory('frozenset({', '})'),
    type: _type_pprint,
    _function_type(): _function_pprint,
    type(len): _function_pprint,
    BaseException: _exception_pprint,
}

_deferred_type_pprinters = {}


def for_type(typ, func):
    """Use func(obj, p, cycle) to print instances of typ; returns the printer it replaces."""
    oldfunc = _type_pprinters.get(typ, None)
    if func is not None:
        _type_pprinters[typ] = func
    return oldfunc


def for_type_by_name(type_module, type_name, func):
    """for_type for a type named by its module and name, looked up when first printed."""
    key = (type_module, type_name)
    oldfunc = _deferred_type_pprinters.get(key, None)
    if func is not None:
        _deferred_type_pprinters[key] = func
    return oldfunc


def _defaultdict_pprint(obj, p, cycle):
    cls_ctor = CallExpression.factory(obj.__class__.__name__)
    if cycle:
        p.pretty(cls_ctor(RawText("...")))
    else:
        p.pretty(cls_ctor(obj.default_factory, dict(obj)))


def _ordereddict_pprint(obj, p, cycle):
    cls_ctor = CallExpression.factory(obj.__class__.__name__)
    if cycle:
        p.pretty(cls_ctor(RawText("...")))
    elif len(obj):
        p.pretty(cls_ctor(list(obj.items())))
    else:
        p.pretty(cls_ctor())


def _deque_pprint(obj, p, cycle):
    cls_ctor = CallExpression.factory(obj.__class__.__name__)
    if cycle:
        p.pretty(cls_ctor(RawText("...")))
    elif obj.maxlen is not None:
        p.pretty(cls_ctor(list(obj), maxlen=obj.maxlen))
    else:
        p.pretty(cls_ctor(list(obj)))


def _counter_pprint(obj, p, cycle):
    cls_ctor = CallExpression.factory(obj.__class__.__name__)
    if cycle:
        p.pretty(cls_ctor(RawText("...")))
    elif len(obj):
        p.pretty(cls_ctor(dict(obj.most_common())))
    else:
        p.pretty(cls_ctor())


def _userlist_pprint(obj, p, cycle):
    cls_ctor = CallExpression.factory(obj.__class__.__name__)
    if cycle:
        p.pretty(cls_ctor(RawText("...")))
    else:
        p.pretty(cls_ctor(obj.data))


for_type_by_name('collections', 'defaultdict', _defaultdict_pprint)
for_type_by_name('collections', 'OrderedDict', _ordereddict_pprint)
for_type_by_name('collections', 'deque', _deque_pprint)
for_type_by_name('collections', 'Counter', _counter_pprint)
for_type_by_name('collections', 'UserList', _userlist_pprint)
