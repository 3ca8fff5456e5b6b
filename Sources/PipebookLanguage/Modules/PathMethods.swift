import Foundation

/// The methods of `pathlib.Path` that reach the disk.
extension PathlibModule {
    static func installDiskMethods(_ t: PyType) {
        t.classMethod("cwd") { interp, args in
            try args.expect("cwd", min: 1, max: 1)
            return try interp.callValue(args[0], Arguments([.str(interp.workingDirectory)]))
        }
        t.classMethod("home") { interp, args in
            try args.expect("home", min: 1, max: 1)
            let p = try interp.callValue(args[0], Arguments([.str("~")]))
            return .object(try expandUser(try receiver(Arguments([p])), interp))
        }
        t.method("absolute") { interp, args in
            try args.expect("absolute", min: 1, max: 1)
            let p = try receiver(args)
            if !p.root.isEmpty { return args[0] }
            return .object(try PurePathObject.make(p.cls, [.str(interp.workingDirectory), .object(p)], interp))
        }
        t.method("resolve") { interp, args in
            let strict = try args.bind("resolve", ["self", "strict"], required: 1)[1].map { try interp.isTrue($0) } ?? false
            let p = try receiver(args)
            let resolved = try PurePathObject.make(p.cls, [.str(try interp.realPath(p.path, strict: strict))], interp)
            if !strict, FileStatus.of(diskPath: interp.diskPath(resolved.path)) == nil, errno == ELOOP {
                throw PyError.runtimeError("Symlink loop from \(Interpreter.quote(resolved.path))")
            }
            return .object(resolved)
        }
        t.method("expanduser") { interp, args in
            try args.expect("expanduser", min: 1, max: 1)
            return .object(try expandUser(try receiver(args), interp))
        }
        t.method("stat") { interp, args in
            let follow = try args.bind("stat", ["self", "follow_symlinks"], required: 1)[1].map { try interp.isTrue($0) } ?? true
            return .object(StatResult(try interp.requireFileStatus(try receiver(args).path, followLinks: follow)))
        }
        t.method("lstat") { interp, args in
            try args.expect("lstat", min: 1, max: 1)
            return .object(StatResult(try interp.requireFileStatus(try receiver(args).path, followLinks: false)))
        }
        t.method("exists") { interp, args in
            try args.expect("exists", min: 1, max: 1)
            return .bool(try status(try receiver(args), interp) != nil)
        }
        t.method("is_dir") { interp, args in
            try args.expect("is_dir", min: 1, max: 1)
            return .bool(try status(try receiver(args), interp)?.isDirectory == true)
        }
        t.method("is_file") { interp, args in
            try args.expect("is_file", min: 1, max: 1)
            return .bool(try status(try receiver(args), interp)?.isRegularFile == true)
        }
        t.method("is_symlink") { interp, args in
            try args.expect("is_symlink", min: 1, max: 1)
            return .bool(try status(try receiver(args), interp, followLinks: false)?.isSymbolicLink == true)
        }
        t.method("samefile") { interp, args in
            try args.expect("samefile", min: 2, max: 2)
            let mine = try interp.requireFileStatus(try receiver(args).path)
            let other = try interp.requireFileStatus(try interp.fileSystemPath(args[1]))
            return .bool(mine.raw.st_ino == other.raw.st_ino && mine.raw.st_dev == other.raw.st_dev)
        }
        t.method("iterdir") { interp, args in
            try args.expect("iterdir", min: 1, max: 1)
            let p = try receiver(args)
            return .object(NativeGenerator {
                try interp.directoryEntries(p.path).map { .object(p.with(parts: p.parts + [$0])) }
            })
        }
        t.method("glob") { interp, args in
            try args.expect("glob", min: 2, max: 2)
            let p = try receiver(args)
            let pattern = try interp.fileSystemPath(args[1])
            return .object(NativeGenerator { try glob(p, try patternParts(pattern, recursive: false), interp) })
        }
        t.method("rglob") { interp, args in
            try args.expect("rglob", min: 2, max: 2)
            let p = try receiver(args)
            let pattern = try interp.fileSystemPath(args[1])
            return .object(NativeGenerator { try glob(p, try patternParts(pattern, recursive: true), interp) })
        }
        t.method("mkdir") { interp, args in
            let bound = try args.bind("mkdir", ["self", "mode", "parents", "exist_ok"], required: 1)
            let mode = try bound[1].map(wholeNumber) ?? 0o777
            let parents = try bound[2].map { try interp.isTrue($0) } ?? false
            let existOK = try bound[3].map { try interp.isTrue($0) } ?? false
            try makeDirectory(try receiver(args), mode: mode, parents: parents, existOK: existOK, interp)
            return .none
        }
        t.method("rmdir") { interp, args in
            try args.expect("rmdir", min: 1, max: 1)
            try interp.removeDirectory(try receiver(args).path)
            return .none
        }
        t.method("unlink") { interp, args in
            let missingOK = try args.bind("unlink", ["self", "missing_ok"], required: 1)[1].map { try interp.isTrue($0) } ?? false
            do {
                try interp.removeFile(try receiver(args).path)
            } catch let e as PyError where missingOK && e.exception.cls.isSubtype(of: BuiltinTypes.fileNotFoundError) {}
            return .none
        }
        t.method("touch") { interp, args in
            let bound = try args.bind("touch", ["self", "mode", "exist_ok"], required: 1)
            let mode = try bound[1].map(wholeNumber) ?? 0o666
            let existOK = try bound[2].map { try interp.isTrue($0) } ?? true
            let path = try receiver(args).path
            if existOK && utimensat(AT_FDCWD, interp.diskPath(path), nil, 0) == 0 { return .none }
            let fd = open(interp.diskPath(path), O_CREAT | O_WRONLY | O_CLOEXEC | (existOK ? 0 : O_EXCL), mode_t(mode))
            if fd < 0 { throw lastSystemError(path: path) }
            close(fd)
            return .none
        }
        for name in ["rename", "replace"] {
            t.method(name) { interp, args in
                try args.expect(name, min: 2, max: 2)
                let p = try receiver(args)
                try interp.renamePath(p.path, try interp.fileSystemPath(args[1]))
                return .object(try PurePathObject.make(p.cls, [args[1]], interp))
            }
        }
        t.method("open") { interp, args in
            var forwarded = args
            forwarded.positional[0] = .str(try receiver(args).path)
            for (name, _) in args.keywords where !["mode", "buffering", "encoding", "errors", "newline"].contains(name) {
                throw PyError.typeError("Path.open() got an unexpected keyword argument '\(name)'")
            }
            return try interp.openFile(forwarded)
        }
        t.method("read_text") { interp, args in
            let bound = try args.bind("read_text", ["self", "encoding", "errors"], required: 1)
            let file = try interp.openFile(Arguments([.str(try receiver(args).path), .str("r")],
                                                     keywords: [("encoding", bound[1] ?? Value.none), ("errors", bound[2] ?? Value.none)]))
            return try readAndClose(file, interp)
        }
        t.method("read_bytes") { interp, args in
            try args.expect("read_bytes", min: 1, max: 1)
            return try readAndClose(try interp.openFile(Arguments([.str(try receiver(args).path), .str("rb")])), interp)
        }
        t.method("write_text") { interp, args in
            let bound = try args.bind("write_text", ["self", "data", "encoding", "errors", "newline"], required: 2)
            guard bound[1]!.stringValue != nil else {
                throw PyError.typeError("data must be str, not \(bound[1]!.typeName)")
            }
            let file = try interp.openFile(Arguments([.str(try receiver(args).path), .str("w")], keywords: [
                ("encoding", bound[2] ?? Value.none), ("errors", bound[3] ?? Value.none), ("newline", bound[4] ?? Value.none),
            ]))
            return try writeAndClose(file, bound[1]!, interp)
        }
        t.method("write_bytes") { interp, args in
            try args.expect("write_bytes", min: 2, max: 2)
            guard args[1].as(PyBytes.self) != nil else {
                throw PyError.typeError("memoryview: a bytes-like object is required, not '\(args[1].typeName)'")
            }
            return try writeAndClose(try interp.openFile(Arguments([.str(try receiver(args).path), .str("wb")])), args[1], interp)
        }
        t.method("readlink") { interp, args in
            try args.expect("readlink", min: 1, max: 1)
            let p = try receiver(args)
            return .object(try PurePathObject.make(p.cls, [.str(try interp.readLink(p.path))], interp))
        }
        t.method("symlink_to") { interp, args in
            let bound = try args.bind("symlink_to", ["self", "target", "target_is_directory"], required: 2)
            let path = try receiver(args).path
            if symlink(try interp.fileSystemPath(bound[1]!), interp.diskPath(path)) != 0 { throw lastSystemError(path: path) }
            return .none
        }
        t.method("chmod") { interp, args in
            try args.expect("chmod", min: 2, max: 2)
            let path = try receiver(args).path
            if chmod(interp.diskPath(path), mode_t(try wholeNumber(args[1]))) != 0 { throw lastSystemError(path: path) }
            return .none
        }
        for name in ["owner", "group", "is_mount", "is_socket", "is_fifo", "is_block_device", "is_char_device", "hardlink_to", "link_to"] {
            t.method(name) { _, _ in throw PyError.unsupported("Path.\(name)()") }
        }
    }

