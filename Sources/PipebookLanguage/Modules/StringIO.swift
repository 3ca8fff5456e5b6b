/// `io.StringIO`: a text file in memory, holding code points so that positions are
/// character offsets, as in CPython.
final class StringIOObject: PyIterator, NativeAttributes {
    private var text: [Unicode.Scalar] = []
    private var position = 0
    private(set) var isClosed = false
    /// As for text files; the default `"\n"` leaves line endings alone.
    let newline: String?

    init(newline: String?) {
        self.newline = newline
    }

    override var type: PyType { Self.type }

    var value: String { String(String.UnicodeScalarView(text)) }

    func checkOpen(_ message: String = "I/O operation on closed file") throws {
        if isClosed { throw PyError.valueError(message) }
    }

    /// Writes at the current position, overwriting, and padding with NULs past the end.
    func write(_ s: String) {
        var s = s
        switch newline {
        case nil: s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        case "\r"?, "\r\n"?: s = s.replacingOccurrences(of: "\n", with: newline!)
        default: break
        }
        let scalars = Array(s.unicodeScalars)
        if position > text.count { text += Array(repeating: "\0", count: position - text.count) }
        let end = position + scalars.count
        text.replaceSubrange(position..<min(end, text.count), with: scalars)
        position = end
    }

    func read(_ size: Int?) -> String {
        let start = min(position, text.count)
        let end = size.map { min(start + $0, text.count) } ?? text.count
        position = max(position, end)
        return String(String.UnicodeScalarView(text[start..<end]))
    }

    func readLine(_ size: Int? = nil) -> String {
        let start = min(position, text.count)
        var end = start
        let limit = size.map { min(start + $0, text.count) } ?? text.count
        while end < limit {
            let c = text[end]
            end += 1
            if c == "\n" && newline != "\r" && newline != "\r\n" { break }
            if c == "\r" && (newline == "" || newline == "\r") {
                if newline == "", end < limit, text[end] == "\n" { end += 1 }
                break
            }
            if c == "\r" && newline == "\r\n", end < limit, text[end] == "\n" {
                end += 1
                break
            }
        }
        position = max(position, end)
        return String(String.UnicodeScalarView(text[start..<end]))
    }

    override func next() throws -> Value? {
        try checkOpen()
        let line = readLine()
        return line.isEmpty ? nil : .str(line)
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "closed": return .bool(isClosed)
        case "line_buffering": return .false
        case "newlines": return .none
        default: return nil
        }
    }

    static let type: PyType = {
        let t = PyType(name: "StringIO", bases: [IOModule.textIOBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
        t.construct = { interp, _, args in
            let bound = try args.bind("StringIO", ["initial_value", "newline"])
            var newline: String? = "\n"
            if let n = bound[1] {
                if n.isNone {
                    newline = nil
                } else {
                    guard let s = n.stringValue else { throw PyError.typeError("newline must be str or None, not \(n.typeName)") }
                    guard ["", "\n", "\r", "\r\n"].contains(s) else { throw PyError.valueError("illegal newline value: \(Interpreter.quote(s))") }
                    newline = s
                }
            }
            let buffer = StringIOObject(newline: newline)
            if let initial = bound[0], !initial.isNone {
                guard let s = initial.stringValue else {
                    throw PyError.typeError("initial_value must be str or None, not \(initial.typeName)")
                }
                buffer.write(s)
                buffer.position = 0
            }
            return .object(buffer)
        }
        IOModule.installStreamMethods(t, closedMessage: "I/O operation on closed file", flushChecksClosed: false) { ($0 as? StringIOObject)?.isClosed }
        t.method("close") { _, args in
            try receiver(args).isClosed = true
            return .none
        }
        t.method("getvalue") { _, args in
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .str(buffer.value)
        }
        t.method("write") { _, args in
            try args.expect("write", min: 2, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            guard let s = args[1].stringValue else {
                throw PyError.typeError("string argument expected, got '\(args[1].typeName)'")
            }
            buffer.write(s)
            return .int(s.unicodeScalars.count)
        }
        t.method("read") { _, args in
            try args.expect("read", min: 1, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .str(buffer.read(try sizeArgument(args, 1)))
        }
        t.method("readline") { _, args in
            try args.expect("readline", min: 1, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .str(buffer.readLine(try sizeArgument(args, 1)))
        }
        t.method("tell") { _, args in
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .int(buffer.position)
        }
        t.method("seek") { _, args in
            try args.expect("seek", min: 2, max: 3)
            let buffer = try receiver(args)
            let offset = try wholeNumber(args[1])
            let whence = args.count > 2 ? try wholeNumber(args[2]) : 0
            try buffer.checkOpen()
            if !(0...2).contains(whence) { throw PyError.valueError("Invalid whence (\(whence), should be 0, 1 or 2)") }
            if offset < 0 && whence == 0 { throw PyError.valueError("Negative seek position \(offset)") }
            if whence != 0 && offset != 0 { throw PyError(BuiltinTypes.osError, "Can't do nonzero cur-relative seeks") }
            switch whence {
            case 0: buffer.position = offset
            case 2: buffer.position = buffer.text.count
            default: break
            }
            return .int(buffer.position)
        }
        t.method("truncate") { _, args in
            try args.expect("truncate", min: 1, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            let size = try sizeArgument(args, 1, indexStyle: true) ?? buffer.position
            if args.count > 1, case .int(let n) = args[1], n < 0 { throw PyError.valueError("Negative size value \(n)") }
            if size < buffer.text.count { buffer.text.removeSubrange(size...) }
            return .int(size)
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> StringIOObject {
        guard let s = args.positional.first?.as(StringIOObject.self) else {
            throw PyError.typeError("descriptor requires a '_io.StringIO' object")
        }
        return s
    }
}
