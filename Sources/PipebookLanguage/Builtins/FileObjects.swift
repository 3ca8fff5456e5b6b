import Foundation

/// `open()`: text and binary files, with CPython's checks of its arguments in CPython's order.
extension Interpreter {
    func openFile(_ args: Arguments) throws -> Value {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        for (name, _) in args.keywords where !names.contains(name) {
            throw PyError.typeError("'\(name)' is an invalid keyword argument for open()")
        }
        let bound = try args.bind("open", names, required: 1)
        let file = bound[0]!
        let mode = try optionalString(bound[1], "mode", noneAllowed: false) ?? "r"
        let buffering = try bound[2].map(wholeNumber) ?? -1
        let encoding = try optionalString(bound[3], "encoding")
        let errors = try optionalString(bound[4], "errors")
        let newline = try optionalString(bound[5], "newline")
        let closeDescriptor = try bound[6].map { try isTrue($0) } ?? true
        if let opener = bound[7], !opener.isNone { throw PyError.unsupported("open() with an opener") }

        let parsed = try OpenMode(mode)
        if parsed.binary {
            if encoding != nil { throw PyError.valueError("binary mode doesn't take an encoding argument") }
            if errors != nil { throw PyError.valueError("binary mode doesn't take an errors argument") }
            if newline != nil { throw PyError.valueError("binary mode doesn't take a newline argument") }
        } else if buffering == 0 {
            throw PyError.valueError("can't have unbuffered text I/O")
        }

        let descriptor: Int32, name: Value
        if case .int(let fd) = file {
            descriptor = Int32(truncatingIfNeeded: fd)
            name = file
        } else {
            if !closeDescriptor { throw PyError.valueError("Cannot use closefd=False with file name") }
            let path = try checkedPath(fileSystemPath(file))
            descriptor = try parsed.open(diskPath(path), shownAs: path)
            name = .str(path)
        }
        let position = parsed.appending ? lseek(descriptor, 0, SEEK_END) : 0

        if parsed.binary {
            return .object(BinaryFile(descriptor: descriptor, name: name, mode: parsed.binaryModeName,
                                      canRead: parsed.reading, canWrite: parsed.writing, ownsDescriptor: closeDescriptor))
        }
        do {
            if let newline, !["", "\n", "\r", "\r\n"].contains(newline) {
                throw PyError.valueError("illegal newline value: \(newline)")
            }
            let textEncoding = try TextEncoding(name: encoding ?? "utf-8", errors: errors ?? "strict")
            return .object(TextFile(descriptor: descriptor, name: name, mode: mode, canRead: parsed.reading,
                                    canWrite: parsed.writing, ownsDescriptor: closeDescriptor, encoding: textEncoding,
                                    encodingName: encoding ?? "UTF-8", newline: newline,
                                    lineBuffering: buffering == 1 || isatty(descriptor) != 0, position: Int(position)))
        } catch {
            if closeDescriptor { close(descriptor) }
            throw error
        }
    }

    private func optionalString(_ value: Value?, _ name: String, noneAllowed: Bool = true) throws -> String? {
        guard let value, !(noneAllowed && value.isNone) else { return nil }
        guard let s = value.stringValue else {
            throw PyError.typeError("open() argument '\(name)' must be str\(noneAllowed ? " or None" : ""), not \(value.typeName)")
        }
        return s
    }
}

/// The `mode` argument of `open()`, checked as CPython checks it.
struct OpenMode {
    let creating, truncating, appending, updating, binary: Bool
    let reading, writing: Bool

    init(_ mode: String) throws {
        var seen = Set<Character>()
        for c in mode {
            if !"rwxabt+".contains(c) || seen.contains(c) { throw PyError.valueError("invalid mode: '\(mode)'") }
            seen.insert(c)
        }
        creating = seen.contains("x")
        truncating = seen.contains("w")
        appending = seen.contains("a")
        updating = seen.contains("+")
        binary = seen.contains("b")
        if binary && seen.contains("t") { throw PyError.valueError("can't have text and binary mode at once") }
        let kinds = ["x", "r", "w", "a"].filter { seen.contains(Character($0)) }.count
        if kinds > 1 { throw PyError.valueError("must have exactly one of create/read/write/append mode") }
        if kinds == 0 {
            throw PyError.valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        }
        reading = seen.contains("r") || updating
        writing = !seen.contains("r") || updating
    }

    /// What `.mode` shows for a binary file: CPython's FileIO spells it its own way.
    var binaryModeName: String {
        if updating { return creating ? "xb+" : appending ? "ab+" : "rb+" }
        return creating ? "xb" : appending ? "ab" : reading ? "rb" : "wb"
    }

    /// Opens the file at a disk path, refusing folders; errors name the path as the program wrote it.
    func open(_ diskPath: String, shownAs path: String) throws -> Int32 {
        var flags: Int32 = O_CLOEXEC | (reading && writing ? O_RDWR : writing ? O_WRONLY : O_RDONLY)
        if creating { flags |= O_CREAT | O_EXCL }
        if appending { flags |= O_CREAT | O_APPEND }
        if truncating { flags |= O_CREAT | O_TRUNC }
        let fd = Foundation.open(diskPath, flags, 0o666)
        if fd < 0 { throw lastSystemError(path: path) }
        var s = stat()
        if fstat(fd, &s) == 0 && s.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw systemError(EISDIR, path: path)
        }
        return fd
    }
}
