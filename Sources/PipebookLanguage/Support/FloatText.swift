/// `float(text)` for a str argument, exactly as CPython: surrounding whitespace, a sign,
/// decimal digits with an optional point and exponent, single underscores between digits,
/// any Unicode decimal digits, and "inf", "infinity" and "nan" in any case. Values too large
/// become ±inf and values too small ±0.0, as in CPython.
///
/// Throws ValueError "could not convert string to float: 'abc'".
public func parsePythonFloat(_ text: String) throws -> Double {
    let invalid = { FormatError("could not convert string to float: \(pythonStringRepr(text))") }
    var chars = asciiNumberText(text)
    if chars.contains(UInt8(ascii: "_")) {
        guard let withoutUnderscores = removingDigitSeparators(chars) else { throw invalid() }
        chars = withoutUnderscores
    }
    var start = 0, end = chars.count
    while start < end && isCSpace(chars[start]) { start += 1 }
    while end > start && isCSpace(chars[end - 1]) { end -= 1 }
    let body = chars[start..<end]
    if let length = decimalPrefixLength(body), length == body.count {
        // The text is now plain [sign]digits[.digits][e[sign]digits], which Swift reads
        // correctly rounded, overflowing to inf and underflowing to zero as CPython does.
        return Double(String(decoding: body, as: UTF8.self))!
    }
    if let special = infinityOrNaN(body) { return special }
    throw invalid()
}

/// The text without its underscores, or nil if one of them is not between two digits.
private func removingDigitSeparators(_ chars: [UInt8]) -> [UInt8]? {
    func isDigit(_ char: UInt8) -> Bool { char >= UInt8(ascii: "0") && char <= UInt8(ascii: "9") }
    var result = [UInt8]()
    var previous: UInt8 = 0
    for char in chars {
        if char == UInt8(ascii: "_") {
            if !isDigit(previous) { return nil }
        } else {
            if previous == UInt8(ascii: "_") && !isDigit(char) { return nil }
            result.append(char)
        }
        previous = char
    }
    return previous == UInt8(ascii: "_") ? nil : result
}

/// How much of `chars` a decimal number takes from its start: a sign, digits with at most one
/// point and at least one digit, then an exponent if one follows complete. Nil if none.
private func decimalPrefixLength(_ chars: ArraySlice<UInt8>) -> Int? {
    var index = chars.startIndex
    func digitRun() -> Int {
        let first = index
        while index < chars.endIndex && chars[index] >= UInt8(ascii: "0") && chars[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - first
    }
    func skipSign() {
        if index < chars.endIndex && (chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-")) {
            index += 1
        }
    }
    skipSign()
    var digitCount = digitRun()
    if index < chars.endIndex && chars[index] == UInt8(ascii: ".") {
        index += 1
        digitCount += digitRun()
    }
    if digitCount == 0 { return nil }
    let mantissaEnd = index
    if index < chars.endIndex && (chars[index] | 0x20) == UInt8(ascii: "e") {
        index += 1
        skipSign()
        if digitRun() == 0 { index = mantissaEnd }
    }
    return index - chars.startIndex
}

/// "inf", "infinity" or "nan" in any case, with an optional sign, and nothing else.
private func infinityOrNaN(_ chars: ArraySlice<UInt8>) -> Double? {
    var word = String(decoding: chars, as: UTF8.self).lowercased()
    var negative = false
    if let sign = word.first, sign == "+" || sign == "-" {
        negative = sign == "-"
        word.removeFirst()
    }
    switch word {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return negative ? -.nan : .nan
    default: return nil
    }
}
