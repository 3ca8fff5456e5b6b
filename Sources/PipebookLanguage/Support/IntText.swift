import BigInt

/// CPython's default for `sys.get_int_max_str_digits()`: converting an int to or from
/// decimal text with more digits than this raises ValueError. 0 means no limit.
public let pythonDefaultIntMaxStrDigits = 4300

/// The digits of `value` in `radix` (2...36): lowercase, a "-" for negatives, no prefix.
/// No digit limit applies (CPython limits only decimal conversions, see
/// `pythonIntDecimalString`).
public func pythonIntString(_ value: BigInt, radix: Int) -> String {
    precondition((2...36).contains(radix), "radix must be in 2...36")
    if let small = Int(exactly: value) { return String(small, radix: radix) }
    return String(value, radix: radix)
}

/// `str(value)`, refusing as CPython does when the result would have more than
/// `maxStrDigits` digits (0: no limit). The error is a ValueError.
public func pythonIntDecimalString(_ value: BigInt,
                                   maxStrDigits: Int = pythonDefaultIntMaxStrDigits) throws -> String {
    if let small = Int(exactly: value) { return String(small) }
    let limitError = FormatError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit")
    // A value of b bits has more than (b - 1)·log10(2) digits; refusing on that bound first
    // spares a quadratic conversion of a huge number only to throw its digits away.
    if maxStrDigits > 0 && Double(value.magnitude.bitWidth - 1) * 0.30103 > Double(maxStrDigits) + 1 {
        throw limitError
    }
    let text = String(value)
    let digitCount = text.utf8.count - (value.sign == .minus ? 1 : 0)
    if maxStrDigits > 0 && digitCount > maxStrDigits { throw limitError }
    return text
}

/// `int(text, base)` for a str argument, exactly as CPython: surrounding whitespace, a sign,
/// a 0x/0o/0b prefix matching the base (base 0 reads it to choose the base, and refuses
/// other leading zeros unless the value is zero), single underscores between digits, and
/// any Unicode decimal digits.
///
/// Throws ValueError: "invalid literal for int() with base 10: 'abc'", the digit limit of
/// `maxStrDigits` for bases that are not powers of two (0: no limit), or a bad base.
public func parsePythonInt(_ text: String, base: Int = 10,
                           maxStrDigits: Int = pythonDefaultIntMaxStrDigits) throws -> BigInt {
    guard base == 0 || (2...36).contains(base) else {
        throw FormatError("int() base must be >= 2 and <= 36, or 0")
    }
    func invalid() -> FormatError {
        // CPython quotes at most 200 characters of the repr.
        let quoted = String(String.UnicodeScalarView(pythonStringRepr(text).unicodeScalars.prefix(200)))
        return FormatError("invalid literal for int() with base \(base): \(quoted)")
    }
    let chars = asciiNumberText(text)
    var position = 0
    func at(_ index: Int) -> UInt8 { index < chars.count ? chars[index] : 0 }

    while isCSpace(at(position)) { position += 1 }
    let negative = at(position) == UInt8(ascii: "-")
    if negative || at(position) == UInt8(ascii: "+") { position += 1 }

    var radix = base
    var refuseNonzero = false
    if base == 0 {
        if at(position) != UInt8(ascii: "0") {
            radix = 10
        } else {
            switch at(position + 1) | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default:
                // Digits after a leading 0 would make an old C-style octal literal: only
                // zero ("00", "0_0") is allowed.
                refuseNonzero = true
                radix = 10
            }
        }
    }
    if at(position) == UInt8(ascii: "0") {
        let marker = at(position + 1) | 0x20
        if (radix == 16 && marker == UInt8(ascii: "x")) || (radix == 8 && marker == UInt8(ascii: "o"))
            || (radix == 2 && marker == UInt8(ascii: "b")) {
            position += 2
            if at(position) == UInt8(ascii: "_") { position += 1 }
        }
    }
    if at(position) == UInt8(ascii: "_") { throw invalid() }

    var digits = [UInt8]()
    var previous: UInt8 = 0
    while true {
        let char = at(position)
        if let digit = digitValue(char), digit < radix {
            digits.append(UInt8(digit))
        } else if char == UInt8(ascii: "_") {
            if previous == char { throw invalid() }
        } else {
            break
        }
        previous = char
        position += 1
    }
    if previous == UInt8(ascii: "_") { throw invalid() }
    let isPowerOfTwo = radix & (radix - 1) == 0
    if !isPowerOfTwo && maxStrDigits > 0 && digits.count > maxStrDigits {
        throw FormatError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: "
            + "value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    if digits.isEmpty { throw invalid() }
    let magnitude = isPowerOfTwo ? packBits(digits, base: radix) : accumulate(digits, base: radix)
    if refuseNonzero && !magnitude.isZero { throw invalid() }
    while isCSpace(at(position)) { position += 1 }
    if position != chars.count { throw invalid() }
    return negative ? -BigInt(magnitude) : BigInt(magnitude)
}

/// The text CPython's int() and float() actually parse: ASCII as it is, any Unicode white
/// space as " ", any Unicode decimal digit as its ASCII digit. A character that is none of
/// these cannot be part of a number; the text is cut after it, with "?" in its place.
func asciiNumberText(_ text: String) -> [UInt8] {
    var result = [UInt8]()
    result.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
        if scalar.value < 127 {
            result.append(UInt8(scalar.value))
        } else if isPythonWhitespace(scalar) {
            result.append(UInt8(ascii: " "))
        } else if let digit = decimalDigitValue(scalar) {
            result.append(UInt8(ascii: "0") + UInt8(digit))
        } else {
            result.append(UInt8(ascii: "?"))
            break
        }
    }
    return result
}

/// C's isspace in the C locale, which is what CPython's number parsers skip.
func isCSpace(_ char: UInt8) -> Bool {
    char == 0x20 || (0x09...0x0D).contains(char)
}

/// Python's `str.isspace()` for one character.
func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// A digit's value in bases up to 36, letters in either case.
private func digitValue(_ char: UInt8) -> Int? {
    switch char {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(char - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(char - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(char - UInt8(ascii: "A")) + 10
    default: return nil
    }
}

/// Digits in a power-of-two base, packed straight into words: linear in the length, which
/// matters because CPython sets no digit limit for these bases.
private func packBits(_ digits: [UInt8], base: Int) -> BigUInt {
    let bitsPerDigit = base.trailingZeroBitCount
    var words = [UInt](repeating: 0, count: (digits.count * bitsPerDigit) / UInt.bitWidth + 1)
    var bit = 0
    for digit in digits.reversed() {
        let word = bit / UInt.bitWidth, offset = bit % UInt.bitWidth
        words[word] |= UInt(digit) << offset
        if offset + bitsPerDigit > UInt.bitWidth {
            words[word + 1] |= UInt(digit) >> (UInt.bitWidth - offset)
        }
        bit += bitsPerDigit
    }
    return BigUInt(words: words)
}

/// Digits in any base, taken a machine word's worth at a time.
private func accumulate(_ digits: [UInt8], base: Int) -> BigUInt {
    var chunkLength = 1
    var chunkScale = base
    while chunkScale.multipliedReportingOverflow(by: base).overflow == false {
        chunkScale *= base
        chunkLength += 1
    }
    var result = BigUInt(0)
    var index = 0
    while index < digits.count {
        let end = min(index + chunkLength, digits.count)
        var chunk = 0
        var scale = 1
        for digit in digits[index..<end] {
            chunk = chunk * base + Int(digit)
            scale *= base
        }
        result = result * BigUInt(scale) + BigUInt(chunk)
        index = end
    }
    return result
}
