import BigInt

/// A Python iterator implemented in Swift: `next()` returns nil when exhausted.
public class PyIterator: PyObject {
    public func next() throws -> Value? { nil }
    /// The next item for a two-name target (`for i, x in enumerate(xs)`): iterators whose items
    /// are pairs they make for the occasion give the two values without making the tuple, which
    /// the target would only take apart; the others give the item.
    func nextForPair() throws -> IteratorStep? { try next().map(IteratorStep.item) }
    /// The name `type(it).__name__` shows.
    public var typeName: String { "iterator" }
    public override var type: PyType { IteratorTypes.named(typeName) }
}

/// The types of the builtin iterators (`list_iterator`, `map`, `zip`, ...): one per name,
/// made once per process.
enum IteratorTypes {
    private static let names = [
        "iterator", "str_iterator", "list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator", "set_iterator",
        "bytes_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator",
        "dict_reverseitemiterator", "dict_reversevalueiterator", "list_reverseiterator", "reversed", "map", "filter",
        "zip", "enumerate", "callable_iterator",
    ]
    private static let types: [String: PyType] = Dictionary(uniqueKeysWithValues: names.map { name in
        let t = PyType(name: name, bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true)
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            guard let it = args[0].as(PyIterator.self) else { return .none }
            if let v = try it.next() { return v }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        return (name, t)
    })

    static func named(_ name: String) -> PyType { types[name] ?? BuiltinTypes.iterator }
}

/// Iterates a list by index, so appends during the loop are seen, as in CPython.
final class ListIterator: PyIterator {
    let list: PyList
    var index = 0
    init(_ list: PyList) { self.list = list }
    override func next() throws -> Value? {
        guard index < list.items.count else { return nil }
        defer { index += 1 }
        return list.items[index]
    }
    override var typeName: String { "list_iterator" }
}

/// Iterates a fixed array of values: tuples, and snapshots of sets and dict views.
final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0
    let name: String
    init(_ items: [Value], name: String = "tuple_iterator") {
        self.items = items
        self.name = name
    }
    override func next() throws -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
    override var typeName: String { name }
}

final class RangeIterator: PyIterator {
    var current: Int
    let step: Int
    var remaining: Int
    init(_ r: PyRange) {
        current = r.start
        step = r.step
        remaining = r.count
    }
    override func next() throws -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { current &+= step }
        return .int(current)
    }
    override var typeName: String { "range_iterator" }
}

final class StrIterator: PyIterator {
    let scalars: [Unicode.Scalar]
    var index = 0
    let name: String
    init(_ s: PyStr, name: String = "str_ascii_iterator") {
        scalars = s.scalars
        self.name = name
    }
    override func next() throws -> Value? {
        guard index < scalars.count else { return nil }
        defer { index += 1 }
        return .str(String(scalars[index]))
    }
    override var typeName: String { name }
}

/// What `PyIterator.nextForPair` gives.
enum IteratorStep {
    case pair(Value, Value)
    case item(Value)
}

/// `enumerate(iterable, start)`.
final class EnumerateIterator: PyIterator {
    private let items: PyIterator
    private var index: Value

    init(_ items: PyIterator, start: Value) {
        self.items = items
        index = start
    }

    override func next() throws -> Value? {
        guard case .pair(let i, let v)? = try nextForPair() else { return nil }
        return .object(PyTuple([i, v]))
    }

    override func nextForPair() throws -> IteratorStep? {
        guard let v = try items.next() else { return nil }
        let i = index
        // Counting in a machine int is what nearly every loop does; past it, a big int.
        if case .int(let n) = index, n < Int.max {
            index = .int(n + 1)
        } else if let big = index.bigIntValue {
            index = .int(big + 1)
        }
        return .pair(i, v)
    }

    override var typeName: String { "enumerate" }
}

