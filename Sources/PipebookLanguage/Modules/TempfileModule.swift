import Foundation

/// `tempfile`: uniquely named temporary files and folders, made as CPython 3.11 makes them
/// (8 random characters, `tmp` prefix, modes 0600 and 0700), in a folder the host maps.
enum TempfileModule {
    static let nameCharacters = Array("abcdefghijklmnopqrstuvwxyz0123456789_")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("tempfile")
        let module = m.module
        m.value("tempdir", .none)
        m.value("template", .str("tmp"))
        m.value("TMP_MAX", .int(10000))
        m.value("TemporaryDirectory", .object(TemporaryDirectory.type))
        m.value("_TemporaryFileWrapper", .object(TemporaryFileWrapper.type))

        /// `tempfile.tempdir`, found on first use as CPython finds it.
        func temporaryFolder() throws -> String {
            if let dir = module.globals["tempdir"], !dir.isNone { return try interp.fileSystemPath(dir) }
            let found = try defaultFolder(interp)
            module.globals["tempdir"] = .str(found)
            return found
        }
        /// CPython's `_sanitize_params`: prefix, suffix and folder with their defaults.
        func names(_ prefix: Value?, _ suffix: Value?, _ dir: Value?) throws -> (String, String, String) {
            func text(_ v: Value?, _ fallback: String) throws -> String {
                guard let v, !v.isNone else { return fallback }
                guard let s = v.stringValue else {
                    throw PyError.typeError("can only concatenate str (not \"\(v.typeName)\") to str")
                }
                return s
            }
            let folder = try dir.flatMap { $0.isNone ? nil : try interp.fileSystemPath($0) } ?? temporaryFolder()
            return (try text(prefix, "tmp"), try text(suffix, ""), folder)
        }

