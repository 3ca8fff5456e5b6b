import BigInt

// printf-style formatting, `format % args` for a str format, as CPython's PyUnicode_Format.
// The format is taken apart once (`PercentFormat`); `percentFormat` then walks it, fetching
// arguments in CPython's order so that errors come out in CPython's order too.

/// A `%` format string taken apart.
public struct PercentFormat: Equatable, Sendable {
    public enum Segment: Equatable, Sendable {
        /// Text copied as it is, with "%%" already turned into "%".
        case literal(String)
        case conversion(PercentConversion)
    }

    /// A conversion CPython cannot parse, which ends the format. CPython reports it only once
    /// it reaches it, after formatting everything before it, and after fetching what the
    /// malformed conversion had asked for so far: its mapping key and its `*` arguments.
    public struct Failure: Equatable, Sendable {
        /// The conversion opened a mapping key: "format requires a mapping" takes precedence.
        public var opensMappingKey: Bool
        /// A complete mapping key, looked up before the error.
        public var mappingKey: String?
        /// The width and precision read before the error: a `*` among them was fetched.
        public var width: PercentConversion.Count
        public var precision: PercentConversion.Count
        public var error: FormatError
    }

    public let segments: [Segment]
    public let failure: Failure?

    /// Takes `format` apart. Never throws: a malformed conversion becomes `failure`.
    public init(_ format: String) {
        var parser = PercentParser(Array(format.unicodeScalars))
        (segments, failure) = parser.parse()
    }
}

