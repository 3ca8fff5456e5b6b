import BigInt

/// `float.hex` and `float.fromhex`: a float written exactly, as a hexadecimal significand
/// and a power of two ('0x1.8000000000000p+1').
extension BuiltinMethods {
    static func installFloatHex() {
        let float = BuiltinTypes.float
        float.method("hex") { _, args in
            try args.expect("hex", min: 1, max: 1)
            guard case .float(let d) = args[0] else { throw PyError.typeError("descriptor 'hex' requires a 'float' object") }
            return .str(hexText(d))
        }
        float.classMethod("fromhex") { _, args in
            try args.expect("fromhex", min: 2, max: 2)
            guard let text = args[1].stringValue else {
                throw PyError.typeError("bad argument type for built-in operation")
            }
            return .float(try parseHexFloat(text))
        }
    }

    private static func hexText(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let fraction = String(d.significandBitPattern, radix: 16).leftPadded(to: 13)
        // Subnormals keep the smallest exponent and a leading 0.
        let (lead, exponent) = d.isNormal ? ("1", Int(d.exponent)) : ("0", -1022)
        return "\(sign)0x\(lead).\(fraction)p\(exponent < 0 ? "-" : "+")\(exponent.magnitude)"
    }

    private static func parseHexFloat(_ text: String) throws -> Double {
        let invalid = PyError.valueError("invalid hexadecimal floating-point string")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let c = s.first, c == "+" || c == "-" {
            negative = c == "-"
            s = s.dropFirst()
        }
        switch s.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa = BigInt(0)
        var digits = 0, fractionDigits = 0
        var seenPoint = false
        while let c = s.first, c == "." || c.isHexDigit {
            s = s.dropFirst()
            if c == "." {
                if seenPoint { throw invalid }
                seenPoint = true
                continue
            }
            mantissa = mantissa << 4 + BigInt(c.hexDigitValue!)
            digits += 1
            if seenPoint { fractionDigits += 1 }
        }
        guard digits > 0 else { throw invalid }
        var exponent = BigInt(0)
        if let p = s.first, p == "p" || p == "P" {
            s = s.dropFirst()
            guard let parsed = BigInt(String(s)), s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") }) else {
                throw invalid
            }
            exponent = parsed
            s = ""
        }
        guard s.isEmpty else { throw invalid }
        guard let power = Int(exactly: exponent - BigInt(4 * fractionDigits)), abs(power) < 1 << 40 else {
            if mantissa.isZero || exponent < 0 { return negative ? -0.0 : 0.0 }
            throw PyError.overflow("hexadecimal value too large to represent as a float")
        }
        let value = try roundedToDouble(mantissa, timesTwoTo: power)
        return negative ? -value : value
    }

    /// mantissa × 2^power rounded once, ties to even, to the nearest double (subnormals
    /// included); OverflowError past the largest.
    private static func roundedToDouble(_ mantissa: BigInt, timesTwoTo power: Int) throws -> Double {
        if mantissa.isZero { return 0 }
        let length = mantissa.magnitude.bitWidth
        let top = length - 1 + power
        if top > 1024 { throw PyError.overflow("hexadecimal value too large to represent as a float") }
        // Below half the smallest subnormal, 2^-1075, everything rounds to zero.
        if top < -1076 { return 0 }
        // Bits of precision the result has at this magnitude: 53 for normal numbers, fewer below.
        let precision = top >= -1022 ? 53 : 53 - (-1022 - top)
        var kept = mantissa, scale = power
        let shift = length - precision
        if shift > 0 {
            let half = BigInt(1) << (shift - 1)
            let remainder = mantissa & ((BigInt(1) << shift) - 1)
            kept = mantissa >> shift
            if remainder > half || (remainder == half && kept & 1 == 1) { kept += 1 }
            scale += shift
        }
        let result = Double(sign: .plus, exponent: scale, significand: Double(UInt64(kept)))
        guard result.isFinite else { throw PyError.overflow("hexadecimal value too large to represent as a float") }
        return result
    }
}