    /// The status of a path, or nil when it does not exist; other errors (no permission) are raised.
    private static func status(_ p: PurePathObject, _ interp: Interpreter, followLinks: Bool = true) throws -> FileStatus? {
        if let s = FileStatus.of(diskPath: interp.diskPath(p.path), followLinks: followLinks) { return s }
        if [ENOENT, ENOTDIR, EBADF, ELOOP].contains(errno) { return nil }
        throw lastSystemError(path: p.path)
    }

    /// `mkdir(parents=, exist_ok=)`, creating missing parents first as CPython does.
    private static func makeDirectory(_ p: PurePathObject, mode: Int, parents: Bool, existOK: Bool,
                                      _ interp: Interpreter) throws {
        do {
            try interp.makeDirectory(p.path, mode: mode)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.fileNotFoundError) {
            if !parents || p.parent.displayParts == p.displayParts { throw e }
            try makeDirectory(p.parent, mode: 0o777, parents: true, existOK: true, interp)
            try makeDirectory(p, mode: mode, parents: false, existOK: existOK, interp)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
            if !existOK || interp.fileStatus(p.path)?.isDirectory != true { throw e }
        }
    }

    /// `expanduser()`: a leading `~` or `~user` replaced by that home folder.
    static func expandUser(_ p: PurePathObject, _ interp: Interpreter) throws -> PurePathObject {
        guard p.root.isEmpty, let first = p.parts.first, first.hasPrefix("~") else { return p }
        let home = try interp.expandUser(first)
        if home.hasPrefix("~") { throw PyError.runtimeError("Could not determine home directory.") }
        return try PurePathObject.make(p.cls, [.str(home)] + p.parts.dropFirst().map { .str($0) }, interp)
    }

    private static func readAndClose(_ file: Value, _ interp: Interpreter) throws -> Value {
        defer { _ = try? interp.callMethod(file, "close", Arguments()) }
        return try interp.callMethod(file, "read", Arguments())
    }

    private static func writeAndClose(_ file: Value, _ data: Value, _ interp: Interpreter) throws -> Value {
        let written = try interp.callMethod(file, "write", Arguments([data]))
        _ = try interp.callMethod(file, "close", Arguments())
        return written
    }
}
