import BigInt

/// A Python value.
///
/// The common scalars live inline so that arithmetic on them allocates nothing;
/// everything else is a reference to a `PyObject`.
public enum Value {
    case none
    case bool(Bool)
    /// An int that fits in a machine word. Larger ints are `PyBigInt` objects;
    /// results are normalised back to `.int` whenever they fit.
    case int(Int)
    case float(Double)
    case object(PyObject)

    public static let `true` = Value.bool(true)
    public static let `false` = Value.bool(false)

    /// Wraps a Swift string as a Python `str`.
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// Wraps an arbitrary-precision integer, using the inline form when it fits.
    public static func int(_ big: BigInt) -> Value {
        if let small = Int(exactly: big) { return .int(small) }
        return .object(PyBigInt(big))
    }

    /// The Python type of this value.
    public var type: PyType {
        switch self {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return o.type
        }
    }

    /// The type's name as CPython's error messages show it.
    public var typeName: String { type.messageName }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The object behind this value, if it is one of class `T`.
    @inline(__always)
    public func `as`<T: PyObject>(_: T.Type) -> T? {
        if case .object(let o) = self { return o as? T }
        return nil
    }

    /// The Swift string of a `str` value.
    public var stringValue: String? { self.as(PyStr.self)?.value }

    /// The integer value of an int or bool as an arbitrary-precision integer.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    /// Python's `is`.
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        // Small ints and floats have no identity of their own here; equal values count as the same object,
        // which is what CPython shows for the small-int cache.
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}
