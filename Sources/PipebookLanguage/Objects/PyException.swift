/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry: Sendable {
    public var fileName: String
    public var line: Int
    public var function: String
}

/// An instance of BaseException or one of its subclasses.
public final class PyExceptionObject: PyObject {
    public let cls: PyType
    public var args: [Value]
    public let dict = PyAttributes()
    /// Innermost frame first, as the exception unwinds.
    public var traceback: [TracebackEntry] = []
    /// `raise ... from cause`.
    public var cause: PyExceptionObject?
    /// The exception being handled when this one was raised.
    public var context: PyExceptionObject?
    public var suppressContext = false

    public init(cls: PyType, args: [Value]) {
        self.cls = cls
        self.args = args
    }

    public override var type: PyType { cls }
    public override var attributes: PyAttributes? { dict }

    public var typeName: String { cls.name }
}

/// A Python exception travelling through Swift code.
public struct PyError: Error, CustomStringConvertible {
    public let exception: PyExceptionObject

    public init(_ exception: PyExceptionObject) {
        self.exception = exception
    }

    /// A new exception of a builtin class with a message.
    public init(_ cls: PyType, _ message: String) {
        self.exception = PyExceptionObject(cls: cls, args: [.str(message)])
    }

    public var description: String {
        let message = exception.args.count == 1 ? (exception.args[0].stringValue ?? "") : ""
        return message.isEmpty ? exception.typeName : "\(exception.typeName): \(message)"
    }

    public static func typeError(_ m: String) -> PyError { PyError(BuiltinTypes.typeError, m) }
    public static func valueError(_ m: String) -> PyError { PyError(BuiltinTypes.valueError, m) }
    public static func attributeError(_ m: String) -> PyError { PyError(BuiltinTypes.attributeError, m) }
    public static func indexError(_ m: String) -> PyError { PyError(BuiltinTypes.indexError, m) }
    public static func keyError(_ key: Value) -> PyError {
        PyError(PyExceptionObject(cls: BuiltinTypes.keyError, args: [key]))
    }
    public static func nameError(_ name: String) -> PyError {
        let e = PyError(BuiltinTypes.nameError, "name '\(name)' is not defined")
        e.exception.dict["name"] = .str(name)
        return e
    }
    public static func zeroDivision(_ m: String) -> PyError { PyError(BuiltinTypes.zeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyError { PyError(BuiltinTypes.overflowError, m) }
    public static func notImplemented(_ m: String) -> PyError { PyError(BuiltinTypes.notImplementedError, m) }
    public static func runtimeError(_ m: String) -> PyError { PyError(BuiltinTypes.runtimeError, m) }
    /// An OSError as CPython raises it: `args` is `(errno, strerror)` and the file names are
    /// attributes, shown by `str()` as `[Errno 2] No such file or directory: 'a' -> 'b'`.
    public static func osError(_ cls: PyType = BuiltinTypes.osError, errno: Int32, _ message: String, path: String?,
                               path2: String? = nil) -> PyError {
        let e = PyExceptionObject(cls: cls, args: [.int(Int(errno)), .str(message)])
        e.dict["errno"] = .int(Int(errno))
        e.dict["strerror"] = .str(message)
        e.dict["filename"] = path.map { .str($0) } ?? Value.none
        e.dict["filename2"] = path2.map { .str($0) } ?? Value.none
        return PyError(e)
    }
    /// A feature of Python that Pipebook does not implement: always say so plainly.
    public static func unsupported(_ what: String) -> PyError {
        PyError(BuiltinTypes.notImplementedError, "Pipebook does not support \(what)")
    }
}
