import Foundation

/// A file opened in text mode: `_io.TextIOWrapper`. It reads the file in chunks as CPython's
/// TextIOWrapper does, translating line endings as `newline` says.
final class TextFile: FileObject, NativeRepresentable {
    let encoding: TextEncoding
    /// The `newline` argument. nil (the default) reads `\r\n` and `\r` as `\n`; `""` splits
    /// lines at all three but keeps them; `"\n"`, `"\r"`, `"\r\n"` split at that one only.
    /// On writing, `"\r"` and `"\r\n"` replace every `\n`.
    let newline: String?
    let lineBuffering: Bool
    /// What `file.encoding` shows: the name given, or CPython's locale default.
    let encodingName: String

    /// Bytes read from the file and not returned yet, from `start` on. Line endings and
    /// character boundaries are found in the bytes (a `\n` or `\r` byte is never inside a
    /// character in these encodings); only what is returned gets decoded.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Whether the next read is at the start of the file, where utf-8-sig skips its signature.
    private var atStart: Bool
    /// Whether the next write is at the start of the file, where utf-8-sig writes its signature.
    private var signaturePending: Bool

    init(descriptor: Int32, name: Value, mode: String, canRead: Bool, canWrite: Bool, ownsDescriptor: Bool,
         encoding: TextEncoding, encodingName: String, newline: String?, lineBuffering: Bool, position: Int) {
        self.encoding = encoding
        self.encodingName = encodingName
        self.newline = newline
        self.lineBuffering = lineBuffering
        atStart = position == 0
        signaturePending = position == 0 && encoding.codec == .utf8WithSignature
        super.init(descriptor: descriptor, name: name, mode: mode, canRead: canRead, canWrite: canWrite,
                   ownsDescriptor: ownsDescriptor)
    }

    override var type: PyType { Self.type }

    // MARK: Reading

