/// The root of every heap-allocated Python object.
///
/// Each subclass knows its Python type; instances of classes defined in Python
/// (`PyInstance`, `PyExceptionObject`) carry it, builtin objects return a fixed one.
open class PyObject {
    public init() {}

    /// The Python type of this object.
    open var type: PyType { BuiltinTypes.object }

    /// Attributes stored on the object itself (`obj.__dict__`), for objects that have them.
    open var attributes: PyAttributes? { nil }

    /// The object's own attribute `name` (its `__dict__`'s entry), without making a `__dict__`
    /// the object keeps no dict for yet.
    open func ownAttribute(_ name: String) -> Value? { attributes?[name] }

    /// Sets the object's own attribute `name`; false when the object has no `__dict__`.
    open func setOwnAttribute(_ name: String, _ value: Value) -> Bool {
        guard let attributes else { return false }
        attributes[name] = value
        return true
    }
}

/// An object's own attributes: its `__dict__`, a real dict so that `obj.__dict__` is the same
/// object every time and changes through it are seen, as in CPython.
///
/// A struct around the dict rather than an object of its own: an instance then holds its dict
/// directly (one allocation and one pointer hop less per instance and per attribute access).
/// Copies share the dict, so every copy sees every change, as a reference would.
public struct PyAttributes {
    public let storage: PyDict

    public init() { storage = PyDict() }

    init(_ storage: PyDict) { self.storage = storage }

    public subscript(name: String) -> Value? {
        get { storage.get(name) }
        nonmutating set {
            if let newValue { storage.set(name, newValue) } else { storage.remove(name) }
        }
    }

    public var isEmpty: Bool { storage.count == 0 }

    /// The names in insertion order.
    public var names: [String] { storage.keys.compactMap(\.stringValue) }

    /// The attributes in insertion order.
    public var items: [(String, Value)] { storage.items.compactMap { k, v in k.stringValue.map { ($0, v) } } }
}

/// An instance of a class defined in Python.
///
/// Its attributes are kept as values in the order of a shared `InstanceShape` until something
/// needs them as a dict (`obj.__dict__`, `vars(obj)`, `del obj.x`, too many names): then a
/// dict is made from them, once, and holds them from then on.
public final class PyInstance: PyObject {
    public let cls: PyType
    /// The names of `values`, or nil once `dictionary` holds the attributes.
    private(set) var shape: InstanceShape?
    private(set) var values: [Value] = []
    private var dictionary: PyDict?

    public init(cls: PyType) {
        self.cls = cls
        shape = cls.emptyInstanceShape
    }

    public override var type: PyType { cls }
    public override var attributes: PyAttributes? { dict }

    /// The instance's `__dict__`, made from its values on first use.
    public var dict: PyAttributes {
        if let dictionary { return PyAttributes(dictionary) }
        let d = PyDict()
        for (name, value) in zip(shape!.names, values) { d.set(name, value) }
        dictionary = d
        shape = nil
        values = []
        return PyAttributes(d)
    }

    public override func ownAttribute(_ name: String) -> Value? {
        guard let shape else { return dictionary!.get(name) }
        return shape.position(of: name).map { values[$0] }
    }

    public override func setOwnAttribute(_ name: String, _ value: Value) -> Bool {
        if let shape {
            if let i = shape.position(of: name) {
                values[i] = value
                return true
            }
            if let next = shape.adding(name) {
                append(value, movingTo: next)
                return true
            }
        }
        dict[name] = value
        return true
    }

    /// Replaces the value of the name at `position` in `shape`.
    @inline(__always)
    func replaceValue(at position: Int, with value: Value) {
        values[position] = value
    }

    /// Adds the value of a new name, `next` being `shape` with that name added.
    func append(_ value: Value, movingTo next: InstanceShape) {
        if values.isEmpty {
            // Room for as many attributes as instances of the class have had, so that filling
            // them in `__init__` allocates once.
            values.reserveCapacity(cls.instanceAttributeCount)
        }
        values.append(value)
        shape = next
        if values.count > cls.instanceAttributeCount { cls.instanceAttributeCount = values.count }
    }
}

/// What `object()` makes: an instance of `object` itself, which has no `__dict__`, so
/// setting an attribute on it fails as in CPython.
public final class PyBareObject: PyObject {
    public override var type: PyType { BuiltinTypes.object }
}

/// A variable captured by an inner function: both scopes see the same box.
public final class Cell {
    public var value: Value?
    public init(_ value: Value? = nil) { self.value = value }
}

/// A module: its name and its global variables.
public final class PyModule: PyObject {
    public let name: String
    public let globals: Globals

    public init(name: String, globals: Globals) {
        self.name = name
        self.globals = globals
    }

    public convenience init(name: String) {
        self.init(name: name, globals: Globals())
        globals["__name__"] = .str(name)
    }

    public override var type: PyType { BuiltinTypes.module }
}

/// One global variable of a module. Compiled code holds these boxes directly, so a
/// global read is a pointer load rather than a dictionary lookup.
public final class GlobalSlot {
    public let name: String
    public var value: Value?
    init(name: String) { self.name = name }
}

/// A module's global namespace.
public final class Globals {
    private var slots: [String: GlobalSlot] = [:]
    /// Names in the order they were first bound, as `globals()` lists them.
    private var order: [String] = []

    public init() {}

    /// The slot for `name`, created unbound if it does not exist yet.
    public func slot(_ name: String) -> GlobalSlot {
        if let s = slots[name] { return s }
        let s = GlobalSlot(name: name)
        slots[name] = s
        order.append(name)
        return s
    }

    public subscript(name: String) -> Value? {
        get { slots[name]?.value }
        set { slot(name).value = newValue }
    }

    /// Bound names and their values, in first-binding order.
    public var items: [(String, Value)] {
        order.compactMap { name in slots[name]?.value.map { (name, $0) } }
    }
}
