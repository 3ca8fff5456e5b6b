import Foundation

extension JSONValue {
    /// Reads Universal Binary JSON (Draft 12), the format of XGBoost's `.ubj` model files,
    /// `save_raw()` and the state of a Booster pickled by CPython.
    ///
    /// XGBoost writes objects whose keys are length-prefixed strings, `[#` arrays with a count,
    /// and its node arrays as typed arrays (`[$d#` float32, `[$l#` int32, `[$U#` uint8,
    /// `[$L#` int64); the rest of the draft is read too, but for high-precision numbers (`H`)
    /// and the no-op marker (`N`), which it never writes. Numbers become `.int` or `.double` as
    /// JSON's do: a float32 becomes the Double holding exactly the same value, which is what
    /// XGBoost predicts with.
    public static func parseUBJSON(_ bytes: [UInt8]) throws -> JSONValue {
        var reader = UBJSONReader(bytes: bytes)
        let value = try reader.value()
        guard reader.position == bytes.count else { throw reader.error("\(bytes.count - reader.position) bytes after the value") }
        return value
    }
}

/// Malformed UBJSON, with the byte offset where reading stopped.
public struct UBJSONSyntaxError: Error, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public var description: String { "invalid UBJSON at offset \(offset): \(message)" }
}

private struct UBJSONReader {
    let bytes: [UInt8]
    var position = 0

    func error(_ message: String) -> UBJSONSyntaxError { UBJSONSyntaxError(message: message, offset: position) }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw error("the data ends inside a value") }
        defer { position += 1 }
        return bytes[position]
    }

    /// `n` bytes read as a big-endian unsigned number (UBJSON's byte order).
    mutating func bigEndian(_ n: Int) throws -> UInt64 {
        guard position + n <= bytes.count else { throw error("the data ends inside a number") }
        defer { position += n }
        return bytes[position..<(position + n)].reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func value() throws -> JSONValue {
        try value(marker: try byte())
    }

    mutating func value(marker: UInt8) throws -> JSONValue {
        switch marker {
        case UInt8(ascii: "Z"): return .null
        case UInt8(ascii: "T"): return .bool(true)
        case UInt8(ascii: "F"): return .bool(false)
        case UInt8(ascii: "i"), UInt8(ascii: "U"), UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "L"):
            return .int(try integer(marker: marker))
        case UInt8(ascii: "d"): return .double(Double(Float(bitPattern: UInt32(try bigEndian(4)))))
        case UInt8(ascii: "D"): return .double(Double(bitPattern: try bigEndian(8)))
        case UInt8(ascii: "C"): return .string(String(UnicodeScalar(try byte())))
        case UInt8(ascii: "S"): return .string(try string())
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "H"): throw error("high-precision numbers (H) are not supported")
        default: throw error("unknown type marker '\(String(UnicodeScalar(marker)))'")
        }
    }

    mutating func integer(marker: UInt8) throws -> Int {
        switch marker {
        case UInt8(ascii: "i"): return Int(Int8(truncatingIfNeeded: try bigEndian(1)))
        case UInt8(ascii: "U"): return Int(try bigEndian(1))
        case UInt8(ascii: "I"): return Int(Int16(truncatingIfNeeded: try bigEndian(2)))
        case UInt8(ascii: "l"): return Int(Int32(truncatingIfNeeded: try bigEndian(4)))
        case UInt8(ascii: "L"): return Int(Int64(bitPattern: try bigEndian(8)))
        default: throw error("expected an integer, found '\(String(UnicodeScalar(marker)))'")
        }
    }

    /// A length or count: an integer of any size, never negative and never more than the bytes
    /// left (every element XGBoost writes takes one at least), so a corrupt count fails rather
    /// than allocating.
    mutating func length() throws -> Int {
        let n = try integer(marker: try byte())
        guard n >= 0, n <= bytes.count - position else { throw error("a length of \(n) does not fit the data") }
        return n
    }

    mutating func string() throws -> String {
        let n = try length()
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    /// The optimised container header: `$` and a type marker every element shares (it then
    /// needs a count), `#` and the element count, or neither (the container ends with `]`/`}`).
    mutating func containerHeader() throws -> (type: UInt8?, count: Int?) {
        var type: UInt8?
        if position < bytes.count, bytes[position] == UInt8(ascii: "$") {
            position += 1
            type = try byte()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "#") else { throw error("a typed container without a count") }
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "#") else { return (type, nil) }
        position += 1
        return (type, try length())
    }

    mutating func element(_ type: UInt8?) throws -> JSONValue {
        if let type { return try value(marker: type) }
        return try value()
    }

    mutating func array() throws -> JSONValue {
        let (type, count) = try containerHeader()
        var items: [JSONValue] = []
        if let count {
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try element(type)) }
            return .array(items)
        }
        while try peek() != UInt8(ascii: "]") { items.append(try value()) }
        position += 1
        return .array(items)
    }

    mutating func object() throws -> JSONValue {
        let (type, count) = try containerHeader()
        var members: [(key: String, value: JSONValue)] = []
        if let count {
            for _ in 0..<count { members.append((try string(), try element(type))) }
            return .object(members)
        }
        while try peek() != UInt8(ascii: "}") { members.append((try string(), try value())) }
        position += 1
        return .object(members)
    }

    func peek() throws -> UInt8 {
        guard position < bytes.count else { throw error("the data ends inside a container") }
        return bytes[position]
    }
}