/// One `%` conversion: `%[(key)][flags][width][.precision][length]type`.
public struct PercentConversion: Equatable, Sendable {
    public struct Flags: OptionSet, Equatable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `-`
        public static let leftAdjust = Flags(rawValue: 1)
        /// `+`
        public static let sign = Flags(rawValue: 2)
        /// ` `
        public static let blank = Flags(rawValue: 4)
        /// `#`
        public static let alternate = Flags(rawValue: 8)
        /// `0`
        public static let zeroPad = Flags(rawValue: 16)
    }

    /// A width or precision.
    public enum Count: Equatable, Sendable {
        case none
        case number(Int)
        /// `*`: taken from the next argument.
        case star
    }

    public var mappingKey: String?
    public var flags: Flags
    public var width: Count
    public var precision: Count
    /// The conversion type, such as "s" or "d"; possibly one CPython does not support, which
    /// it reports only after fetching the argument (see `argumentKind`).
    public var type: Character
    /// Where `type` is in the format, in code points, for CPython's error message.
    public var typeIndex: Int

    /// What the argument must be turned into before `format` is called, or nil when `type`
    /// is not a conversion type.
    public enum ArgumentKind: Sendable {
        /// `str()` for %s, `repr()` for %r, `ascii()` for %a, passed as `.text`.
        case str, repr, ascii
        /// An int for %d %i %u (CPython takes `int()` of other numbers) and %o %x %X (CPython
        /// takes `__index__`), passed as `.integer`.
        case integer
        /// A float for %e %E %f %F %g %G, passed as `.floating`.
        case floating
        /// An int or a one-character str for %c.
        case character
    }

    public var argumentKind: ArgumentKind? {
        switch type {
        case "s": return .str
        case "r": return .repr
        case "a": return .ascii
        case "d", "i", "u", "o", "x", "X": return .integer
        case "e", "E", "f", "F", "g", "G": return .floating
        case "c": return .character
        default: return nil
        }
    }

    /// CPython's error for a `type` that is not a conversion type.
    public var unsupportedTypeError: FormatError {
        let value = type.unicodeScalars.first!.value
        let shown = (31...126).contains(value) ? String(type) : "?"
        return FormatError("unsupported format character '\(shown)' (0x\(String(value, radix: 16))) at index \(typeIndex)")
    }

    /// Formats one argument.
    ///
    /// `starWidth` and `starPrecision` are the values of the `*` arguments, if the width or
    /// precision is `*`: a negative width left-adjusts, a negative precision counts as 0.
    /// Arguments of the wrong kind are converted where CPython would convert them (an int for
    /// %f, a float for %d) and otherwise refused with CPython's TypeError.
    public func format(_ argument: PercentArgument, starWidth: Int? = nil, starPrecision: Int? = nil,
                       maxStrDigits: Int = pythonDefaultIntMaxStrDigits) throws -> String {
        var flags = self.flags
        var width = -1
        switch self.width {
        case .number(let number): width = number
        case .star:
            let star = starWidth ?? 0
            if star < 0 { flags.insert(.leftAdjust) }
            width = star == Int.min ? Int.max : abs(star)
        case .none: break
        }
        var precision = -1
        switch self.precision {
        case .number(let number): precision = number
        case .star: precision = max(0, starPrecision ?? 0)
        case .none: break
        }

        let text: String
        var isNumber = false
        switch argumentKind {
        case .str?, .repr?, .ascii?:
            switch argument {
            case .text(let string): text = string
            case .integer(let integer): text = try pythonIntDecimalString(integer, maxStrDigits: maxStrDigits)
            case .floating(let double): text = pythonFloatRepr(double)
            }
        case .integer?:
            text = try formatInteger(try integerValue(of: argument), alternate: flags.contains(.alternate),
                                     precision: precision, maxStrDigits: maxStrDigits)
            isNumber = true
        case .floating?:
            text = pythonDoubleToString(try floatValue(of: argument), code: type,
                                        precision: precision < 0 ? 6 : precision,
                                        alternate: flags.contains(.alternate))
            isNumber = true
        case .character?:
            text = String(try character(of: argument))
        case nil:
            throw unsupportedTypeError
        }
        return pad(text, isNumber: isNumber, flags: flags, width: width, precision: precision)
    }

    private func integerValue(of argument: PercentArgument) throws -> BigInt {
        switch argument {
        case .integer(let integer):
            return integer
        case .floating(let double) where type == "d" || type == "i" || type == "u":
            if double.isNaN { throw FormatError("cannot convert float NaN to integer") }
            if double.isInfinite {
                throw FormatError("cannot convert float infinity to integer", kind: .overflowError)
            }
            return BigInt(double.rounded(.towardZero))
        case .floating, .text:
            let required = type == "o" || type == "x" || type == "X" ? "an integer" : "a real number"
            throw FormatError("%\(type) format: \(required) is required, not \(argument.pythonTypeName)",
                              kind: .typeError)
        }
    }

    private func floatValue(of argument: PercentArgument) throws -> Double {
        switch argument {
        case .floating(let double): return double
        case .integer(let integer): return try pythonIntToDouble(integer)
        case .text: throw FormatError("must be real number, not str", kind: .typeError)
        }
    }

    private func character(of argument: PercentArgument) throws -> Unicode.Scalar {
        switch argument {
        case .integer(let integer):
            guard let code = Int(exactly: integer), (0...0x10FFFF).contains(code) else {
                throw FormatError("%c arg not in range(0x110000)", kind: .overflowError)
            }
            return try characterForCode(BigInt(code))
        case .text(let string) where string.unicodeScalars.count == 1:
            return string.unicodeScalars.first!
        case .text, .floating:
            throw FormatError("%c requires int or char", kind: .typeError)
        }
    }

    /// CPython's _PyUnicode_FormatLong: digits, at least `precision` of them, after the sign
    /// and, with `#`, the 0o/0x/0X prefix.
    private func formatInteger(_ value: BigInt, alternate: Bool, precision: Int, maxStrDigits: Int) throws -> String {
        if precision > Int(Int32.max) - 3 {
            throw FormatError("precision too large", kind: .overflowError)
        }
        let magnitude = BigInt(value.magnitude)
        var digits: String
        var prefix = ""
        switch type {
        case "o":
            digits = pythonIntString(magnitude, radix: 8)
            prefix = "0o"
        case "x", "X":
            digits = pythonIntString(magnitude, radix: 16)
            prefix = "0x"
        default:
            digits = try pythonIntDecimalString(magnitude, maxStrDigits: maxStrDigits)
        }
        if precision > digits.count {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        let text = (value.sign == .minus ? "-" : "") + (alternate ? prefix : "") + digits
        return type == "X" ? text.uppercased() : text
    }

    /// CPython's unicode_format_arg_output: truncation for %s %r %a, then sign, prefix and
    /// padding. Zero padding applies to numbers only and goes after the sign and prefix.
    private func pad(_ text: String, isNumber: Bool, flags: Flags, width: Int, precision: Int) -> String {
        let zeroFill = isNumber && flags.contains(.zeroPad)
        var scalars = Substring(text).unicodeScalars
        if argumentKind == .str || argumentKind == .repr || argumentKind == .ascii, precision >= 0,
           scalars.count > precision {
            scalars = scalars.prefix(precision)
        }
        var sign = ""
        if isNumber {
            if let first = scalars.first, first == "-" || first == "+" {
                sign = String(first)
                scalars = scalars.dropFirst()
            } else if flags.contains(.sign) {
                sign = "+"
            } else if flags.contains(.blank) {
                sign = " "
            }
        }
        var prefix = ""
        if flags.contains(.alternate) && (type == "o" || type == "x" || type == "X") {
            prefix = String(scalars.prefix(2))
            scalars = scalars.dropFirst(2)
        }
        let padding = max(0, width - sign.count - prefix.count - scalars.count)
        let body = String(scalars)
        if flags.contains(.leftAdjust) {
            return sign + prefix + body + String(repeating: " ", count: padding)
        }
        if zeroFill {
            return sign + prefix + String(repeating: "0", count: padding) + body
        }
        return String(repeating: " ", count: padding) + sign + prefix + body
    }
}

