/// The builtin types. They are created once per process and never change after their
/// methods are installed, so every interpreter can share them.
public enum BuiltinTypes {
    private static func builtin(_ name: String, _ base: PyType? = object) -> PyType {
        PyType(name: name, bases: base.map { [$0] } ?? [], layout: .builtin, isBuiltin: true)
    }

    public static let object = PyType(name: "object", bases: [], layout: .instance, isBuiltin: true)
    public static let type = PyType(name: "type", bases: [object], layout: .builtin, isBuiltin: true)
    public static let noneType = builtin("NoneType")
    public static let notImplementedType = builtin("NotImplementedType")
    public static let ellipsisType = builtin("ellipsis")
    public static let int = builtin("int")
    public static let bool = builtin("bool", int)
    public static let float = builtin("float")
    public static let complex = builtin("complex")
    public static let str = builtin("str")
    public static let bytes = builtin("bytes")
    // Types Pipebook has no instances of: named so that `isinstance(x, (bytes, bytearray))`
    // works, while making one fails with a message that says they are not supported.
    public static let bytearray = builtin("bytearray")
    public static let memoryview = builtin("memoryview")
    public static let list = builtin("list")
    public static let tuple = builtin("tuple")
    public static let dict = builtin("dict")
    public static let set = builtin("set")
    public static let frozenset = builtin("frozenset")
    public static let range = builtin("range")
    public static let slice = builtin("slice")
    public static let module = builtin("module")
    public static let function = builtin("function")
    public static let builtinFunction = builtin("builtin_function_or_method")
    public static let methodDescriptor = builtin("method_descriptor")
    public static let method = builtin("method")
    public static let staticmethod = builtin("staticmethod")
    public static let classmethod = builtin("classmethod")
    public static let property = builtin("property")
    public static let superType = builtin("super")
    public static let generator = builtin("generator")
    public static let iterator = builtin("iterator")
    public static let cell = builtin("cell")

