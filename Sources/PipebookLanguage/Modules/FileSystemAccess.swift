import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How programs reach the disk: the paths they name, made absolute against the working
/// directory and mapped through the host's `FileSystemMapper`, and C errors turned into
/// the OSError subclasses CPython raises.
extension Interpreter {
    /// The working directory the program sees: the host's `currentDirectory`, else the
    /// process's, which `os.chdir` changes.
    var workingDirectory: String { currentDirectory ?? FileManager.default.currentDirectoryPath }

    /// The path on disk for a path as the program wrote it.
    func diskPath(_ path: String) -> String {
        guard let fileSystem else { return path }
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        // The mapper sees a normalised path, so `..` cannot climb out of a mapped folder.
        let trailing = path.hasSuffix("/") && path.count > 1 ? "/" : ""
        return fileSystem.realPath(for: PosixPath.normalize(absolute) + trailing)
    }

    /// `os.fspath(value)`: a str path, or what an os.PathLike object's `__fspath__` returns.
    func fileSystemPath(_ value: Value) throws -> String {
        if let s = value.stringValue { return s }
        if let p = value.as(PurePathObject.self) { return p.path }
        if value.as(PyBytes.self) != nil { throw PyError.unsupported("bytes paths") }
        if case .object(let o) = value, !(o is PyType), let m = o.type.lookup("__fspath__") {
            let r = try callValue(bind(m, to: value), Arguments())
            if let s = r.stringValue { return s }
            if r.as(PyBytes.self) != nil { throw PyError.unsupported("bytes paths") }
            throw PyError.typeError("expected \(o.type.name).__fspath__() to return str or bytes, not \(r.typeName)")
        }
        throw PyError.typeError("expected str, bytes or os.PathLike object, not \(value.typeName)")
    }

    /// A path argument of an `os` function, with that function's message for a wrong type.
    func pathArgument(_ value: Value, _ function: String) throws -> String {
        let isPathLike = value.stringValue != nil || value.as(PyBytes.self) != nil || value.as(PurePathObject.self) != nil
            || (value.as(PyType.self) == nil && value.type.lookup("__fspath__") != nil)
        guard isPathLike else {
            throw PyError.typeError("\(function): path should be string, bytes, os.PathLike or integer, not \(value.typeName)")
        }
        return try checkedPath(fileSystemPath(value))
    }

    /// A path for a system call, which cannot hold a NUL character.
    func checkedPath(_ path: String) throws -> String {
        if path.utf8.contains(0) { throw PyError.valueError("embedded null byte") }
        return path
    }
}

/// The OSError subclass and message CPython raises for the C error `code`.
func systemError(_ code: Int32, path: String? = nil, path2: String? = nil) -> PyError {
    let cls = BuiltinTypes.osErrorSubclasses[Int(code)] ?? BuiltinTypes.osError
    return PyError.osError(cls, errno: code, String(cString: strerror(code)), path: path, path2: path2)
}

/// The last C error (`errno`) as a Python exception.
func lastSystemError(path: String? = nil, path2: String? = nil) -> PyError {
    systemError(errno, path: path, path2: path2)
}

/// File facts from `stat(2)`, for paths as the program names them.
struct FileStatus {
    let raw: stat

    var isDirectory: Bool { raw.st_mode & S_IFMT == S_IFDIR }
    var isRegularFile: Bool { raw.st_mode & S_IFMT == S_IFREG }
    var isSymbolicLink: Bool { raw.st_mode & S_IFMT == S_IFLNK }
    var size: Int { Int(raw.st_size) }
    var modificationTime: Double { Double(raw.st_mtim.tv_sec) + Double(raw.st_mtim.tv_nsec) / 1e9 }
    var accessTime: Double { Double(raw.st_atim.tv_sec) + Double(raw.st_atim.tv_nsec) / 1e9 }
    var changeTime: Double { Double(raw.st_ctim.tv_sec) + Double(raw.st_ctim.tv_nsec) / 1e9 }

    /// The status of the file at a disk path, following symbolic links unless `followLinks`
    /// is false; nil (with `errno` set) when it cannot be reached.
    static func of(diskPath: String, followLinks: Bool = true) -> FileStatus? {
        var s = stat()
        let r = followLinks ? stat(diskPath, &s) : lstat(diskPath, &s)
        return r == 0 ? FileStatus(raw: s) : nil
    }
}

extension Interpreter {
    /// The status of the file a program names, or nil when it cannot be reached.
    func fileStatus(_ path: String, followLinks: Bool = true) -> FileStatus? {
        FileStatus.of(diskPath: diskPath(path), followLinks: followLinks)
    }

    /// The status of the file a program names, raising CPython's OSError when it cannot be reached.
    func requireFileStatus(_ path: String, followLinks: Bool = true) throws -> FileStatus {
        guard let status = FileStatus.of(diskPath: diskPath(path), followLinks: followLinks) else {
            throw lastSystemError(path: path)
        }
        return status
    }

    /// The names in a folder, in the order the file system lists them (as `os.listdir` and
    /// `os.scandir` return them), without `.` and `..`.
    func directoryEntries(_ path: String) throws -> [String] {
        guard let dir = opendir(diskPath(path)) else { throw lastSystemError(path: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