    /// Reads the next chunk into the buffer; false at the end of the file.
    private func fill() throws -> Bool {
        let chunk = try readRaw(Self.chunkSize)
        if chunk.isEmpty { return false }
        buffer.append(contentsOf: chunk)
        if atStart {
            atStart = false
            if encoding.codec == .utf8WithSignature && buffer[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        }
        return true
    }

    /// Drops the bytes already returned, before a new read.
    private func compact() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private var translates: Bool { newline == nil }

    /// The index after `chars` characters from `from` (fewer if the buffer ends first, never
    /// cutting a character or a translated `\r\n`), and how many it passed.
    private func advance(from: Int, chars: Int) -> (index: Int, count: Int) {
        let multiByte = encoding.codec == .utf8 || encoding.codec == .utf8WithSignature
        var i = from, count = 0
        while count < chars && i < buffer.count {
            let b = buffer[i]
            var width = 1
            if multiByte && b >= 0xC2 && b <= 0xF4 { width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 }
            if translates && b == 0x0D && i + 1 < buffer.count && buffer[i + 1] == 0x0A { width = 2 }
            if i + width > buffer.count { break }
            i += width
            count += 1
        }
        return (i, count)
    }

    /// The text of `buffer[start..<end]`, line endings translated, and moves `start` past it.
    private func take(upTo end: Int) throws -> String {
        defer { start = end }
        var bytes = buffer[start..<end]
        if translates && bytes.withUnsafeBufferPointer({ $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }) {
            var translated: [UInt8] = []
            translated.reserveCapacity(bytes.count)
            var i = bytes.startIndex
            while i < bytes.endIndex {
                if bytes[i] == 0x0D {
                    translated.append(0x0A)
                    if i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    translated.append(bytes[i])
                }
                i += 1
            }
            bytes = translated[...]
        }
        return try encoding.decode(bytes).text
    }

    /// `read(size)`: up to `size` characters, or all the rest when `size` is nil.
    func read(_ size: Int?) throws -> String {
        compact()
        guard let size else {
            buffer += try readRawToEnd()
            if atStart {
                atStart = false
                if encoding.codec == .utf8WithSignature && buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            }
            return try take(upTo: buffer.count)
        }
        // One character more than asked, so the last one asked for is complete (and a `\r` is
        // known to be or not to be half of `\r\n`).
        var index = start, counted = 0
        while counted <= size {
            let step = advance(from: index, chars: size + 1 - counted)
            index = step.index
            counted += step.count
            if counted <= size, try !fill() {
                if counted < size { return try take(upTo: buffer.count) }
                break
            }
        }
        return try take(upTo: advance(from: start, chars: size).index)
    }

    /// `readline(size)`: the next line with its ending, at most `size` characters.
    func readLine(_ size: Int? = nil) throws -> String {
        compact()
        var searched = start
        while true {
            if let end = lineEnd(from: searched, atEnd: false) { return try take(upTo: limited(end, size)) }
            searched = max(start, buffer.count - 1)
            if let size, advance(from: start, chars: size).count >= size { return try take(upTo: limited(buffer.count, size)) }
            if try !fill() {
                return try take(upTo: limited(lineEnd(from: searched, atEnd: true) ?? buffer.count, size))
            }
        }
    }

    /// `end`, or earlier if the line has more than `size` characters.
    private func limited(_ end: Int, _ size: Int?) -> Int {
        guard let size else { return end }
        return min(end, advance(from: start, chars: size).index)
    }

    /// The index just past the first line ending at or after `from`, if it is known yet: a
    /// `\r` at the end of the buffer may be the start of `\r\n` until the file says otherwise.
    private func lineEnd(from: Int, atEnd: Bool) -> Int? {
        var i = from
        while i < buffer.count {
            let b = buffer[i]
            switch newline {
            case "\n"?:
                if b == 0x0A { return i + 1 }
            case "\r"?:
                if b == 0x0D { return i + 1 }
            case "\r\n"?:
                if b == 0x0D {
                    if i + 1 < buffer.count {
                        if buffer[i + 1] == 0x0A { return i + 2 }
                    } else if !atEnd {
                        return nil
                    }
                }
            default:
                if b == 0x0A { return i + 1 }
                if b == 0x0D {
                    if i + 1 < buffer.count { return buffer[i + 1] == 0x0A ? i + 2 : i + 1 }
                    return atEnd ? i + 1 : nil
                }
            }
            i += 1
        }
        return nil
    }

    override func next() throws -> Value? {
        try checkOpen()
        try checkReadable()
        let line = try readLine()
        return line.isEmpty ? nil : .str(line)
    }

    func checkReadable() throws {
        if !canRead { throw UnsupportedOperation.error("not readable") }
    }

    // MARK: Writing and position

    func write(_ text: String) throws {
        if !canWrite { throw UnsupportedOperation.error("not writable") }
        // CPython writes where the file's reading left off, past whatever it had read ahead.
        buffer = []
        start = 0
        var text = text
        if let newline, newline == "\r" || newline == "\r\n" {
            text = text.replacingOccurrences(of: "\n", with: newline)
        }
        var bytes = try encoding.encode(text)
        if signaturePending {
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
            signaturePending = false
        }
        try writeRaw(bytes)
    }

    func tell() throws -> Int {
        try rawPosition() - (buffer.count - start)
    }

    func seek(_ offset: Int, whence: Int) throws -> Int {
        switch whence {
        case 0:
            if offset < 0 { throw PyError.valueError("negative seek position \(offset)") }
        case 1:
            if offset != 0 { throw UnsupportedOperation.error("can't do nonzero cur-relative seeks") }
            return try seek(tell(), whence: 0)
        case 2:
            if offset != 0 { throw UnsupportedOperation.error("can't do nonzero end-relative seeks") }
        default:
            throw PyError.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
        buffer = []
        start = 0
        let position = try rawSeek(offset, whence: whence == 0 ? SEEK_SET : SEEK_END)
        atStart = position == 0
        signaturePending = position == 0 && encoding.codec == .utf8WithSignature
        return position
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<_io.TextIOWrapper name=\(try interp.repr(name)) mode='\(mode)' encoding='\(encodingName)'>"
    }

    override func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "encoding": return .str(encodingName)
        case "errors": return .str(encoding.errors.rawValue)
        case "line_buffering": return .bool(lineBuffering)
        default: return try super.getAttribute(attribute, interp)
        }
    }

