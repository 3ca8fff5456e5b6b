/// `os.DirEntry`: one name listed by `os.scandir`, with its path and cached file facts.
final class DirectoryEntry: PyObject, NativeAttributes, NativeRepresentable {
    let name: String
    /// `os.path.join(scandir_path, name)`.
    let path: String
    /// Where the entry is on disk, through the host's mapping.
    private let diskPath: String
    private lazy var linkStatus: FileStatus? = FileStatus.of(diskPath: diskPath, followLinks: false)
    private lazy var targetStatus: FileStatus? = linkStatus?.isSymbolicLink == true ? FileStatus.of(diskPath: diskPath) : linkStatus

    init(name: String, folder: String, interp: Interpreter) {
        self.name = name
        path = PosixPath.join(folder, [name])
        diskPath = interp.diskPath(path)
    }

    override var type: PyType { Self.type }

    func isDirectory(followLinks: Bool = true) -> Bool {
        (followLinks ? targetStatus : linkStatus)?.isDirectory == true
    }

    func isFile(followLinks: Bool = true) -> Bool {
        (followLinks ? targetStatus : linkStatus)?.isRegularFile == true
    }

    var isSymbolicLink: Bool { linkStatus?.isSymbolicLink == true }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return .str(name)
        case "path": return .str(path)
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String { "<DirEntry \(Interpreter.quote(name))>" }

    static let type: PyType = {
        let t = PyType(name: "DirEntry", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "posix")
        func follow(_ args: Arguments, _ name: String, _ interp: Interpreter) throws -> Bool {
            if args.count > 1 { throw PyError.typeError("DirEntry.\(name)() takes no positional arguments") }
            return try Arguments([], keywords: args.keywords).bind(name, ["follow_symlinks"])[0].map { try interp.isTrue($0) } ?? true
        }
        t.method("is_dir") { interp, args in .bool(try receiver(args).isDirectory(followLinks: follow(args, "is_dir", interp))) }
        t.method("is_file") { interp, args in .bool(try receiver(args).isFile(followLinks: follow(args, "is_file", interp))) }
        t.method("is_symlink") { _, args in .bool(try receiver(args).isSymbolicLink) }
        t.method("stat") { interp, args in
            let entry = try receiver(args)
            return .object(StatResult(try interp.requireFileStatus(entry.path, followLinks: follow(args, "stat", interp))))
        }
        t.method("inode") { interp, args in .int(Int(try interp.requireFileStatus(try receiver(args).path, followLinks: false).raw.st_ino)) }
        t.method("__fspath__") { _, args in .str(try receiver(args).path) }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> DirectoryEntry {
        guard let e = args.positional.first?.as(DirectoryEntry.self) else {
            throw PyError.typeError("descriptor requires a 'posix.DirEntry' object")
        }
        return e
    }
}

/// What `os.scandir()` returns: an iterator of `DirEntry` that is also a context manager.
final class ScandirIterator: PyIterator {
    private var entries: [DirectoryEntry]
    private var index = 0

    init(_ entries: [DirectoryEntry]) { self.entries = entries }

    override var type: PyType { Self.type }

    override func next() throws -> Value? {
        guard index < entries.count else { return nil }
        defer { index += 1 }
        return .object(entries[index])
    }

    func close() {
        entries = []
        index = 0
    }

    static let type: PyType = {
        let t = PyType(name: "ScandirIterator", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "posix")
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            if let v = try args[0].as(ScandirIterator.self)?.next() { return v }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        t.method("__enter__") { _, args in args[0] }
        t.method("__exit__") { _, args in
            args[0].as(ScandirIterator.self)?.close()
            return .none
        }
        t.method("close") { _, args in
            args[0].as(ScandirIterator.self)?.close()
            return .none
        }
        return t
    }()
}

/// `os.walk()`: a generator of `(dirpath, dirnames, filenames)`. Top-down, it descends only
/// after the program has seen (and perhaps pruned) each `dirnames` list, as CPython's does.
final class DirectoryWalk: PyIterator {
    unowned let interp: Interpreter
    let topDown: Bool
    let onError: Value?
    let followLinks: Bool
    /// Top-down: folders listed whose subfolders remain to visit, and the next one's index.
    private var stack: [(top: String, dirs: PyList, next: Int)] = []
    private var pending: String?
    /// Bottom-up: the whole walk, made on the first `next()`.
    private var results: [Value]?

    init(top: String, topDown: Bool, onError: Value?, followLinks: Bool, interp: Interpreter) {
        self.interp = interp
        self.topDown = topDown
        self.onError = onError
        self.followLinks = followLinks
        pending = top
    }

    override var type: PyType { NativeGenerator.type }

    /// The subfolder names and the other names of a folder; nil (after `onerror`) if it cannot be listed.
    private func scan(_ top: String) throws -> (dirs: [DirectoryEntry], files: [DirectoryEntry])? {
        let names: [String]
        do {
            names = try interp.directoryEntries(top)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
            if let onError { _ = try interp.callValue(onError, Arguments([.object(e.exception)])) }
            return nil
        }
        let entries = names.map { DirectoryEntry(name: $0, folder: top, interp: interp) }
        return (entries.filter { $0.isDirectory() }, entries.filter { !$0.isDirectory() })
    }

    private func triple(_ top: String, _ dirs: PyList, _ files: [DirectoryEntry]) -> Value {
        .object(PyTuple([.str(top), .object(dirs), .object(PyList(files.map { .str($0.name) }))]))
    }

    override func next() throws -> Value? {
        if !topDown {
            if results == nil {
                var all: [Value] = []
                if let top = pending { try walkBottomUp(top, into: &all) }
                results = all
            }
            guard !results!.isEmpty else { return nil }
            return results!.removeFirst()
        }
        while true {
            if let top = pending {
                pending = nil
                guard let scanned = try scan(top) else { continue }
                let list = PyList(scanned.dirs.map { .str($0.name) })
                stack.append((top, list, 0))
                return triple(top, list, scanned.files)
            }
            guard let frame = stack.last else { return nil }
            if frame.next < frame.dirs.items.count {
                stack[stack.count - 1].next += 1
                let path = PosixPath.join(frame.top, [try interp.fileSystemPath(frame.dirs.items[frame.next])])
                if followLinks || interp.fileStatus(path, followLinks: false)?.isSymbolicLink != true { pending = path }
            } else {
                stack.removeLast()
            }
        }
    }

    private func walkBottomUp(_ top: String, into all: inout [Value]) throws {
        guard let scanned = try scan(top) else { return }
        for dir in scanned.dirs where followLinks || !dir.isSymbolicLink {
            try walkBottomUp(dir.path, into: &all)
        }
        all.append(triple(top, PyList(scanned.dirs.map { .str($0.name) }), scanned.files))
    }
}
