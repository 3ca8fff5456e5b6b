import Foundation

/// A file opened in text mode: `_io.TextIOWrapper`. Reads decode chunks of the file into
/// characters, as CPython's TextIOWrapper does, translating line endings as `newline` says.
final class TextFile: FileObject, NativeRepresentable {
    let encoding: TextEncoding
    /// The `newline` argument. nil (the default) reads `\r\n` and `\r` as `\n`; `""` splits
    /// lines at all three but keeps them; `"\n"`, `"\r"`, `"\r\n"` split at that one only.
    /// On writing, `"\r"` and `"\r\n"` replace every `\n`.
    let newline: String?
    let lineBuffering: Bool
    /// What `file.encoding` shows: the name given, or CPython's locale default.
    let encodingName: String

    /// Characters decoded but not yet returned, from `decodedIndex` on, and how many bytes
    /// of the file each came from (two for a translated `\r\n`), so that `tell()` is exact.
    private var decoded: [Unicode.Scalar] = []
    private var widths: [UInt8] = []
    private var decodedIndex = 0
    /// Bytes read but not decoded yet: a cut-off character, or a `\r` that may start `\r\n`.
    private var undecoded: [UInt8] = []
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

    private var available: Int { decoded.count - decodedIndex }

    /// Decodes the next chunk of the file (or all the rest); false at the end of the file.
    private func decodeChunk(all: Bool = false) throws -> Bool {
        let chunk = all ? try readRawToEnd() : try readRaw(Self.chunkSize)
        let final = chunk.isEmpty || all
        if chunk.isEmpty && undecoded.isEmpty { return false }
        var bytes = undecoded + chunk
        undecoded = []
        if atStart && encoding.codec == .utf8WithSignature {
            if bytes.count < 3 && !final {
                undecoded = bytes
                return true
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        atStart = false
        let (text, used) = try encoding.decode(bytes[...], final: final)
        undecoded = Array(bytes[used...])
        if decodedIndex > 0 {
            decoded.removeFirst(decodedIndex)
            widths.removeFirst(decodedIndex)
            decodedIndex = 0
        }
        append(text, final: final)
        return true
    }

    private func append(_ text: String, final: Bool) {
        let scalars = Array(text.unicodeScalars)
        let singleByte = encoding.codec == .ascii || encoding.codec == .latin1
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let width = singleByte ? 1 : UInt8(UTF8.width(s))
            if s == "\r" && newline != "\n" {
                if i + 1 == scalars.count && !final {
                    // Wait for the next chunk to know whether this is `\r\n`.
                    undecoded.insert(0x0D, at: 0)
                    break
                }
                if newline == nil {
                    let pair = i + 1 < scalars.count && scalars[i + 1] == "\n"
                    decoded.append("\n")
                    widths.append(pair ? 2 : 1)
                    i += pair ? 2 : 1
                    continue
                }
            }
            decoded.append(s)
            widths.append(width)
            i += 1
        }
    }

    private func take(_ count: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: decoded[decodedIndex..<(decodedIndex + count)])
        decodedIndex += count
        return String(view)
    }

    /// `read(size)`: up to `size` characters, or all the rest when `size` is nil.
    func read(_ size: Int?) throws -> String {
        guard let size else {
            while try decodeChunk(all: true) {}
            return take(available)
        }
        while available < size, try decodeChunk() {}
        return take(min(size, available))
    }

    /// `readline(size)`: the next line with its ending, at most `size` characters.
    func readLine(_ size: Int? = nil) throws -> String {
        var searched = 0
        while true {
            if let end = lineEnd(from: decodedIndex + searched) {
                return take(min(end - decodedIndex, size ?? .max))
            }
            searched = available
            if let size, available >= size { return take(size) }
            if try !decodeChunk() { return take(min(available, size ?? .max)) }
        }
    }

    /// The index just past the first line ending at or after `start`, if there is one yet.
    private func lineEnd(from start: Int) -> Int? {
        var i = start
        while i < decoded.count {
            let s = decoded[i]
            switch newline {
            case nil, "\n"?:
                if s == "\n" { return i + 1 }
            case ""?:
                if s == "\n" { return i + 1 }
                if s == "\r" { return i + 1 < decoded.count && decoded[i + 1] == "\n" ? i + 2 : i + 1 }
            case "\r"?:
                if s == "\r" { return i + 1 }
            default:
                if s == "\r" && i + 1 < decoded.count && decoded[i + 1] == "\n" { return i + 2 }
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
        decoded = []
        widths = []
        decodedIndex = 0
        undecoded = []
        var text = text
        if let newline, newline == "\r" || newline == "\r\n" {
            text = text.replacingOccurrences(of: "\n", with: newline)
        }
        var bytes = try encoding.encode(text)
        if signaturePending {
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
            signaturePending = false
        }
        try writeBuffered(bytes, flushNow: lineBuffering && (text.contains("\n") || text.contains("\r")))
    }

    func tell() throws -> Int {
        let pending = widths[decodedIndex...].reduce(0) { $0 + Int($1) }
        return try rawPosition() - undecoded.count - pending
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
        decoded = []
        widths = []
        decodedIndex = 0
        undecoded = []
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
