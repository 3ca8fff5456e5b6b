import BigInt

/// An int too large for a machine word.
public final class PyBigInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) { self.value = value }
    public override var type: PyType { BuiltinTypes.int }
}

/// A Python `list`.
public final class PyList: PyObject {
    public var items: [Value]
    /// Set when this is an instance of a Python subclass of list.
    public let subclass: SubclassState?
    public init(_ items: [Value] = [], subclass: PyType? = nil) {
        self.items = items
        self.subclass = subclass.map(SubclassState.init)
    }
    public override var type: PyType { subclass?.cls ?? BuiltinTypes.list }
    public override var attributes: PyAttributes? { subclass?.dict }
}

/// What an instance of a Python subclass of a builtin type (`class Row(tuple)`) adds to
/// the builtin object: its class and its `__dict__`.
public final class SubclassState {
    public let cls: PyType
    public let dict = PyAttributes()
    init(_ cls: PyType) { self.cls = cls }
}

/// A Python `tuple`.
public final class PyTuple: PyObject {
    public let items: [Value]
    public let subclass: SubclassState?
    public init(_ items: [Value], subclass: PyType? = nil) {
        self.items = items
        self.subclass = subclass.map(SubclassState.init)
    }
    public override var type: PyType { subclass?.cls ?? BuiltinTypes.tuple }
    public override var attributes: PyAttributes? { subclass?.dict }
    public static let empty = PyTuple([])
}

/// A Python `range`.
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var type: PyType { BuiltinTypes.range }

    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    public func element(_ i: Int) -> Int { start + i * step }
}

/// A Python `slice` object: `a[start:stop:step]`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var type: PyType { BuiltinTypes.slice }
}

/// A method bound to its receiver: `obj.method` without the call.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
    public override var type: PyType { BuiltinTypes.method }
}

/// `@staticmethod`, `@classmethod` and `@property` wrappers.
public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    public override var type: PyType { BuiltinTypes.staticmethod }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    public override var type: PyType { BuiltinTypes.classmethod }
}

public final class PyProperty: PyObject {
    public let getter: Value, setter: Value, deleter: Value
    public let doc: Value
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }
    public override var type: PyType { BuiltinTypes.property }
}

/// The result of `super()` inside a method.
public final class PySuper: PyObject {
    /// The class whose MRO successor is searched.
    public let startAfter: PyType
    public let receiver: Value
    /// The type whose MRO is walked: `type(receiver)`, or the receiver itself in a classmethod.
    public let lookupType: PyType
    public init(startAfter: PyType, receiver: Value, lookupType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.lookupType = lookupType
    }
    public override var type: PyType { BuiltinTypes.superType }
}
