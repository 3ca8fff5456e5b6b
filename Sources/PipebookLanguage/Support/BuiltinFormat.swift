import BigInt

// `format(value, spec)` for int, float and str: CPython's formatter_unicode.c.

/// `format(value, spec)` for an int: types b c d o x X n, none (as d), and e E f F g G %,
/// which format the int converted to float, as CPython does.
///
/// `typeName` is the value's Python type for error messages ("int", or a subclass such as
/// "bool"). An empty spec gives the decimal digits; for a subclass with its own `__str__`
/// (bool's "True") the caller uses `str()` instead, as CPython does. `maxStrDigits` is
/// `sys.get_int_max_str_digits()`.
public func formatInt(_ value: BigInt, spec: String, typeName: String = "int",
                      maxStrDigits: Int = pythonDefaultIntMaxStrDigits) throws -> String {
    if spec.isEmpty { return try pythonIntDecimalString(value, maxStrDigits: maxStrDigits) }
    let format = try FormatSpec(spec, typeName: typeName)
    let groupSize = try format.groupSize(defaultType: "d")
    switch format.type ?? "d" {
    case "b", "c", "d", "o", "x", "X", "n":
        return try formatIntegral(value, format, groupSize: groupSize, maxStrDigits: maxStrDigits)
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatFloatingPoint(try pythonIntToDouble(value), format, groupSize: groupSize)
    case let code:
        throw FormatSpec.unknownCodeError(code, typeName: typeName)
    }
}

/// `format(value, spec)` for a float: types e E f F g G n % and none. With no type, a
/// precision makes it 'g' that keeps at least one digit after the point (`format(1.0, '.3')`
/// is "1.0"), and no precision makes it `repr`. An empty spec is `str(value)`.
public func formatFloat(_ value: Double, spec: String, typeName: String = "float") throws -> String {
    if spec.isEmpty { return pythonFloatRepr(value) }
    let format = try FormatSpec(spec, typeName: typeName)
    let groupSize = try format.groupSize(defaultType: nil)
    switch format.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatFloatingPoint(value, format, groupSize: groupSize)
    case let code?:
        throw FormatSpec.unknownCodeError(code, typeName: typeName)
    }
}

/// `format(value, spec)` for a str: type s or none, fill, alignment, width, and a precision
/// that truncates. Widths count code points, as Python's `len` does.
public func formatString(_ value: String, spec: String, typeName: String = "str") throws -> String {
    if spec.isEmpty { return value }
    let format = try FormatSpec(spec, typeName: typeName)
    _ = try format.groupSize(defaultType: "s")
    if let code = format.type, code != "s" {
        throw FormatSpec.unknownCodeError(code, typeName: typeName)
    }
    if let sign = format.sign {
        throw FormatError(sign == .space ? "Space not allowed in string format specifier"
                                         : "Sign not allowed in string format specifier")
    }
    if format.coercesNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if format.alternate {
        throw FormatError("Alternate form (#) not allowed in string format specifier")
    }
    let (fill, alignment) = format.resolvedFillAndAlignment(defaultAlignment: .left)
    if alignment == .afterSign {
        throw FormatError("'=' alignment not allowed in string format specifier")
    }
    var scalars = Substring(value).unicodeScalars
    if let precision = format.precision, scalars.count > precision {
        scalars = scalars.prefix(precision)
    }
    let padding = max(0, (format.width ?? 0) - scalars.count)
    let left = alignment == .right ? padding : alignment == .center ? padding / 2 : 0
    return repeated(fill, left) + String(scalars) + repeated(fill, padding - left)
}