    // The exception hierarchy, as CPython 3.11 has it.
    private static func makeException(_ name: String, _ base: PyType) -> PyType {
        PyType(name: name, bases: [base], layout: .exception, isBuiltin: true)
    }
    public static let baseException = PyType(name: "BaseException", bases: [object], layout: .exception, isBuiltin: true)
    public static let systemExit = makeException("SystemExit", baseException)
    public static let keyboardInterrupt = makeException("KeyboardInterrupt", baseException)
    public static let generatorExit = makeException("GeneratorExit", baseException)
    public static let exception = makeException("Exception", baseException)
    public static let stopIteration = makeException("StopIteration", exception)
    public static let arithmeticError = makeException("ArithmeticError", exception)
    public static let floatingPointError = makeException("FloatingPointError", arithmeticError)
    public static let overflowError = makeException("OverflowError", arithmeticError)
    public static let zeroDivisionError = makeException("ZeroDivisionError", arithmeticError)
    public static let assertionError = makeException("AssertionError", exception)
    public static let attributeError = makeException("AttributeError", exception)
    public static let bufferError = makeException("BufferError", exception)
    public static let eofError = makeException("EOFError", exception)
    public static let importError = makeException("ImportError", exception)
    public static let moduleNotFoundError = makeException("ModuleNotFoundError", importError)
    public static let lookupError = makeException("LookupError", exception)
    public static let indexError = makeException("IndexError", lookupError)
    public static let keyError = makeException("KeyError", lookupError)
    public static let memoryError = makeException("MemoryError", exception)
    public static let nameError = makeException("NameError", exception)
    public static let unboundLocalError = makeException("UnboundLocalError", nameError)
    public static let osError = makeException("OSError", exception)
    public static let fileExistsError = makeException("FileExistsError", osError)
    public static let fileNotFoundError = makeException("FileNotFoundError", osError)
    public static let isADirectoryError = makeException("IsADirectoryError", osError)
    public static let notADirectoryError = makeException("NotADirectoryError", osError)
    public static let permissionError = makeException("PermissionError", osError)
    public static let timeoutError = makeException("TimeoutError", osError)
    public static let interruptedError = makeException("InterruptedError", osError)
    public static let connectionError = makeException("ConnectionError", osError)
    public static let brokenPipeError = makeException("BrokenPipeError", connectionError)
    public static let connectionAbortedError = makeException("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = makeException("ConnectionRefusedError", connectionError)
    public static let connectionResetError = makeException("ConnectionResetError", connectionError)
    public static let blockingIOError = makeException("BlockingIOError", osError)
    public static let childProcessError = makeException("ChildProcessError", osError)
    public static let processLookupError = makeException("ProcessLookupError", osError)
    public static let referenceError = makeException("ReferenceError", exception)
    public static let stopAsyncIteration = makeException("StopAsyncIteration", exception)
    public static let runtimeError = makeException("RuntimeError", exception)
    public static let notImplementedError = makeException("NotImplementedError", runtimeError)
    public static let recursionError = makeException("RecursionError", runtimeError)
    public static let syntaxError = makeException("SyntaxError", exception)
    public static let indentationError = makeException("IndentationError", syntaxError)
    public static let tabError = makeException("TabError", indentationError)
    public static let systemError = makeException("SystemError", exception)
    public static let typeError = makeException("TypeError", exception)
    public static let valueError = makeException("ValueError", exception)
    public static let unicodeError = makeException("UnicodeError", valueError)
    public static let unicodeDecodeError = makeException("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = makeException("UnicodeEncodeError", unicodeError)
    public static let warning = makeException("Warning", exception)
    public static let userWarning = makeException("UserWarning", warning)
    public static let deprecationWarning = makeException("DeprecationWarning", warning)
    public static let futureWarning = makeException("FutureWarning", warning)
    public static let runtimeWarning = makeException("RuntimeWarning", warning)
    public static let pendingDeprecationWarning = makeException("PendingDeprecationWarning", warning)
    public static let syntaxWarning = makeException("SyntaxWarning", warning)
    public static let importWarning = makeException("ImportWarning", warning)
    public static let unicodeWarning = makeException("UnicodeWarning", warning)
    public static let bytesWarning = makeException("BytesWarning", warning)
    public static let resourceWarning = makeException("ResourceWarning", warning)
    public static let encodingWarning = makeException("EncodingWarning", warning)
    public static let unicodeTranslateError = makeException("UnicodeTranslateError", unicodeError)

    /// The OSError subclass CPython picks for an errno.
    public static let osErrorSubclasses: [Int: PyType] = [
        1: permissionError, 2: fileNotFoundError, 3: processLookupError, 4: interruptedError, 10: childProcessError,
        11: blockingIOError, 13: permissionError, 17: fileExistsError, 20: notADirectoryError, 21: isADirectoryError,
        32: brokenPipeError, 103: connectionAbortedError, 104: connectionResetError, 110: timeoutError,
        111: connectionRefusedError,
    ]

    /// The exception classes the builtins module exposes, by name.
    public static let exceptions: [PyType] = [
        baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
        arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
        attributeError, bufferError, eofError, importError, moduleNotFoundError, lookupError,
        indexError, keyError, memoryError, nameError, unboundLocalError, osError, fileExistsError,
        fileNotFoundError, isADirectoryError, notADirectoryError, permissionError, timeoutError,
        interruptedError, runtimeError, notImplementedError, recursionError, syntaxError,
        indentationError, tabError, systemError, typeError, valueError, unicodeError,
        unicodeDecodeError, unicodeEncodeError, warning, userWarning, deprecationWarning,
        futureWarning, runtimeWarning, connectionError, brokenPipeError, connectionAbortedError,
        connectionRefusedError, connectionResetError, blockingIOError, childProcessError, processLookupError,
        referenceError, stopAsyncIteration, pendingDeprecationWarning, syntaxWarning, importWarning, unicodeWarning,
        bytesWarning, resourceWarning, encodingWarning, unicodeTranslateError,
    ]
}

/// The singletons that are objects rather than inline values.
public final class PyNotImplemented: PyObject {
    public static let shared = PyNotImplemented()
    public override var type: PyType { BuiltinTypes.notImplementedType }
}

public final class PyEllipsis: PyObject {
    public static let shared = PyEllipsis()
    public override var type: PyType { BuiltinTypes.ellipsisType }
}
