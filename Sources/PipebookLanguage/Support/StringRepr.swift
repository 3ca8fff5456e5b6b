/// `repr(text)` of a Python str, as CPython writes it: single quotes unless the text has a
/// single quote and no double quote; backslash escapes for the quote, backslash, \t, \n, \r;
/// \xNN, \uNNNN or \UNNNNNNNN for characters that are not printable.
public func pythonStringRepr(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
    var result = String.UnicodeScalarView()
    result.append(quote)
    for scalar in scalars {
        switch scalar {
        case quote, "\\":
            result.append("\\")
            result.append(scalar)
        case "\t": result.append(contentsOf: "\\t".unicodeScalars)
        case "\n": result.append(contentsOf: "\\n".unicodeScalars)
        case "\r": result.append(contentsOf: "\\r".unicodeScalars)
        default:
            if isPythonPrintable(scalar) {
                result.append(scalar)
            } else {
                let (marker, width) = scalar.value <= 0xFF ? ("x", 2) : scalar.value <= 0xFFFF ? ("u", 4) : ("U", 8)
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: ("\\" + marker + String(repeating: "0", count: width - hex.count) + hex).unicodeScalars)
            }
        }
    }
    result.append(quote)
    return String(result)
}

/// Python's `str.isprintable()` for one character: everything but the "Other" and
/// "Separator" categories, except that the ASCII space is printable.
func isPythonPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x20 && scalar.value < 0x7F }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
