import Foundation

/// The file-system calls behind `os`, `os.path`, `pathlib` and `shutil`, on paths as the
/// program names them, raising the OSErrors CPython raises.
extension Interpreter {
    func makeDirectory(_ path: String, mode: Int = 0o777) throws {
        if mkdir(diskPath(path), mode_t(mode)) != 0 { throw lastSystemError(path: path) }
    }

    /// `os.makedirs`: the parents first, as CPython's recursive version makes them.
    func makeDirectories(_ path: String, mode: Int = 0o777, existOK: Bool) throws {
        var (head, tail) = PosixPath.split(path)
        if tail.isEmpty { (head, tail) = PosixPath.split(head) }
        if !head.isEmpty && !tail.isEmpty && fileStatus(head) == nil {
            do {
                try makeDirectories(head, existOK: existOK)
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.fileExistsError) {
                // Another program made it meanwhile.
            }
            if tail == "." { return }
        }
        do {
            try makeDirectory(path, mode: mode)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
            if !existOK || fileStatus(path)?.isDirectory != true { throw e }
        }
    }

    func removeFile(_ path: String) throws {
        if unlink(diskPath(path)) != 0 { throw lastSystemError(path: path) }
    }

    func removeDirectory(_ path: String) throws {
        if rmdir(diskPath(path)) != 0 { throw lastSystemError(path: path) }
    }

    /// `os.rename` and `os.replace`, which are the same call on POSIX.
    func renamePath(_ source: String, _ destination: String) throws {
        if rename(diskPath(source), diskPath(destination)) != 0 {
            throw lastSystemError(path: source, path2: destination)
        }
    }

    func readLink(_ path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(diskPath(path), &buffer, buffer.count - 1)
        if n < 0 { throw lastSystemError(path: path) }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `os.path.abspath`.
    func absolutePath(_ path: String) -> String {
        PosixPath.absolute(path, workingDirectory: workingDirectory)
    }

    /// `os.path.realpath`: CPython's algorithm, resolving symbolic links one component at a
    /// time through the host's mapping.
    func realPath(_ path: String, strict: Bool = false) throws -> String {
        var seen: [String: String?] = [:]
        return absolutePath(try joinRealPath("", path, strict: strict, seen: &seen).path)
    }

    private func joinRealPath(_ start: String, _ rest: String, strict: Bool,
                              seen: inout [String: String?]) throws -> (path: String, resolved: Bool) {
        var path = start
        var rest = Substring(rest)
        if rest.hasPrefix("/") {
            rest = rest.dropFirst()
            path = "/"
        }
        while !rest.isEmpty {
            let name: Substring
            if let slash = rest.firstIndex(of: "/") {
                name = rest[..<slash]
                rest = rest[rest.index(after: slash)...]
            } else {
                name = rest
                rest = ""
            }
            if name.isEmpty || name == "." { continue }
            if name == ".." {
                if path.isEmpty {
                    path = ".."
                } else {
                    let (head, tail) = PosixPath.split(path)
                    path = tail == ".." ? PosixPath.join(head, ["..", ".."]) : head
                }
                continue
            }
            let newPath = PosixPath.join(path, [String(name)])
            let status: FileStatus?
            if strict {
                status = try requireFileStatus(newPath, followLinks: false)
            } else {
                status = fileStatus(newPath, followLinks: false)
            }
            guard status?.isSymbolicLink == true else {
                path = newPath
                continue
            }
            if let known = seen[newPath] {
                if let known {
                    path = known
                    continue
                }
                if strict { _ = try requireFileStatus(newPath) }
                return (PosixPath.join(newPath, [String(rest)]), false)
            }
            seen[newPath] = .some(nil)
            let (resolved, ok) = try joinRealPath(path, try readLink(newPath), strict: strict, seen: &seen)
            if !ok { return (PosixPath.join(resolved, [String(rest)]), false) }
            path = resolved
            seen[newPath] = resolved
        }
        return (path, true)
    }

    /// Copies a file's bytes (`shutil.copyfile`).
    func copyFileContents(_ source: String, _ destination: String) throws {
        let input = open(diskPath(source), O_RDONLY | O_CLOEXEC)
        if input < 0 { throw lastSystemError(path: source) }
        defer { close(input) }
        var s = stat()
        if fstat(input, &s) == 0 && s.st_mode & S_IFMT == S_IFDIR { throw systemError(EISDIR, path: source) }
        let output = open(diskPath(destination), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if output < 0 { throw lastSystemError(path: destination) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw lastSystemError(path: source)
            }
            if n == 0 { return }
            var written = 0
            while written < n {
                let w = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, n - written) }
                if w < 0 {
                    if errno == EINTR { continue }
                    throw lastSystemError(path: destination)
                }
                written += w
            }
        }
    }

    /// `shutil.copymode`: the permission bits.
    func copyMode(_ source: String, _ destination: String) throws {
        let status = try requireFileStatus(source)
        if chmod(diskPath(destination), status.raw.st_mode & 0o7777) != 0 { throw lastSystemError(path: destination) }
    }

    /// `shutil.copystat`: permission bits and access and modification times.
    func copyStatus(_ source: String, _ destination: String) throws {
        let status = try requireFileStatus(source)
        var times = [status.raw.st_atim, status.raw.st_mtim]
        if utimensat(AT_FDCWD, diskPath(destination), &times, 0) != 0 { throw lastSystemError(path: destination) }
        if chmod(diskPath(destination), status.raw.st_mode & 0o7777) != 0 { throw lastSystemError(path: destination) }
    }
}

/// Removes a folder and everything in it, deepest first, without following symbolic links,
/// as `shutil.rmtree` does. Paths on disk are `disk`; errors name them as `shown`. Each
/// failure goes to `onError` with the name of the `os` function that failed.
func removeTree(disk: String, shown: String, isTop: Bool = true,
                onError: (_ function: String, _ path: String, _ error: PyError) throws -> Void) throws {
    guard let status = FileStatus.of(diskPath: disk, followLinks: false) else {
        return try onError("lstat", shown, lastSystemError(path: shown))
    }
    if isTop && status.isSymbolicLink {
        return try onError("islink", shown, PyError(BuiltinTypes.osError, "Cannot call rmtree on a symbolic link"))
    }
    guard let dir = opendir(disk) else { return try onError("open", shown, lastSystemError(path: shown)) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    closedir(dir)
    for name in names {
        let childDisk = disk + "/" + name, childShown = PosixPath.join(shown, [name])
        if let child = FileStatus.of(diskPath: childDisk, followLinks: false), child.isDirectory {
            try removeTree(disk: childDisk, shown: childShown, isTop: false, onError: onError)
        } else if unlink(childDisk) != 0 {
            try onError("unlink", childShown, lastSystemError(path: childShown))
        }
    }
    if rmdir(disk) != 0 { try onError("rmdir", shown, lastSystemError(path: shown)) }
}