        m.function("gettempdir") { _, args in
            try args.expect("gettempdir", min: 0, max: 0)
            return .str(try temporaryFolder())
        }
        m.function("gettempprefix") { _, _ in .str("tmp") }
        let mkdtemp = PythonSignature("mkdtemp", ["suffix", "prefix", "dir"], required: 0)
        m.function("mkdtemp") { interp, args in
            let bound = try mkdtemp.bind(args)
            let (prefix, suffix, dir) = try names(bound[1], bound[0], bound[2])
            return .str(try makeFolder(prefix, suffix, dir, interp))
        }
        let mkstemp = PythonSignature("mkstemp", ["suffix", "prefix", "dir", "text"], required: 0)
        m.function("mkstemp") { interp, args in
            let bound = try mkstemp.bind(args)
            let (prefix, suffix, dir) = try names(bound[1], bound[0], bound[2])
            let (fd, path) = try makeFile(prefix, suffix, dir, interp)
            return .object(PyTuple([.int(Int(fd)), .str(path)]))
        }
        let mktemp = PythonSignature("mktemp", ["suffix", "prefix", "dir"], required: 0)
        m.function("mktemp") { interp, args in
            let bound = try mktemp.bind(args)
            let (prefix, suffix, dir) = try names(bound[1], bound[0], bound[2])
            for _ in 0..<10000 {
                let path = PosixPath.join(dir, [prefix + randomName() + suffix])
                if interp.fileStatus(path, followLinks: false) == nil { return .str(path) }
            }
            throw PyError.osError(BuiltinTypes.fileExistsError, errno: EEXIST, "No usable temporary filename found", path: nil)
        }
        let fileParameters = ["mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir"]
        let named = PythonSignature("NamedTemporaryFile", fileParameters + ["delete"], required: 0, keywordOnly: ["errors"])
        m.function("NamedTemporaryFile") { interp, args in
            let bound = try named.bind(args)
            let (prefix, suffix, dir) = try names(bound[5], bound[4], bound[6])
            let (fd, path) = try makeFile(prefix, suffix, dir, interp)
            let file = try openDescriptor(fd, name: path, bound, errors: bound[8], interp)
            let delete = try bound[7].map { try interp.isTrue($0) } ?? true
            return .object(TemporaryFileWrapper(file: file, path: path, diskPath: interp.diskPath(path), delete: delete))
        }
        let temporary = PythonSignature("TemporaryFile", fileParameters, required: 0, keywordOnly: ["errors"])
        m.function("TemporaryFile") { interp, args in
            let bound = try temporary.bind(args)
            let (prefix, suffix, dir) = try names(bound[5], bound[4], bound[6])
            let (fd, path) = try makeFile(prefix, suffix, dir, interp)
            try interp.removeFile(path)
            return try openDescriptor(fd, name: nil, bound, errors: bound[7], interp)
        }
        m.function("SpooledTemporaryFile") { _, _ in
            throw PyError.unsupported("tempfile.SpooledTemporaryFile (use TemporaryFile)")
        }
        return m.module
    }

    static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in nameCharacters.randomElement(using: &generator)! })
    }

    /// CPython's candidates: `$TMPDIR`, `$TEMP`, `$TMP`, then the usual folders, then the
    /// working directory; the first the program can write in.
    private static func defaultFolder(_ interp: Interpreter) throws -> String {
        let environment = try OSModule.environment(interp)
        let candidates = ["TMPDIR", "TEMP", "TMP"].compactMap { environment.value(for: $0) }
            + ["/tmp", "/var/tmp", "/usr/tmp", interp.workingDirectory]
        for dir in candidates where dir != "." {
            let absolute = interp.absolutePath(dir)
            if interp.fileStatus(absolute)?.isDirectory == true && access(interp.diskPath(absolute), W_OK | X_OK) == 0 {
                return absolute
            }
        }
        throw PyError.osError(BuiltinTypes.fileNotFoundError, errno: ENOENT,
                              "No usable temporary directory found in \(candidates)", path: nil)
    }

    /// `mkdtemp`: a new folder only the user can enter; the path as joined (not made absolute), as in 3.11.
    static func makeFolder(_ prefix: String, _ suffix: String, _ dir: String, _ interp: Interpreter) throws -> String {
        for _ in 0..<10000 {
            let path = PosixPath.join(dir, [prefix + randomName() + suffix])
            do {
                try interp.makeDirectory(path, mode: 0o700)
                return path
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.fileExistsError) {
                continue
            }
        }
        throw PyError.osError(BuiltinTypes.fileExistsError, errno: EEXIST, "No usable temporary directory name found", path: nil)
    }

    /// `mkstemp`: a new file only the user can read, open for reading and writing, and its absolute path.
    static func makeFile(_ prefix: String, _ suffix: String, _ dir: String, _ interp: Interpreter) throws -> (Int32, String) {
        for _ in 0..<10000 {
            let path = PosixPath.join(dir, [prefix + randomName() + suffix])
            let fd = open(interp.diskPath(path), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, interp.absolutePath(path)) }
            if errno != EEXIST { throw lastSystemError(path: path) }
        }
        throw PyError.osError(BuiltinTypes.fileExistsError, errno: EEXIST, "No usable temporary file name found", path: nil)
    }

    /// `open(fd, mode, ...)` with the file-like arguments of NamedTemporaryFile and TemporaryFile.
    private static func openDescriptor(_ fd: Int32, name: String?, _ bound: [Value?], errors: Value?,
                                       _ interp: Interpreter) throws -> Value {
        var keywords: [(name: String, value: Value)] = [("mode", bound[0] ?? .str("w+b"))]
        for (i, key) in [(1, "buffering"), (2, "encoding"), (3, "newline")] {
            if let v = bound[i] { keywords.append((key, v)) }
        }
        if let errors { keywords.append(("errors", errors)) }
        do {
            let file = try interp.openFile(Arguments([.int(Int(fd))], keywords: keywords))
            if let name, let f = file.as(FileObject.self) { f.rename(.str(name)) }
            return file
        } catch {
            close(fd)
            if let name { try? interp.removeFile(name) }
            throw error
        }
    }
}

