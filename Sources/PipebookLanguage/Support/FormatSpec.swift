/// A parsed format specification, the part after the colon in `'{:>10,.2f}'`: Python's
/// format-spec mini-language as CPython 3.11 reads it for int, float and str
/// (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`).
///
/// It records what was written, not what it means for a given type: where `0` pads and
/// which alignment applies depend on the object being formatted, and `formatInt`,
/// `formatFloat` and `formatString` settle that.
public struct FormatSpec: Equatable, Sendable {
    public enum Alignment: Character, Sendable {
        case left = "<"
        case right = ">"
        /// Padding between the sign (and any prefix) and the digits.
        case afterSign = "="
        case center = "^"
    }

    public enum Sign: Character, Sendable {
        case plus = "+"
        case minus = "-"
        case space = " "
    }

    public enum Grouping: Character, Sendable {
        case comma = ","
        case underscore = "_"
    }

    /// The fill character, when one was written before an alignment.
    public var fill: Unicode.Scalar?
    public var alignment: Alignment?
    public var sign: Sign?
    /// `z`: a float that rounds to zero loses its minus sign.
    public var coercesNegativeZero = false
    /// `#`: alternate form (0x prefixes, a decimal point that is always kept).
    public var alternate = false
    /// `0` before the width, without an explicit fill: pad with zeros.
    public var zeroPadding = false
    public var width: Int?
    public var grouping: Grouping?
    public var precision: Int?
    /// The presentation type ("d", "x", "f", "%", ...), nil when omitted.
    public var type: Unicode.Scalar?

    /// Parses `spec`, throwing CPython's ValueError for malformed specs.
    ///
    /// `typeName` is the Python type of the object being formatted, which CPython names in
    /// "Invalid format specifier '…' for object of type 'int'".
    public init(_ spec: String, typeName: String) throws {
        let scalars = Array(spec.unicodeScalars)
        var position = 0
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        if let second = peek(1), let alignment = Alignment(scalar: second) {
            fill = scalars[position]
            self.alignment = alignment
            position += 2
        } else if let first = peek(), let alignment = Alignment(scalar: first) {
            self.alignment = alignment
            position += 1
        }
        if let first = peek(), let sign = Sign(scalar: first) {
            self.sign = sign
            position += 1
        }
        if peek() == "z" {
            coercesNegativeZero = true
            position += 1
        }
        if peek() == "#" {
            alternate = true
            position += 1
        }
        // With an explicit fill, a leading 0 is just part of the width.
        if fill == nil && peek() == "0" {
            zeroPadding = true
            position += 1
        }
        width = try Self.readInteger(scalars, &position)
        if peek() == "," {
            grouping = .comma
            position += 1
        }
        if peek() == "_" {
            if grouping != nil { throw FormatError("Cannot specify both ',' and '_'.") }
            grouping = .underscore
            position += 1
        }
        if peek() == "," && grouping == .underscore {
            throw FormatError("Cannot specify both ',' and '_'.")
        }
        if peek() == "." {
            position += 1
            guard let precision = try Self.readInteger(scalars, &position) else {
                throw FormatError("Format specifier missing precision")
            }
            self.precision = precision
        }
        if scalars.count - position > 1 {
            throw FormatError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        type = peek()
    }

    /// The digits at `position` (any Unicode decimal digits, as CPython accepts), or nil if
    /// there are none.
    private static func readInteger(_ scalars: [Unicode.Scalar], _ position: inout Int) throws -> Int? {
        var value: Int?
        while position < scalars.count, let digit = decimalDigitValue(scalars[position]) {
            let (shifted, overflow1) = (value ?? 0).multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { throw FormatError("Too many decimal digits in format string") }
            value = sum
            position += 1
        }
        return value
    }

    /// CPython's check, made once the object's default type is known (`"d"` for int, `"s"`
    /// for str, none for float), that a grouping separator suits the presentation type.
    /// Returns the group size: 3, or 4 for `_` with b, o, x and X.
    func groupSize(defaultType: Unicode.Scalar?) throws -> Int? {
        guard let grouping else { return nil }
        let effectiveType = type ?? defaultType
        if grouping == .underscore, let code = effectiveType, "boxX".unicodeScalars.contains(code) {
            return 4
        }
        switch effectiveType {
        case nil, "d", "e", "f", "g", "E", "G", "%", "F":
            return 3
        case let code?:
            throw FormatError("Cannot specify '\(grouping.rawValue)' with '\(Self.describeCode(code))'.")
        }
    }

    /// CPython's "Unknown format code 'q' for object of type 'int'".
    static func unknownCodeError(_ code: Unicode.Scalar, typeName: String) -> FormatError {
        FormatError("Unknown format code '\(describeCode(code))' for object of type '\(typeName)'")
    }

    /// A presentation type as CPython quotes it in messages: printable ASCII as itself,
    /// anything else as a hexadecimal escape.
    private static func describeCode(_ code: Unicode.Scalar) -> String {
        code.value > 32 && code.value < 128 ? String(code) : "\\x" + String(code.value, radix: 16)
    }
}

/// The value of a Unicode decimal digit (category Nd, as Python's `str.isdecimal`), or nil.
func decimalDigitValue(_ scalar: Unicode.Scalar) -> Int? {
    if scalar.isASCII {
        return scalar >= "0" && scalar <= "9" ? Int(scalar.value - 48) : nil
    }
    guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else {
        return nil
    }
    return Int(value)
}

private extension FormatSpec.Alignment {
    init?(scalar: Unicode.Scalar) {
        self.init(rawValue: Character(scalar))
    }
}

private extension FormatSpec.Sign {
    init?(scalar: Unicode.Scalar) {
        self.init(rawValue: Character(scalar))
    }
}