private func formatIntegral(_ value: BigInt, _ format: FormatSpec, groupSize: Int?,
                            maxStrDigits: Int) throws -> String {
    if format.precision != nil {
        throw FormatError("Precision not allowed in integer format specifier")
    }
    if format.coercesNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let type = format.type ?? "d"
    if type == "c" {
        if format.sign != nil {
            throw FormatError("Sign not allowed with integer format specifier 'c'")
        }
        if format.alternate {
            throw FormatError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        let character = try characterForCode(value)
        return layOutNumber(NumberParts(negative: false, prefix: "", digits: "", hasDecimalPoint: false,
                                        remainder: String(character)),
                            format, groupSize: nil)
    }
    let radix: Int
    let prefix: String
    switch type {
    case "b": (radix, prefix) = (2, "0b")
    case "o": (radix, prefix) = (8, "0o")
    case "x": (radix, prefix) = (16, "0x")
    case "X": (radix, prefix) = (16, "0X")
    default: (radix, prefix) = (10, "")
    }
    let magnitude = BigInt(value.magnitude)
    var digits = radix == 10 ? try pythonIntDecimalString(magnitude, maxStrDigits: maxStrDigits)
                             : pythonIntString(magnitude, radix: radix)
    if type == "X" { digits = digits.uppercased() }
    return layOutNumber(NumberParts(negative: value.sign == .minus, prefix: format.alternate ? prefix : "",
                                    digits: digits, hasDecimalPoint: false, remainder: ""),
                        format, groupSize: groupSize)
}

/// The character `format(n, 'c')` and `'%c' % n` print, with CPython's errors.
func characterForCode(_ value: BigInt) throws -> Unicode.Scalar {
    guard let code = Int(exactly: value) else {
        throw FormatError("Python int too large to convert to C long", kind: .overflowError)
    }
    guard (0...0x10FFFF).contains(code) else {
        throw FormatError("%c arg not in range(0x110000)", kind: .overflowError)
    }
    guard let scalar = Unicode.Scalar(UInt32(code)) else {
        // Python strs may hold lone surrogates; Swift strings cannot.
        throw FormatError("surrogate characters are not supported")
    }
    return scalar
}

private func formatFloatingPoint(_ value: Double, _ format: FormatSpec, groupSize: Int?) throws -> String {
    if let precision = format.precision, precision > Int(Int32.max) {
        throw FormatError("precision too big")
    }
    var code = format.type.map(Character.init) ?? "r"
    var precision = format.precision ?? -1
    var value = value
    if code == "n" { code = "g" }
    if code == "%" {
        code = "f"
        value *= 100
    }
    if precision < 0 {
        precision = code == "r" ? 0 : 6
    } else if code == "r" {
        code = "g"
    }
    var text = pythonDoubleToString(value, code: code, precision: precision, addDotZero: format.type == nil,
                                    alternate: format.alternate, noNegativeZero: format.coercesNegativeZero)
    if format.type == "%" { text += "%" }

    let negative = text.hasPrefix("-")
    let unsigned = negative ? text.dropFirst() : Substring(text)
    let digits = unsigned.prefix { $0.isASCII && $0.isNumber }
    var rest = unsigned[digits.endIndex...]
    let hasDecimalPoint = rest.first == "."
    if hasDecimalPoint { rest = rest.dropFirst() }
    return layOutNumber(NumberParts(negative: negative, prefix: "", digits: String(digits),
                                    hasDecimalPoint: hasDecimalPoint, remainder: String(rest)),
                        format, groupSize: groupSize)
}

/// A number taken apart as CPython's calc_number_widths sees it: only `digits` get grouping
/// separators and zero padding; the remainder is what follows the point (fraction, exponent,
/// "%", or all of "inf").
private struct NumberParts {
    var negative: Bool
    var prefix: String
    var digits: String
    var hasDecimalPoint: Bool
    var remainder: String
}

/// CPython's calc_number_widths and fill_number: sign, prefix, padding, grouping.
private func layOutNumber(_ parts: NumberParts, _ format: FormatSpec, groupSize: Int?) -> String {
    let (fill, alignment) = format.resolvedFillAndAlignment(defaultAlignment: .right)
    let sign: String
    switch format.sign {
    case .plus?: sign = parts.negative ? "-" : "+"
    case .space?: sign = parts.negative ? "-" : " "
    case .minus?, nil: sign = parts.negative ? "-" : ""
    }
    let width = format.width ?? -1
    let nonDigitCount = sign.count + parts.prefix.count + (parts.hasDecimalPoint ? 1 : 0)
        + parts.remainder.unicodeScalars.count
    // Zero padding with '=' happens inside the digits, so that grouping separators are
    // inserted into the padding too: format(1234, '010,') is '00,001,234'.
    let zeroPadWidth = fill == "0" && alignment == .afterSign ? width - nonDigitCount : 0
    let separator: UInt8 = format.grouping == .underscore ? UInt8(ascii: "_") : UInt8(ascii: ",")
    let grouped = parts.digits.isEmpty ? ""
        : groupDigits(Array(parts.digits.utf8), minimumWidth: zeroPadWidth,
                      groupSize: groupSize, separator: separator)
    let padding = max(0, width - nonDigitCount - grouped.utf8.count)
    var (left, inner, right) = (0, 0, 0)
    switch alignment {
    case .left: right = padding
    case .right: left = padding
    case .center: (left, right) = (padding / 2, padding - padding / 2)
    case .afterSign: inner = padding
    }
    return repeated(fill, left) + sign + parts.prefix + repeated(fill, inner) + grouped
        + (parts.hasDecimalPoint ? "." : "") + parts.remainder + repeated(fill, right)
}

/// CPython's _PyUnicode_InsertThousandsGrouping: separators every `groupSize` digits from the
/// right (none if nil), the digits first padded with zeros, and separators between those,
/// until the result is at least `minimumWidth` long. A separator is never put first.
private func groupDigits(_ digits: [UInt8], minimumWidth: Int, groupSize: Int?, separator: UInt8) -> String {
    var output = [UInt8]()  // built from the right, reversed at the end
    var remaining = digits.count
    var minimumWidth = max(0, minimumWidth)
    var useSeparator = false
    func emit(_ length: Int) {
        if useSeparator { output.append(separator) }
        let taken = max(0, min(remaining, length))
        output += digits[(remaining - taken)..<remaining].reversed()
        output += repeatElement(UInt8(ascii: "0"), count: max(0, length - remaining))
        remaining -= taken
        minimumWidth -= length
        useSeparator = true
    }
    if let groupSize {
        while true {
            emit(min(groupSize, max(remaining, minimumWidth, 1)))
            if remaining <= 0 && minimumWidth <= 0 { break }
            minimumWidth -= 1  // the separator that will come next
        }
    } else {
        emit(max(remaining, minimumWidth, 1))
    }
    return String(decoding: output.reversed(), as: UTF8.self)
}

private func repeated(_ fill: Unicode.Scalar, _ count: Int) -> String {
    count > 0 ? String(String.UnicodeScalarView(repeatElement(fill, count: count))) : ""
}

extension FormatSpec {
    /// The fill and alignment in effect for an object whose default alignment is
    /// `defaultAlignment` (right for numbers, left for str): the `0` flag pads with zeros,
    /// and for numbers without an explicit alignment also puts the padding after the sign.
    func resolvedFillAndAlignment(defaultAlignment: Alignment) -> (Unicode.Scalar, Alignment) {
        let fill = self.fill ?? (zeroPadding ? "0" : " ")
        if let alignment { return (fill, alignment) }
        return (fill, zeroPadding && defaultAlignment == .right ? .afterSign : defaultAlignment)
    }
}