/// `tempfile.TemporaryDirectory`: a folder removed with everything in it by `cleanup()`, at
/// the end of a `with` block, or when the object is collected.
final class TemporaryDirectory: PyObject, NativeAttributes, NativeRepresentable {
    let name: String
    /// Where the folder is on disk, so that it can be removed after the interpreter is gone.
    let diskName: String
    private var removed = false

    init(name: String, diskName: String) {
        self.name = name
        self.diskName = diskName
    }

    deinit { try? cleanup() }

    override var type: PyType { Self.type }

    func cleanup() throws {
        guard !removed else { return }
        removed = true
        guard FileStatus.of(diskPath: diskName, followLinks: false) != nil else { return }
        try removeTree(disk: diskName, shown: name) { _, _, error in throw error }
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        attribute == "name" ? .str(name) : nil
    }

    func pythonRepr(_ interp: Interpreter) throws -> String { "<TemporaryDirectory \(Interpreter.quote(name))>" }

    static let type: PyType = {
        let t = PyType(name: "TemporaryDirectory", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "tempfile")
        t.isPythonClassInCPython = true
        let signature = PythonSignature("TemporaryDirectory", ["suffix", "prefix", "dir", "ignore_cleanup_errors"], required: 0)
        t.construct = { interp, _, args in
            let bound = try signature.bind(args)
            let mkdtemp = try interp.getAttribute(.object(try interp.importModule("tempfile")), "mkdtemp")
            let name = try interp.callValue(mkdtemp, Arguments(Array(bound[0..<3].map { $0 ?? Value.none })))
            let path = try interp.fileSystemPath(name)
            return .object(TemporaryDirectory(name: path, diskName: interp.diskPath(interp.absolutePath(path))))
        }
        t.method("cleanup") { _, args in
            try receiver(args).cleanup()
            return .none
        }
        t.method("__enter__") { _, args in .str(try receiver(args).name) }
        t.method("__exit__") { _, args in
            try receiver(args).cleanup()
            return .none
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> TemporaryDirectory {
        guard let d = args.positional.first?.as(TemporaryDirectory.self) else {
            throw PyError.typeError("descriptor requires a 'tempfile.TemporaryDirectory' object")
        }
        return d
    }
}

/// What `NamedTemporaryFile` returns: the open file, whose attributes it passes on, and its
/// path, deleted when the file is closed (if `delete`).
final class TemporaryFileWrapper: PyObject, NativeAttributes {
    let file: Value
    let path: String
    /// Where the file is on disk, so that it can be deleted after the interpreter is gone.
    let diskPath: String
    let delete: Bool
    private var deleted = false

    init(file: Value, path: String, diskPath: String, delete: Bool) {
        self.file = file
        self.path = path
        self.diskPath = diskPath
        self.delete = delete
    }

    deinit {
        try? file.as(FileObject.self)?.close()
        if delete && !deleted { unlink(diskPath) }
    }

    override var type: PyType { Self.type }

    func close(_ interp: Interpreter) throws {
        _ = try interp.callMethod(file, "close", Arguments())
        if delete && !deleted {
            deleted = true
            if unlink(diskPath) != 0 { throw lastSystemError(path: path) }
        }
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return .str(path)
        case "file": return file
        case "delete": return .bool(delete)
        case "close", "__enter__", "__exit__", "__iter__": return nil
        default: return try interp.lookupAttribute(file, attribute)
        }
    }

    static let type: PyType = {
        let t = PyType(name: "_TemporaryFileWrapper", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "tempfile")
        t.isPythonClassInCPython = true
        t.method("close") { interp, args in
            try receiver(args).close(interp)
            return .none
        }
        t.method("__enter__") { interp, args in
            _ = try interp.callMethod(try receiver(args).file, "__enter__", Arguments())
            return args[0]
        }
        t.method("__exit__") { interp, args in
            try receiver(args).close(interp)
            return .none
        }
        t.method("__iter__") { interp, args in .object(try interp.iterate(try receiver(args).file)) }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> TemporaryFileWrapper {
        guard let w = args.positional.first?.as(TemporaryFileWrapper.self) else {
            throw PyError.typeError("descriptor requires a 'tempfile._TemporaryFileWrapper' object")
        }
        return w
    }
}
