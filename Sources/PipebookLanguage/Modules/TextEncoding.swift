import Foundation

/// The text encodings files can use (UTF-8, ASCII, Latin-1), with CPython's names, error
/// handlers and UnicodeDecodeError/UnicodeEncodeError messages.
struct TextEncoding {
    enum Codec {
        case utf8, utf8WithSignature, ascii, latin1
    }

    let codec: Codec
    let errors: ErrorHandler

    /// What to do with bytes or characters the codec cannot handle.
    enum ErrorHandler: String {
        case strict, replace, ignore
    }

    /// The encoding called `name`, as CPython's codec registry normalises names.
    init(name: String, errors: String) throws {
        let normalized = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        switch normalized {
        case "utf_8", "utf8", "u8", "utf", "cp65001": codec = .utf8
        case "utf_8_sig": codec = .utf8WithSignature
        case "ascii", "us_ascii", "646", "us": codec = .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1":
            codec = .latin1
        default:
            throw PyError.unsupported("the '\(name)' encoding (only utf-8, utf-8-sig, ascii and latin-1)")
        }
        guard let handler = ErrorHandler(rawValue: errors) else {
            throw PyError.unsupported("the '\(errors)' error handler (only strict, replace and ignore)")
        }
        self.errors = handler
    }

    /// The codec's canonical name, as CPython reports it in Unicode errors.
    private var codecName: String {
        switch codec {
        case .utf8, .utf8WithSignature: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    // MARK: Decoding

    /// Decodes `bytes`, which must not end inside a character unless `final` is set; returns
    /// the text and how many bytes it used (fewer than all when a character is cut off).
    func decode(_ bytes: ArraySlice<UInt8>, final: Bool = true) throws -> (text: String, used: Int) {
        // Valid UTF-8 (ASCII included) decodes in one step; anything else goes character by character.
        var text = String(decoding: bytes, as: UTF8.self)
        let valid = text.utf8.count == bytes.count && (bytes.isEmpty || text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { memcmp(utf8.baseAddress!, $0.baseAddress!, bytes.count) == 0 }
        })
        if valid && (codec == .utf8 || codec == .utf8WithSignature || text.utf8.count == text.unicodeScalars.count) {
            return (text, bytes.count)
        }
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
                i += 1
                continue
            }
            switch codec {
            case .latin1:
                scalars.append(Unicode.Scalar(b))
                i += 1
            case .ascii:
                try fail(bytes, start: i, end: i + 1, reason: "ordinal not in range(128)", into: &scalars)
                i += 1
            case .utf8, .utf8WithSignature:
                switch Self.utf8Sequence(bytes, at: i) {
                case .scalar(let s, let length):
                    scalars.append(s)
                    i += length
                case .truncated(let length):
                    if !final { return (String(scalars), i - bytes.startIndex) }
                    try fail(bytes, start: i, end: i + length, reason: "unexpected end of data", into: &scalars)
                    i += length
                case .invalid(let length, let reason):
                    try fail(bytes, start: i, end: i + length, reason: reason, into: &scalars)
                    i += length
                }
            }
        }
        return (String(scalars), bytes.count)
    }

    private func fail(_ bytes: ArraySlice<UInt8>, start: Int, end: Int, reason: String,
                      into scalars: inout String.UnicodeScalarView) throws {
        switch errors {
        case .ignore: return
        case .replace: scalars.append("\u{FFFD}")
        case .strict:
            let position = start - bytes.startIndex, last = end - 1 - bytes.startIndex
            let what = end - start == 1
                ? "byte 0x\(String(bytes[start], radix: 16).leftPadded(to: 2)) in position \(position)"
                : "bytes in position \(position)-\(last)"
            let e = PyError(BuiltinTypes.unicodeDecodeError, "'\(codecName)' codec can't decode \(what): \(reason)")
            Self.describe(e, codecName, .object(PyBytes(Array(bytes))), position, last + 1, reason)
            throw e
        }
    }

    private enum UTF8Step {
        case scalar(Unicode.Scalar, Int)
        case truncated(Int)
        case invalid(Int, String)
    }

    /// One UTF-8 sequence at `i`, judged as CPython's decoder judges it.
    private static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at i: Int) -> UTF8Step {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .invalid(1, "invalid start byte")
        }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            guard i + k < bytes.endIndex else { return .truncated(k) }
            let b = bytes[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
            guard b >= lo && b <= hi else { return .invalid(k, "invalid continuation byte") }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return .scalar(Unicode.Scalar(value)!, length)
    }

    // MARK: Encoding

    func encode(_ text: String) throws -> [UInt8] {
        switch codec {
        case .utf8, .utf8WithSignature: return Array(text.utf8)
        case .ascii: return try encodeSingleByte(text, limit: 0x80)
        case .latin1: return try encodeSingleByte(text, limit: 0x100)
        }
    }

    private func encodeSingleByte(_ text: String, limit: UInt32) throws -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let value = scalars[i].value
            if value < limit {
                out.append(UInt8(value))
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= limit { end += 1 }
            switch errors {
            case .ignore: break
            case .replace: out.append(contentsOf: Array(repeating: UInt8(ascii: "?"), count: end - i))
            case .strict:
                let what = end - i == 1
                    ? "character '\(Self.escaped(scalars[i]))' in position \(i)"
                    : "characters in position \(i)-\(end - 1)"
                let reason = "ordinal not in range(\(limit))"
                let e = PyError(BuiltinTypes.unicodeEncodeError, "'\(codecName)' codec can't encode \(what): \(reason)")
                Self.describe(e, codecName, .str(text), i, end, reason)
                throw e
            }
            i = end
        }
        return out
    }

    /// The attributes of a Unicode error. Its `args` stay the message alone, since Pipebook's
    /// exceptions print their args rather than these.
    private static func describe(_ e: PyError, _ codec: String, _ object: Value, _ start: Int, _ end: Int, _ reason: String) {
        let d = e.exception.dict
        d["encoding"] = .str(codec)
        d["object"] = object
        d["start"] = .int(start)
        d["end"] = .int(end)
        d["reason"] = .str(reason)
    }

    /// A character as its repr shows it inside quotes: `\xe9`, `\u20ac`, `\U0001f600`.
    private static func escaped(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16)
        if s.value < 0x100 { return "\\x" + hex.leftPadded(to: 2) }
        if s.value < 0x10000 { return "\\u" + hex.leftPadded(to: 4) }
        return "\\U" + hex.leftPadded(to: 8)
    }
}