/// Iterates a dict's keys, values or items, failing if the dict changes size meanwhile.
final class DictIterator: PyIterator {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    var position = 0
    let initialCount: Int
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        initialCount = dict.count
    }
    override func next() throws -> Value? {
        try checkSize()
        // Reads the entries in place: copying them (or one entry) out would retain and release
        // every key and value on the way.
        while position < dict.entries.count {
            defer { position += 1 }
            switch kind {
            case .keys: if let key = dict.entries[position]?.key { return key }
            case .values: if let value = dict.entries[position]?.value { return value }
            case .items: if let e = dict.entries[position] { return .object(PyTuple([e.key, e.value])) }
            }
        }
        return nil
    }

    override func nextForPair() throws -> IteratorStep? {
        guard kind == .items else { return try next().map(IteratorStep.item) }
        try checkSize()
        while position < dict.entries.count {
            defer { position += 1 }
            if let e = dict.entries[position] { return .pair(e.key, e.value) }
        }
        return nil
    }
    private func checkSize() throws {
        if dict.count != initialCount {
            throw PyError.runtimeError("dictionary changed size during iteration")
        }
    }

    override var typeName: String {
        switch kind {
        case .keys: return "dict_keyiterator"
        case .values: return "dict_valueiterator"
        case .items: return "dict_itemiterator"
        }
    }
}

/// An object of a Python class with `__next__`.
final class ProtocolIterator: PyIterator {
    let object: Value
    let nextMethod: Value
    unowned let interp: Interpreter
    init(_ object: Value, nextMethod: Value, interp: Interpreter) {
        self.object = object
        self.nextMethod = nextMethod
        self.interp = interp
    }
    override func next() throws -> Value? {
        do {
            return try interp.callValue(nextMethod, Arguments())
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }
}

/// The old sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError.
final class SequenceIterator: PyIterator {
    let object: Value
    var index = 0
    unowned let interp: Interpreter
    init(_ object: Value, interp: Interpreter) {
        self.object = object
        self.interp = interp
    }
    override func next() throws -> Value? {
        do {
            defer { index += 1 }
            return try interp.getItem(object, .int(index))
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.indexError)
                    || e.exception.cls.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }
}

/// A Swift closure as an iterator, for builtins such as `map`, `zip` and `enumerate`.
final class ClosureIterator: PyIterator {
    let body: () throws -> Value?
    let name: String
    init(_ name: String, _ body: @escaping () throws -> Value?) {
        self.name = name
        self.body = body
    }
    override func next() throws -> Value? { try body() }
    override var typeName: String { name }
}

extension Interpreter {
    /// `iter(value)`.
    public func iterate(_ value: Value) throws -> PyIterator {
        if case .object(let o) = value {
            if override(o, "__iter__") != nil { return try iterateByProtocol(value, o) }
        }
        return try builtinIterate(value)
    }

    /// `iter(value)` as the builtin type makes it, ignoring a subclass's `__iter__`.
    func builtinIterate(_ value: Value) throws -> PyIterator {
        if case .object(let o) = value {
            switch o {
            case let it as PyIterator: return it
            case let l as PyList: return ListIterator(l)
            case let t as PyTuple: return ArrayIterator(t.items)
            case let s as PyStr where !s.isASCII: return StrIterator(s, name: "str_iterator")
            case let r as PyRange: return RangeIterator(r)
            case let s as PyStr: return StrIterator(s)
            case let d as PyDict: return DictIterator(d, .keys)
            case let v as PyDictView: return DictIterator(v.dict, v.kind)
            case let s as PySet: return ArrayIterator(s.elements, name: "set_iterator")
            case let b as PyBytes: return ArrayIterator(b.bytes.map { .int(Int($0)) }, name: "bytes_iterator")
            default: break
            }
            if !(o is PyType), let iter = o.type.lookup("__iter__"), !iter.isNone { return try iterateByProtocol(value, o) }
            if !(o is PyType), o.type.lookup("__getitem__") != nil {
                return SequenceIterator(value, interp: self)
            }
        }
        throw PyError.typeError("'\(value.typeName)' object is not iterable")
    }

    /// `iter()` through a class's `__iter__` and the `__next__` of what it returns.
    private func iterateByProtocol(_ value: Value, _ o: PyObject) throws -> PyIterator {
        let it = try callValue(bind(o.type.lookup("__iter__")!, to: value), Arguments())
        if case .object(let i as PyIterator) = it { return i }
        guard let next = it.type.lookup("__next__") else {
            throw PyError.typeError("iter() returned non-iterator of type '\(it.typeName)'")
        }
        return ProtocolIterator(it, nextMethod: try bind(next, to: it), interp: self)
    }

    /// Every element of an iterable, as a Swift array.
    public func iterateToArray(_ value: Value) throws -> [Value] {
        if case .object(let o) = value, o.type.isBuiltin {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        let it = try iterate(value)
        var result: [Value] = []
        while let v = try it.next() {
            result.append(v)
            try checkInterrupt()
        }
        return result
    }
}
