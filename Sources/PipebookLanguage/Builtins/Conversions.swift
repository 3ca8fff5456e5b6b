import BigInt
import Foundation

/// `int(x)`, `float(x)` and the parsing behind them.
extension Interpreter {
    func toInt(_ x: Value) throws -> Value {
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if let i = Int(exactly: t) { return .int(i) }
            return .int(BigInt(t))
        case .object(let o):
            if o is PyBigInt { return x }
            if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = o.type.lookup(name) { return try callValue(bind(m, to: x), Arguments()) }
            }
            throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(o.type.name)'")
        case .none:
            throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
        }
    }

    /// `int(text, base)` as CPython reads it (Support/IntText.swift); the common case of a short
    /// plain decimal skips the full parser.
    func parseInt(_ text: String, base: Int) throws -> Value {
        if base == 10, let value = Self.plainDecimal(text) { return .int(value) }
        do {
            return .int(try parsePythonInt(text, base: base))
        } catch let e as FormatError {
            throw pythonError(e)
        }
    }

    /// The common case of `int(text)`: an optional sign and at most 18 ASCII digits, nothing
    /// else, which always fits a machine int. Anything else takes the full parser.
    /// Reads the bytes in place (a Substring's UTF-8 view costs an index check per byte).
    private static func plainDecimal(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var digits = bytes[...]
            let negative = digits.first == UInt8(ascii: "-")
            if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
            guard (1...18).contains(digits.count) else { return nil }
            var value = 0
            for byte in digits {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }
    }

    func toDouble(_ x: Value, parsing: Bool) throws -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt {
                let d = Double(b.value)
                if d.isInfinite { throw PyError.overflow("int too large to convert to float") }
                return d
            }
            if parsing, let s = o as? PyStr { return try parseFloat(s.value) }
            if let m = o.type.lookup("__float__") {
                let r = try callValue(bind(m, to: x), Arguments())
                guard case .float(let d) = r else { throw PyError.typeError("\(o.type.name).__float__ returned non-float (type \(r.typeName))") }
                return d
            }
            if let m = o.type.lookup("__index__") { return try toDouble(callValue(bind(m, to: x), Arguments()), parsing: false) }
            throw PyError.typeError("float() argument must be a string or a real number, not '\(o.type.name)'")
        case .none:
            throw PyError.typeError("float() argument must be a string or a real number, not 'NoneType'")
        }
    }

    func parseFloat(_ text: String) throws -> Double {
        do {
            return try parsePythonFloat(text)
        } catch let e as FormatError {
            throw pythonError(e)
        }
    }
}
