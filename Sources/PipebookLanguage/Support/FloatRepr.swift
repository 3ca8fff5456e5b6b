#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `repr(x)` (and `str(x)`) of a Python float, exactly as CPython prints it: the shortest
/// digits that read back as `x`, in positional notation while the decimal exponent is
/// between -4 and 15 ("0.0001", "123456789012345.0") and in scientific notation outside it
/// ("1e-05", "1e+16", "1.5e+300"); "inf", "-inf", "nan", "-0.0".
public func pythonFloatRepr(_ x: Double) -> String {
    pythonDoubleToString(x, code: "r", precision: 0, addDotZero: true)
}

/// CPython's `PyOS_double_to_string`: the one routine behind `repr(float)`, `format(float, spec)`
/// and `%`-formatting of floats.
///
/// - `code`: "e", "E", "f", "F", "g", "G", or "r" (shortest round-trip digits; `precision` unused).
/// - `addDotZero`: give integral values a ".0" (repr, and `format` without a type).
/// - `alternate`: the `#` flag: keep the decimal point and, for "g", trailing zeros.
/// - `noNegativeZero`: the `z` flag: print a value that rounds to zero without its minus sign.
///
/// Never prints a "+": callers add signs themselves, as CPython's callers do.
func pythonDoubleToString(_ x: Double, code: Character, precision: Int, addDotZero: Bool = false,
                          alternate: Bool = false, noNegativeZero: Bool = false) -> String {
    let uppercase = code == "E" || code == "F" || code == "G"
    if x.isNaN { return uppercase ? "NAN" : "nan" }
    let minus = x.sign == .minus ? "-" : ""
    if x.isInfinite { return minus + (uppercase ? "INF" : "inf") }

    var precision = precision
    let mode: DigitMode
    switch code {
    case "e", "E":
        // 'e' counts digits after the point; the digit generator counts significant digits.
        precision += 1
        mode = .significant(precision)
    case "f", "F":
        mode = .fractional(precision)
    case "g", "G":
        precision = max(precision, 1)
        mode = .significant(precision)
    default:
        mode = .shortest
    }
    let (digits, pointPosition) = decimalDigits(of: x.magnitude, mode: mode)
    let sign = noNegativeZero && digits == [UInt8(ascii: "0")] ? "" : minus

    // What follows is CPython's format_float_short. Think of `digits` as padded with zeros on
    // both sides without end; the output is the slice [visibleStart, visibleEnd) of that, with
    // the point placed `decimalPoint` places from the start of `digits`.
    var decimalPoint = pointPosition
    var visibleEnd = digits.count
    var useExponent = false
    switch code {
    case "e", "E":
        useExponent = true
        visibleEnd = precision
    case "f", "F":
        visibleEnd = decimalPoint + precision
    case "g", "G":
        useExponent = decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision)
        if alternate { visibleEnd = precision }
    default:
        // Switching at 1e16 rather than 1e17 keeps a 16-digit shortest repr from being padded
        // with misleading zeros.
        useExponent = decimalPoint <= -4 || decimalPoint > 16
    }
    var exponent = 0
    if useExponent {
        exponent = decimalPoint - 1
        decimalPoint = 1
    }
    let visibleStart = decimalPoint <= 0 ? decimalPoint - 1 : 0
    visibleEnd = max(visibleEnd, !useExponent && addDotZero ? decimalPoint + 1 : decimalPoint)

    var text = [UInt8]()
    text.reserveCapacity(visibleEnd - visibleStart + 8)
    let zero = UInt8(ascii: "0"), point = UInt8(ascii: ".")
    if decimalPoint <= 0 {
        text += repeatElement(zero, count: decimalPoint - visibleStart)
        text.append(point)
        text += repeatElement(zero, count: -decimalPoint)
        text += digits
    } else if decimalPoint <= digits.count {
        text += digits[..<decimalPoint]
        text.append(point)
        text += digits[decimalPoint...]
    } else {
        text += digits
    }
    if digits.count < decimalPoint {
        text += repeatElement(zero, count: decimalPoint - digits.count)
        text.append(point)
        text += repeatElement(zero, count: visibleEnd - decimalPoint)
    } else {
        text += repeatElement(zero, count: visibleEnd - digits.count)
    }
    if text.last == point && !alternate { text.removeLast() }

    var result = sign + String(decoding: text, as: UTF8.self)
    if useExponent {
        let magnitude = String(exponent.magnitude)
        result += (uppercase ? "E" : "e") + (exponent < 0 ? "-" : "+")
            + (magnitude.count < 2 ? "0" : "") + magnitude
    }
    return result
}

/// Which digits of a double to produce, as the modes of David Gay's dtoa that CPython uses.
private enum DigitMode {
    /// The shortest digits that round-trip (mode 0).
    case shortest
    /// This many significant digits, correctly rounded (mode 2).
    case significant(Int)
    /// This many digits after the decimal point, correctly rounded (mode 3).
    case fractional(Int)
}

/// The decimal digits of a finite, non-negative `x` as dtoa gives them: ASCII digits without
/// leading or trailing zeros ("0" alone for zero), and the position of the decimal point
/// relative to their start, so that x ≈ 0.DIGITS × 10^decimalPoint.
private func decimalDigits(of x: Double, mode: DigitMode) -> (digits: [UInt8], decimalPoint: Int) {
    // Swift's description is already the shortest round-trip form; printf is correctly rounded
    // (half to even on the exact binary value), as dtoa is. Only their layouts need undoing.
    let text: String
    switch mode {
    case .shortest: text = x.description
    case .significant(let count): text = cFormat("e", precision: count - 1, x)
    case .fractional(let count): text = cFormat("f", precision: count, x)
    }
    var digits = [UInt8]()
    var decimalPoint = 0
    var exponent = 0
    var seenPoint = false
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: ".") {
            seenPoint = true
        } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            exponent = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self))!
            break
        } else {
            digits.append(byte)
            if !seenPoint { decimalPoint += 1 }
        }
        index += 1
    }
    decimalPoint += exponent
    let firstNonZero = digits.firstIndex { $0 != UInt8(ascii: "0") }
    guard let first = firstNonZero else { return ([UInt8(ascii: "0")], 1) }
    let last = digits.lastIndex { $0 != UInt8(ascii: "0") }!
    return (Array(digits[first...last]), decimalPoint - first)
}

/// `snprintf` with one precision and one double, e.g. "%.*e".
private func cFormat(_ conversion: String, precision: Int, _ x: Double) -> String {
    let format = "%.*" + conversion
    let cPrecision = Int32(clamping: precision)
    let length = withVaList([cPrecision, x]) { vsnprintf(nil, 0, format, $0) }
    var buffer = [CChar](repeating: 0, count: Int(length) + 1)
    _ = buffer.withUnsafeMutableBufferPointer { output in
        withVaList([cPrecision, x]) { vsnprintf(output.baseAddress, output.count, format, $0) }
    }
    return String(cString: buffer)
}
