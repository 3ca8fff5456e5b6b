import Foundation

/// A malformed JSON text, with the byte offset where reading stopped.
public struct JSONSyntaxError: Error, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public var description: String { "invalid JSON at offset \(offset): \(message)" }
}

extension JSONValue {
    /// Parses a JSON text (RFC 8259), keeping the order of object keys.
    public static func parse(_ text: String) throws -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        if parser.position != parser.bytes.count { throw parser.error("extra data after the value") }
        return value
    }
}

/// A recursive-descent reader over the UTF-8 bytes of a JSON text.
struct JSONParser {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: position) }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard position < bytes.count else { throw error("unexpected end of text") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard position + w.count <= bytes.count, Array(bytes[position..<position + w.count]) == w else {
            throw error("expected a value")
        }
        position += w.count
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == c.asciiValue! else { throw error("expected '\(c)'") }
        position += 1
    }

    private mutating func peek(_ c: Character) -> Bool {
        skipSpace()
        return position < bytes.count && bytes[position] == c.asciiValue!
    }

    private mutating func object() throws -> JSONValue {
        try expect("{")
        var members: [(key: String, value: JSONValue)] = []
        if peek("}") { position += 1; return .object(members) }
        repeat {
            skipSpace()
            let key = try string()
            try expect(":")
            members.append((key, try value()))
        } while try separator(closing: "}")
        return .object(members)
    }

    private mutating func array() throws -> JSONValue {
        try expect("[")
        var items: [JSONValue] = []
        if peek("]") { position += 1; return .array(items) }
        repeat { items.append(try value()) } while try separator(closing: "]")
        return .array(items)
    }

    /// After a member: true at a comma, false at the closing bracket.
    private mutating func separator(closing: Character) throws -> Bool {
        if peek(",") { position += 1; return true }
        try expect(closing)
        return false
    }

    private mutating func number() throws -> JSONValue {
        let start = position
        var isInteger = true
        while position < bytes.count {
            let c = bytes[position]
            if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
                position += 1
            } else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                isInteger = false
                position += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        if let d = Double(text) { return .double(d) }
        position = start
        throw error("expected a value")
    }

    private mutating func string() throws -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a string") }
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position
        func flush(_ end: Int) { scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars) }
        while position < bytes.count {
            let c = bytes[position]
            if c == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return String(scalars)
            }
            if c == UInt8(ascii: "\\") {
                flush(position)
                position += 1
                scalars.append(try escape())
                run = position
                continue
            }
            if c < 0x20 { throw error("control character in a string") }
            position += 1
        }
        throw error("unterminated string")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard position < bytes.count else { throw error("unterminated string") }
        let c = bytes[position]
        position += 1
        switch c {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high), position + 1 < bytes.count,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                position += 2
                let low = try hex4()
                if let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) { return s }
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            throw error("invalid escape")
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let v = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        position += 4
        return v
    }
}
