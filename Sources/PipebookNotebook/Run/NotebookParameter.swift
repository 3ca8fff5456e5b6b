/// A notebook parameter given on the command line (`-p NAME VALUE`), read as papermill reads it:
/// `True`, `False`, `None`, an int, a float, else the text itself.
public struct NotebookParameter: Equatable {
    public enum Value: Equatable {
        case bool(Bool)
        case none
        case int(String)
        case float(Double)
        case string(String)
    }

    public let name: String
    public let value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }

    /// papermill's `_resolve_type`.
    public init(name: String, text: String) {
        self.name = name
        switch text {
        case "True": value = .bool(true)
        case "False": value = .bool(false)
        case "None": value = .none
        default:
            if let digits = NotebookParameter.pythonInt(text) { value = .int(digits) }
            else if let number = NotebookParameter.pythonFloat(text) { value = .float(number) }
            else { value = .string(text) }
        }
    }

    /// The assignment papermill's PythonTranslator writes for it.
    public var assignment: String {
        "\(name) = \(pythonSource)"
    }

    var pythonSource: String {
        switch value {
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .int(let digits): return digits
        case .float(let d):
            if d.isNaN { return "float('nan')" }
            if d.isInfinite { return d < 0 ? "float('-inf')" : "float('inf')" }
            return JSONWriter.pythonFloat(d)
        case .string(let s): return "\"" + NotebookParameter.unicodeEscape(s).replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }

    /// How papermill records it in the notebook's metadata.
    var json: JSON {
        switch value {
        case .bool(let b): return .bool(b)
        case .none: return .null
        case .int(let digits): return Int(digits).map { .int($0) } ?? .string(digits)
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        }
    }

    /// `int(text)` in Python: the digits of the int, or nil.
    static func pythonInt(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = ""
        if body.first == "-" || body.first == "+" { if body.first == "-" { sign = "-" }; body = body.dropFirst() }
        guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__"),
              body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) else { return nil }
        var digits = String(body.filter { $0 != "_" }.drop { $0 == "0" })
        if digits.isEmpty { digits = "0"; sign = "" }
        return sign + digits
    }

    /// `float(text)` in Python, for the forms a command line gives.
    static func pythonFloat(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unsigned = trimmed.hasPrefix("-") || trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        let negative = trimmed.hasPrefix("-")
        switch unsigned.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || "._eE+-".contains($0)) }),
              unsigned.first?.isNumber == true || unsigned.first == "." else { return nil }
        return Double(trimmed.replacingOccurrences(of: "_", with: ""))
    }

    /// Python's `text.encode('unicode_escape').decode()`.
    static func unicodeEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16)
                let width = scalar.value < 0x100 ? 2 : scalar.value < 0x10000 ? 4 : 8
                out += (width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U") + String(repeating: "0", count: width - hex.count) + hex
            }
        }
        return out
    }
}
