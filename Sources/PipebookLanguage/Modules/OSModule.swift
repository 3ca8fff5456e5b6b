import Foundation

/// `os`: files and folders, the environment, the working directory and a few process facts,
/// all paths going through the host's file-system mapping. Running programs (`system`,
/// `popen`, `fork`, `exec*`, `kill`) is refused.
enum OSModule {
    /// `os.PathLike`: the base of pathlib's classes, so `isinstance(p, os.PathLike)` holds.
    static let pathLike: PyType = {
        let t = PyType(name: "PathLike", bases: [BuiltinTypes.object], layout: .instance, isBuiltin: true, moduleName: "os")
        t.isPythonClassInCPython = true
        return t
    }()

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("os")
        let path = try interp.importModule("posixpath")
        interp.modules["os.path"] = path
        m.value("path", .object(path))
        for (name, value) in [("name", "posix"), ("sep", "/"), ("extsep", "."), ("pathsep", ":"), ("curdir", "."),
                              ("pardir", ".."), ("linesep", "\n"), ("devnull", "/dev/null"), ("defpath", "/bin:/usr/bin")] {
            m.value(name, .str(value))
        }
        m.value("altsep", .none)
        m.value("error", .object(BuiltinTypes.osError))
        m.value("PathLike", .object(pathLike))
        m.value("environ", .object(EnvironmentMapping(private: interp.environment)))
        m.value("stat_result", .object(StatResult.type))
        m.value("DirEntry", .object(DirectoryEntry.type))
        for (name, value) in [("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_CREAT", O_CREAT),
                              ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC), ("O_APPEND", O_APPEND), ("O_CLOEXEC", O_CLOEXEC),
                              ("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END),
                              ("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)] {
            m.value(name, .int(Int(value)))
        }
        installFiles(m)
        installFolders(m)
        installEnvironment(m)
        installProcess(m)
        return m.module
    }

    /// The `os.environ` of the program's `os` module.
    static func environment(_ interp: Interpreter) throws -> EnvironmentMapping {
        guard let e = try interp.importModule("os").globals["environ"]?.as(EnvironmentMapping.self) else {
            throw PyError.runtimeError("os.environ has been replaced")
        }
        return e
    }

    /// A user's home folder from the password database; nil for an unknown user. nil asks for the current user.
    static func homeFolder(ofUser user: String?) -> String? {
        let entry = user.map { getpwnam($0) } ?? getpwuid(getuid())
        guard let entry, let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }

    // MARK: Files

