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

    func parseInt(_ text: String, base: Int) throws -> Value {
        guard base == 0 || (2...36).contains(base) else { throw PyError.valueError("int() base must be >= 2 and <= 36, or 0") }
        if base == 10, let value = Self.plainDecimal(text) { return .int(value) }
        let invalid = PyError.valueError("invalid literal for int() with base \(base): \(Self.quote(text))")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var radix = base
        let lower = s.lowercased()
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == r || base == 0) {
            radix = r
            s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
            break
        }
        if radix == 0 {
            radix = 10
            if s.count > 1 && s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        // Underscores may only separate digits.
        if s.isEmpty || s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw invalid }
        let digits = s.replacingOccurrences(of: "_", with: "")
        // BigInt's parser traps on characters outside the radix, so check them first.
        guard digits.unicodeScalars.allSatisfy({ $0.isASCII && Int(String($0), radix: radix) != nil }),
              let magnitude = Self.parseDigits(digits, radix: radix) else { throw invalid }
        return .int(negative ? -magnitude : magnitude)
    }

    /// The common case of `int(text)`: an optional sign and at most 18 ASCII digits, nothing
    /// else, which always fits a machine int. Anything else takes the full parser.
    private static func plainDecimal(_ text: String) -> Int? {
        var utf8 = text.utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        guard (1...18).contains(utf8.count) else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// Digits already checked for the radix. (BigInt's own parser refuses base 36.)
    private static func parseDigits(_ digits: String, radix: Int) -> BigInt? {
        if radix < 36 { return BigInt(digits, radix: radix) }
        var value = BigInt(0)
        for c in digits { value = value * BigInt(radix) + BigInt(Int(String(c), radix: radix)!) }
        return value
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
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let invalid = PyError.valueError("could not convert string to float: \(Self.quote(text))")
        var body = Substring(s)
        var sign = 1.0
        if body.first == "-" || body.first == "+" {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        if body.isEmpty || body.hasPrefix("_") || body.hasSuffix("_") || body.contains("__") { throw invalid }
        let cleaned = body.replacingOccurrences(of: "_", with: "")
        guard cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "eE.+-".contains($0)) }), let d = Double(cleaned) else { throw invalid }
        return sign * d
    }
}