/// An argument of a `%` conversion, already converted by the interpreter as
/// `PercentConversion.argumentKind` says.
public enum PercentArgument: Equatable, Sendable {
    case integer(BigInt)
    case floating(Double)
    case text(String)

    var pythonTypeName: String {
        switch self {
        case .integer: return "int"
        case .floating: return "float"
        case .text: return "str"
        }
    }
}

/// The right operand of `format % args`, classified as CPython classifies it.
public enum PercentFormatArguments<Value> {
    /// A tuple: its items are the arguments.
    case tuple([Value])
    /// Anything with `__getitem__` other than a tuple or a str (CPython's PyMapping_Check:
    /// a dict, but also a list): `%(key)s` looks keys up in it, and a plain `%s` formats it
    /// whole. Unused, it is not an error: `'abc' % []` is 'abc'.
    case mapping(Value)
    /// Any other object: the single argument.
    case single(Value)
}

/// `format % arguments` for a str format, with CPython's results and errors in CPython's order.
///
/// The interpreter supplies what depends on its objects:
/// - `lookUp(mapping, key)`: `mapping[key]`, raising what that raises (KeyError).
/// - `starValue(value)`: the int a `*` width or precision takes; for a non-int it throws
///   TypeError "* wants int".
/// - `convert(value, conversion)`: the value as `conversion.argumentKind` asks: str(), repr(),
///   ascii(), or the int or float it is, with CPython's TypeErrors for other objects
///   ("%d format: a real number is required, not list", "must be real number, not list",
///   "%c requires int or char"). Ints, floats and strs may be passed as they are.
///
/// Throws those errors, and `FormatError`s: TypeError "not enough arguments for format
/// string", "not all arguments converted during string formatting", "format requires a
/// mapping"; OverflowError for `*` values out of range; ValueError for malformed formats.
public func percentFormat<Value>(_ format: PercentFormat, _ arguments: PercentFormatArguments<Value>,
                                 lookUp: (Value, String) throws -> Value,
                                 starValue: (Value) throws -> BigInt,
                                 convert: (Value, PercentConversion) throws -> PercentArgument,
                                 maxStrDigits: Int = pythonDefaultIntMaxStrDigits) throws -> String {
    var state = PercentArgumentState(arguments)
    func starWidth() throws -> Int {
        guard let width = Int(exactly: try starValue(try state.next())) else {
            throw FormatError("Python int too large to convert to C ssize_t", kind: .overflowError)
        }
        return width
    }
    func starPrecision() throws -> Int {
        guard let precision = Int32(exactly: try starValue(try state.next())) else {
            throw FormatError("Python int too large to convert to C int", kind: .overflowError)
        }
        return Int(precision)
    }

    var result = ""
    for segment in format.segments {
        switch segment {
        case .literal(let text):
            result += text
        case .conversion(let conversion):
            if let key = conversion.mappingKey { try state.select(key, lookUp) }
            let width = conversion.width == .star ? try starWidth() : nil
            let precision = conversion.precision == .star ? try starPrecision() : nil
            let value = try state.next()
            guard conversion.argumentKind != nil else { throw conversion.unsupportedTypeError }
            result += try conversion.format(try convert(value, conversion), starWidth: width,
                                            starPrecision: precision, maxStrDigits: maxStrDigits)
        }
    }
    if let failure = format.failure {
        if failure.opensMappingKey && !state.isMapping {
            throw FormatError("format requires a mapping", kind: .typeError)
        }
        if let key = failure.mappingKey { try state.select(key, lookUp) }
        if failure.width == .star { _ = try starWidth() }
        if failure.precision == .star { _ = try starPrecision() }
        throw failure.error
    }
    if state.hasUnusedArguments {
        throw FormatError("not all arguments converted during string formatting", kind: .typeError)
    }
    return result
}

/// CPython's bookkeeping of which argument comes next. A single argument is "index -2 of
/// length -1": taking it makes the index -1, and that it was taken is what tells whether
/// "not all arguments converted".
private struct PercentArgumentState<Value> {
    private var items: [Value]
    private var single: Value?
    private var length: Int
    private var index: Int
    private let mapping: Value?

    init(_ arguments: PercentFormatArguments<Value>) {
        switch arguments {
        case .tuple(let values):
            (items, single, length, index, mapping) = (values, nil, values.count, 0, nil)
        case .mapping(let value):
            (items, single, length, index, mapping) = ([], value, -1, -2, value)
        case .single(let value):
            (items, single, length, index, mapping) = ([], value, -1, -2, nil)
        }
    }

    var isMapping: Bool { mapping != nil }
    var hasUnusedArguments: Bool { index < length && mapping == nil }