    private static func installFiles(_ m: ModuleBuilder) {
        m.function("stat") { interp, args in
            let bound = try args.bind("stat", ["path", "dir_fd", "follow_symlinks"], required: 1)
            let follow = try bound[2].map { try interp.isTrue($0) } ?? true
            return .object(StatResult(try interp.requireFileStatus(interp.pathArgument(bound[0]!, "stat"), followLinks: follow)))
        }
        m.function("lstat") { interp, args in
            let bound = try args.bind("lstat", ["path", "dir_fd"], required: 1)
            return .object(StatResult(try interp.requireFileStatus(interp.pathArgument(bound[0]!, "lstat"), followLinks: false)))
        }
        for name in ["remove", "unlink"] {
            m.function(name) { interp, args in
                let bound = try args.bind(name, ["path", "dir_fd"], required: 1)
                try interp.removeFile(interp.pathArgument(bound[0]!, name))
                return .none
            }
        }
        for name in ["rename", "replace"] {
            m.function(name) { interp, args in
                let bound = try args.bind(name, ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2)
                try interp.renamePath(interp.pathArgument(bound[0]!, name), interp.pathArgument(bound[1]!, name))
                return .none
            }
        }
        m.function("access") { interp, args in
            let bound = try args.bind("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2)
            let path = try interp.pathArgument(bound[0]!, "access")
            return .bool(access(interp.diskPath(path), Int32(try wholeNumber(bound[1]!))) == 0)
        }
        m.function("chmod") { interp, args in
            let bound = try args.bind("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], required: 2)
            let path = try interp.pathArgument(bound[0]!, "chmod")
            if chmod(interp.diskPath(path), mode_t(try wholeNumber(bound[1]!))) != 0 { throw lastSystemError(path: path) }
            return .none
        }
        m.function("utime") { interp, args in
            let bound = try args.bind("utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], required: 1)
            let path = try interp.pathArgument(bound[0]!, "utime")
            var result: Int32
            if let times = bound[1], !times.isNone {
                let pair = try interp.iterateToArray(times).map { try interp.toDouble($0, parsing: false) }
                guard pair.count == 2 else { throw PyError.typeError("utime: 'times' must be either a tuple of two ints or None") }
                var specs = pair.map { timespec(tv_sec: Int(floor($0)), tv_nsec: Int(($0 - floor($0)) * 1e9)) }
                result = utimensat(AT_FDCWD, interp.diskPath(path), &specs, 0)
            } else {
                result = utimensat(AT_FDCWD, interp.diskPath(path), nil, 0)
            }
            if result != 0 { throw lastSystemError(path: path) }
            return .none
        }
        m.function("symlink") { interp, args in
            let bound = try args.bind("symlink", ["src", "dst", "target_is_directory", "dir_fd"], required: 2)
            let source = try interp.pathArgument(bound[0]!, "symlink"), destination = try interp.pathArgument(bound[1]!, "symlink")
            if symlink(source, interp.diskPath(destination)) != 0 { throw lastSystemError(path: source, path2: destination) }
            return .none
        }
        m.function("readlink") { interp, args in
            let bound = try args.bind("readlink", ["path", "dir_fd"], required: 1)
            return .str(try interp.readLink(interp.pathArgument(bound[0]!, "readlink")))
        }
        m.function("fspath") { interp, args in
            let bound = try args.bind("fspath", ["path"], required: 1)
            if bound[0]!.stringValue != nil { return bound[0]! }
            return .str(try interp.fileSystemPath(bound[0]!))
        }
        // File descriptors, for what tempfile.mkstemp returns.
        m.function("open") { interp, args in
            let bound = try args.bind("open", ["path", "flags", "mode", "dir_fd"], required: 2)
            let path = try interp.pathArgument(bound[0]!, "open")
            let mode = try bound[2].map(wholeNumber) ?? 0o777
            let fd = open(interp.diskPath(path), Int32(try wholeNumber(bound[1]!)) | O_CLOEXEC, mode_t(mode))
            if fd < 0 { throw lastSystemError(path: path) }
            return .int(Int(fd))
        }
        m.function("close") { _, args in
            let bound = try args.bind("close", ["fd"], required: 1)
            if close(Int32(try wholeNumber(bound[0]!))) != 0 { throw lastSystemError() }
            return .none
        }
        m.function("write") { _, args in
            try args.expect("write", min: 2, max: 2)
            let fd = Int32(try wholeNumber(args[0]))
            guard let data = args[1].as(PyBytes.self) else {
                throw PyError.typeError("a bytes-like object is required, not '\(args[1].typeName)'")
            }
            let n = data.bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { throw lastSystemError() }
            return .int(n)
        }
        m.function("read") { _, args in
            try args.expect("read", min: 2, max: 2)
            let fd = Int32(try wholeNumber(args[0])), count = try wholeNumber(args[1])
            if count < 0 { throw systemError(EINVAL) }
            var buffer = [UInt8](repeating: 0, count: count)
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
            if n < 0 { throw lastSystemError() }
            return .object(PyBytes(Array(buffer[..<n])))
        }
        m.function("fsync") { _, args in
            try args.expect("fsync", min: 1, max: 1)
            if fsync(Int32(try wholeNumber(args[0]))) != 0 { throw lastSystemError() }
            return .none
        }
        m.function("fdopen") { interp, args in try interp.openFile(args) }
    }

    // MARK: Folders

    private static func installFolders(_ m: ModuleBuilder) {
        m.function("getcwd") { interp, args in
            try args.expect("getcwd", min: 0, max: 0)
            return .str(interp.workingDirectory)
        }
        m.function("chdir") { interp, args in
            let bound = try args.bind("chdir", ["path"], required: 1)
            let path = try interp.pathArgument(bound[0]!, "chdir")
            if let current = interp.currentDirectory {
                // A private working directory: check the folder exists, change nothing else.
                let target = PosixPath.normalize(path.hasPrefix("/") ? path : current + "/" + path)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: interp.diskPath(target), isDirectory: &isFolder) else {
                    throw systemError(ENOENT, path: path)
                }
                guard isFolder.boolValue else { throw systemError(ENOTDIR, path: path) }
                interp.currentDirectory = target
                return .none
            }
            if chdir(interp.diskPath(path)) != 0 { throw lastSystemError(path: path) }
            return .none
        }
        m.function("listdir") { interp, args in
            let bound = try args.bind("listdir", ["path"])
            return .object(PyList(try interp.directoryEntries(folderArgument(bound[0], "listdir", interp)).map { .str($0) }))
        }
        m.function("scandir") { interp, args in
            let bound = try args.bind("scandir", ["path"])
            let folder = try folderArgument(bound[0], "scandir", interp)
            let names = try interp.directoryEntries(folder)
            return .object(ScandirIterator(names.map { DirectoryEntry(name: $0, folder: folder, interp: interp) }))
        }
        m.function("mkdir") { interp, args in
            let bound = try args.bind("mkdir", ["path", "mode", "dir_fd"], required: 1)
            try interp.makeDirectory(interp.pathArgument(bound[0]!, "mkdir"), mode: try bound[1].map(wholeNumber) ?? 0o777)
            return .none
        }
        let makedirs = PythonSignature("makedirs", ["name", "mode", "exist_ok"], required: 1)
        m.function("makedirs") { interp, args in
            let bound = try makedirs.bind(args)
            try interp.makeDirectories(interp.fileSystemPath(bound[0]!), mode: try bound[1].map(wholeNumber) ?? 0o777,
                                       existOK: try bound[2].map { try interp.isTrue($0) } ?? false)
            return .none
        }
        m.function("rmdir") { interp, args in
            let bound = try args.bind("rmdir", ["path", "dir_fd"], required: 1)
            try interp.removeDirectory(interp.pathArgument(bound[0]!, "rmdir"))
            return .none
        }
        let removedirs = PythonSignature("removedirs", ["name"])
        m.function("removedirs") { interp, args in
            let name = try interp.fileSystemPath(removedirs.bind(args)[0]!)
            try interp.removeDirectory(name)
            var (head, tail) = PosixPath.split(name)
            if tail.isEmpty { (head, tail) = PosixPath.split(head) }
            while !head.isEmpty && !tail.isEmpty {
                do { try interp.removeDirectory(head) } catch is PyError { break }
                (head, tail) = PosixPath.split(head)
            }
            return .none
        }
        let walk = PythonSignature("walk", ["top", "topdown", "onerror", "followlinks"], required: 1)
        m.function("walk") { interp, args in
            let bound = try walk.bind(args)
            let onError = bound[2].flatMap { $0.isNone ? nil : $0 }
            return .object(DirectoryWalk(top: try interp.fileSystemPath(bound[0]!),
                                         topDown: try bound[1].map { try interp.isTrue($0) } ?? true,
                                         onError: onError, followLinks: try bound[3].map { try interp.isTrue($0) } ?? false,
                                         interp: interp))
        }
    }

    /// The folder argument of `listdir`/`scandir`: a path, or `.` when omitted or None.
    private static func folderArgument(_ value: Value?, _ function: String, _ interp: Interpreter) throws -> String {
        guard let value, !value.isNone else { return "." }
        if value.stringValue == nil && value.as(PurePathObject.self) == nil && value.type.lookup("__fspath__") == nil {
            throw PyError.typeError("\(function): path should be string, bytes, os.PathLike, integer or None, not \(value.typeName)")
        }
        return try interp.checkedPath(interp.fileSystemPath(value))
    }

    // MARK: Environment

    private static func installEnvironment(_ m: ModuleBuilder) {
        let getenv = PythonSignature("getenv", ["key", "default"], required: 1)
        m.function("getenv") { interp, args in
            let bound = try getenv.bind(args)
            let name = try EnvironmentMapping.text(bound[0]!)
            if let value = try environment(interp).value(for: name) { return .str(value) }
            return bound[1] ?? Value.none
        }
        m.function("putenv") { interp, args in
            try args.expect("putenv", min: 2, max: 2)
            setenv(try interp.fileSystemPath(args[0]), try interp.fileSystemPath(args[1]), 1)
            return .none
        }
        m.function("unsetenv") { interp, args in
            try args.expect("unsetenv", min: 1, max: 1)
            unsetenv(try interp.fileSystemPath(args[0]))
            return .none
        }
    }

    // MARK: The process

    private static func installProcess(_ m: ModuleBuilder) {
        m.function("getpid") { _, _ in .int(Int(getpid())) }
        m.function("getppid") { _, _ in .int(Int(getppid())) }
        m.function("getuid") { _, _ in .int(Int(getuid())) }
        m.function("getgid") { _, _ in .int(Int(getgid())) }
        m.function("cpu_count") { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
        m.function("strerror") { _, args in
            try args.expect("strerror", min: 1, max: 1)
            return .str(String(cString: strerror(Int32(try wholeNumber(args[0])))))
        }
        m.function("urandom") { _, args in
            try args.expect("urandom", min: 1, max: 1)
            guard case .int(let count) = args[0] else {
                throw PyError.typeError("'\(args[0].typeName)' object cannot be interpreted as an integer")
            }
            if count < 0 { throw PyError.valueError("negative argument not allowed") }
            var generator = SystemRandomNumberGenerator()
            return .object(PyBytes((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        for name in ["system", "popen", "fork", "execv", "execve", "execvp", "execl", "execlp", "spawnv", "spawnl",
                     "kill", "killpg", "abort", "_exit"] {
            m.function(name) { _, _ in throw PyError.unsupported("os.\(name)(): Pipebook programs cannot run or signal other processes") }
        }
    }
}
