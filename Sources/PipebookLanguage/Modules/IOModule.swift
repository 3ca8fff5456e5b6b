/// `io`: in-memory files (`StringIO`, `BytesIO`), the classes of what `open()` returns, and
/// `UnsupportedOperation`.
enum IOModule {
    static let ioBase = PyType(name: "_IOBase", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "_io")
    static let textIOBase = PyType(name: "_TextIOBase", bases: [ioBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
    static let bufferedIOBase = PyType(name: "_BufferedIOBase", bases: [ioBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
    static let rawIOBase = PyType(name: "_RawIOBase", bases: [ioBase], layout: .builtin, isBuiltin: true, moduleName: "_io")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("io")
        m.value("StringIO", .object(StringIOObject.type))
        m.value("BytesIO", .object(BytesIOObject.type))
        m.value("TextIOWrapper", .object(TextFile.type))
        m.value("BufferedReader", .object(BinaryFile.bufferedReader))
        m.value("BufferedWriter", .object(BinaryFile.bufferedWriter))
        m.value("BufferedRandom", .object(BinaryFile.bufferedRandom))
        m.value("IOBase", .object(ioBase))
        m.value("TextIOBase", .object(textIOBase))
        m.value("BufferedIOBase", .object(bufferedIOBase))
        m.value("RawIOBase", .object(rawIOBase))
        m.value("UnsupportedOperation", .object(UnsupportedOperation.type))
        m.value("open", interp.builtins["open"] ?? Value.none)
        m.value("SEEK_SET", .int(0))
        m.value("SEEK_CUR", .int(1))
        m.value("SEEK_END", .int(2))
        m.value("DEFAULT_BUFFER_SIZE", .int(FileObject.chunkSize))
        m.function("FileIO") { _, _ in throw PyError.unsupported("io.FileIO (use open() in binary mode)") }
        m.function("text_encoding") { _, args in
            try args.expect("text_encoding", min: 1, max: 2)
            return args[0].isNone ? .str("locale") : args[0]
        }
        return m.module
    }

    /// `readlines(hint)` as CPython's IOBase does it: all lines, or lines until their total
    /// length passes a positive `hint`.
    static func readLines(hint: Int?, _ next: () throws -> Value?, length: (Value) throws -> Int) throws -> PyList {
        var lines: [Value] = []
        var total = 0
        while let line = try next() {
            lines.append(line)
            guard let hint, hint > 0 else { continue }
            let n = try length(line)
            if n > hint - total { break }
            total += n
        }
        return PyList(lines)
    }

    /// The methods `StringIO` and `BytesIO` share: the context-manager and iterator protocols
    /// and the questions every stream answers.
    static func installStreamMethods(_ t: PyType, closedMessage: String, flushChecksClosed: Bool,
                                     isClosed: @escaping (PyObject) -> Bool?) {
        func check(_ args: Arguments, _ message: String = closedMessage) throws {
            guard case .object(let o) = args.positional.first ?? Value.none, let closed = isClosed(o) else {
                throw PyError.typeError("descriptor requires a '_io.\(t.name)' object")
            }
            if closed { throw PyError.valueError(message) }
        }
        t.method("__enter__") { _, args in
            try check(args, "I/O operation on closed file.")
            return args[0]
        }
        t.method("__exit__") { interp, args in
            _ = try interp.callMethod(args[0], "close", Arguments())
            return .none
        }
        t.method("__iter__") { _, args in
            try check(args)
            return args[0]
        }
        t.method("__next__") { _, args in
            if let line = try args[0].as(PyIterator.self)?.next() { return line }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        for name in ["readable", "writable", "seekable"] {
            t.method(name) { _, args in
                try check(args)
                return .true
            }
        }
        t.method("isatty") { _, args in
            try check(args, "I/O operation on closed file.")
            return .false
        }
        t.method("flush") { _, args in
            if flushChecksClosed { try check(args) }
            return .none
        }
        t.method("fileno") { _, _ in throw UnsupportedOperation.error("fileno") }
        t.method("readlines") { interp, args in
            try args.expect("readlines", min: 1, max: 2)
            try check(args, "I/O operation on closed file.")
            let it = try interp.iterate(args[0])
            return .object(try readLines(hint: try sizeArgument(args, 1), it.next, length: interp.length))
        }
        t.method("writelines") { interp, args in
            try args.expect("writelines", min: 2, max: 2)
            try check(args, "I/O operation on closed file.")
            let it = try interp.iterate(args[1])
            while let line = try it.next() { _ = try interp.callMethod(args[0], "write", Arguments([line])) }
            return .none
        }
    }
}
