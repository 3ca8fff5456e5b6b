import Foundation

/// `sys`: argv, the standard streams, the recursion limit, exit.
enum SysModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("sys")
        m.value("argv", .object(PyList(interp.arguments.map { .str($0) })))
        m.value("stdout", .object(StandardStream(name: "<stdout>", write: { interp.standardOutput($0) })))
        m.value("stderr", .object(StandardStream(name: "<stderr>", write: { interp.standardError($0) })))
        m.value("__stdout__", m.module.globals["stdout"]!)
        m.value("__stderr__", m.module.globals["stderr"]!)
        m.value("maxsize", .int(Int.max))
        m.value("platform", .str("linux"))
        m.value("version", .str("3.11.7 (Pipebook)"))
        m.value("version_info", .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])))
        m.value("path", .object(PyList((interp.searchPaths + [Interpreter.standardLibraryPath]).map { .str($0) })))
        m.value("modules", .object(interp.namespaceDict(interp.modules.map { ($0.key, .object($0.value)) })))
        m.value("byteorder", .str("little"))
        m.value("float_info", .object(try FloatInfo.make(interp)))
        m.value("executable", .str(CommandLine.arguments.first ?? "pipebook"))
        m.function("getrecursionlimit") { interp, args in
            try args.expect("getrecursionlimit", min: 0, max: 0)
            return .int(interp.recursionLimit)
        }
        m.function("setrecursionlimit") { interp, args in
            try args.expect("setrecursionlimit", min: 1, max: 1)
            guard case .int(let limit) = args[0] else { throw PyError.typeError("an integer is required") }
            if limit < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
            interp.recursionLimit = limit
            return .none
        }
        m.function("exit") { _, args in
            try args.expect("exit", min: 0, max: 1)
            throw PyError(PyExceptionObject(cls: BuiltinTypes.systemExit, args: args.positional))
        }
        m.function("exc_info") { interp, _ in
            guard let e = interp.handling.last?.exception else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.cls), .object(e), .object(e)]))
        }
        m.function("getsizeof") { _, _ in throw PyError.unsupported("sys.getsizeof") }
        return m.module
    }
}

/// `sys.float_info`: the facts of IEEE 754 doubles, as a named tuple would show them.
enum FloatInfo {
    static let fields: [(String, Value)] = [
        ("max", .float(Double.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
        ("min", .float(Double.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
        ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(Double.ulpOfOne)), ("radix", .int(2)),
        ("rounds", .int(1)),
    ]

    static func make(_ interp: Interpreter) throws -> PyObject {
        let cls = PyType(name: "float_info", bases: [BuiltinTypes.object], layout: .instance, isBuiltin: false, moduleName: "sys")
        let info = PyInstance(cls: cls)
        for (name, value) in fields { info.dict[name] = value }
        return info
    }
}

/// `sys.stdout` and `sys.stderr`: writes go to the host's callbacks.
final class StandardStream: PyObject, NativeAttributes, NativeRepresentable {
    let name: String
    let write: (String) -> Void

    init(name: String, write: @escaping (String) -> Void) {
        self.name = name
        self.write = write
    }

    public func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "write":
            return .object(PyNativeFunction(name: "write") { interp, args in
                try args.expect("write", min: 1, max: 1)
                guard let text = args[0].stringValue else {
                    throw PyError.typeError("write() argument must be str, not \(args[0].typeName)")
                }
                self.write(text)
                return .int(text.unicodeScalars.count)
            })
        case "flush": return .object(PyNativeFunction(name: "flush") { _, _ in .none })
        case "isatty": return .object(PyNativeFunction(name: "isatty") { _, _ in .false })
        case "name": return .str(name)
        case "encoding": return .str("utf-8")
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>"
    }
}