    mutating func next() throws -> Value {
        guard index < length else {
            throw FormatError("not enough arguments for format string", kind: .typeError)
        }
        index += 1
        return length < 0 ? single! : items[index - 1]
    }

    /// `%(key)`: the looked-up value becomes the single argument for this conversion and the
    /// ones after it.
    mutating func select(_ key: String, _ lookUp: (Value, String) throws -> Value) throws {
        guard let mapping else { throw FormatError("format requires a mapping", kind: .typeError) }
        single = try lookUp(mapping, key)
        (length, index) = (-1, -2)
    }
}

/// A port of CPython's unicode_format_arg_parse, which reads a conversion one character at
/// a time; `remaining` mirrors its fmtcnt, whose going negative means "ran off the end".
private struct PercentParser {
    let format: [Unicode.Scalar]
    var position = 0
    var remaining: Int

    init(_ format: [Unicode.Scalar]) {
        self.format = format
        remaining = format.count
    }

    /// The character at `position`, or NUL past the end as in a C string.
    var current: Unicode.Scalar { position < format.count ? format[position] : "\0" }

    mutating func parse() -> ([PercentFormat.Segment], PercentFormat.Failure?) {
        var segments = [PercentFormat.Segment]()
        var literal = String.UnicodeScalarView()
        func flushLiteral() {
            if !literal.isEmpty { segments.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while position < format.count {
            if current != "%" {
                literal.append(current)
                position += 1
                continue
            }
            position += 1
            if current == "%" {
                literal.append("%")
                position += 1
                continue
            }
            remaining = format.count - position
            switch parseConversion() {
            case .success(let conversion):
                flushLiteral()
                segments.append(.conversion(conversion))
            case .failure(let failure):
                flushLiteral()
                return (segments, failure)
            }
        }
        flushLiteral()
        return (segments, nil)
    }

    private enum Outcome {
        case success(PercentConversion)
        case failure(PercentFormat.Failure)
    }

    /// Reads the next character into `char`, as CPython's `if (--fmtcnt >= 0) ch = read()`.
    private mutating func advance(_ char: inout Unicode.Scalar) -> Bool {
        remaining -= 1
        guard remaining >= 0 else { return false }
        char = current
        position += 1
        return true
    }

    private mutating func parseConversion() -> Outcome {
        var key: String?
        var opensKey = false
        var width = PercentConversion.Count.none
        var precision = PercentConversion.Count.none
        func fail(_ message: String) -> Outcome {
            .failure(.init(opensMappingKey: opensKey, mappingKey: key, width: width, precision: precision,
                           error: FormatError(message)))
        }

        var char: Unicode.Scalar = current
        if current == "(" {
            opensKey = true
            position += 1
            remaining -= 1
            let keyStart = position
            var depth = 1
            while depth > 0 && advance(&char) {
                if char == ")" { depth -= 1 } else if char == "(" { depth += 1 }
            }
            if remaining < 0 || depth > 0 { return fail("incomplete format key") }
            key = String(String.UnicodeScalarView(format[keyStart..<(position - 1)]))
        }

        var flags = PercentConversion.Flags()
        flagLoop: while advance(&char) {
            switch char {
            case "-": flags.insert(.leftAdjust)
            case "+": flags.insert(.sign)
            case " ": flags.insert(.blank)
            case "#": flags.insert(.alternate)
            case "0": flags.insert(.zeroPad)
            default: break flagLoop
            }
        }

        if char == "*" {
            width = .star
            _ = advance(&char)
        } else if let first = asciiDigit(char) {
            var number = first
            while advance(&char), let digit = asciiDigit(char) {
                guard number <= (Int.max - digit) / 10 else { return fail("width too big") }
                number = number * 10 + digit
            }
            width = .number(number)
        }

        if char == "." {
            precision = .number(0)
            _ = advance(&char)
            if char == "*" {
                precision = .star
                _ = advance(&char)
            } else if let first = asciiDigit(char) {
                var number = first
                while advance(&char), let digit = asciiDigit(char) {
                    guard number <= (Int(Int32.max) - digit) / 10 else { return fail("precision too big") }
                    number = number * 10 + digit
                }
                precision = .number(number)
            }
        }

        // C length modifiers mean nothing to Python: "%ld" is "%d".
        if remaining >= 0 && (char == "h" || char == "l" || char == "L") {
            _ = advance(&char)
        }
        if remaining < 0 { return fail("incomplete format") }
        return .success(PercentConversion(mappingKey: key, flags: flags, width: width, precision: precision,
                                          type: Character(char), typeIndex: position - 1))
    }

    private func asciiDigit(_ char: Unicode.Scalar) -> Int? {
        char >= "0" && char <= "9" ? Int(char.value - 48) : nil
    }
}