    // MARK: The Python type

    static let type: PyType = {
        let t = PyType(name: "TextIOWrapper", bases: [IOModule.textIOBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
        installCommonMethods(t, closedMessage: "I/O operation on closed file")
        t.method("read") { _, args in
            try args.expect("read", min: 1, max: 2)
            let size = try sizeArgument(args, 1)
            let file = try receiver(args)
            try file.checkOpen()
            try file.checkReadable()
            return .str(try file.read(size))
        }
        t.method("readline") { _, args in
            try args.expect("readline", min: 1, max: 2)
            let size = try sizeArgument(args, 1, indexStyle: true)
            let file = try receiver(args)
            try file.checkOpen()
            try file.checkReadable()
            return .str(try file.readLine(size))
        }
        t.method("readlines") { _, args in
            try args.expect("readlines", min: 1, max: 2)
            let file = try receiver(args)
            try file.checkOpen()
            try file.checkReadable()
            return .object(try IOModule.readLines(hint: try sizeArgument(args, 1), file.next) {
                $0.as(PyStr.self)!.count
            })
        }
        t.method("write") { _, args in
            guard args.keywords.isEmpty, args.count == 2 else {
                throw PyError.typeError("TextIOWrapper.write() takes exactly one argument (\(max(args.count - 1, 0)) given)")
            }
            let file = try receiver(args)
            try file.checkOpen()
            guard let text = args[1].stringValue else {
                throw PyError.typeError("write() argument must be str, not \(args[1].typeName)")
            }
            try file.write(text)
            return .int(text.unicodeScalars.count)
        }
        t.method("tell") { _, args in
            try args.expect("tell", min: 1, max: 1)
            let file = try receiver(args)
            try file.checkOpen()
            return .int(try file.tell())
        }
        t.method("seek") { _, args in
            try args.expect("seek", min: 2, max: 3)
            let file = try receiver(args)
            try file.checkOpen()
            let offset = try wholeNumber(args[1])
            let whence = args.count > 2 ? try wholeNumber(args[2]) : 0
            return .int(try file.seek(offset, whence: whence))
        }
        t.method("truncate") { _, args in
            try args.expect("truncate", min: 1, max: 2)
            let file = try receiver(args)
            try file.checkOpen()
            if !file.canWrite { throw UnsupportedOperation.error("truncate") }
            let size = try sizeArgument(args, 1) ?? file.tell()
            try file.rawTruncate(size)
            return .int(size)
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> TextFile {
        guard let file = args.positional.first?.as(TextFile.self) else {
            throw PyError.typeError("descriptor requires a '_io.TextIOWrapper' object")
        }
        return file
    }
}

/// A `size` argument of a read method: an int, or None for "all"; negative also means all.
/// `indexStyle` picks the message CPython's C-level conversions give for a wrong type.
func sizeArgument(_ args: Arguments, _ index: Int, indexStyle: Bool = false) throws -> Int? {
    guard args.count > index else { return nil }
    switch args[index] {
    case .none: return nil
    case .int(let n): return n < 0 ? nil : n
    case .bool(let b): return b ? 1 : 0
    default:
        if indexStyle { throw PyError.typeError("'\(args[index].typeName)' object cannot be interpreted as an integer") }
        throw PyError.typeError("argument should be integer or None, not '\(args[index].typeName)'")
    }
}

/// An int argument that must be a machine-sized integer.
func wholeNumber(_ v: Value) throws -> Int {
    switch v {
    case .int(let n): return n
    case .bool(let b): return b ? 1 : 0
    default: throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
}
