/// Writes JSON exactly as nbformat does (`json.dumps(nb, sort_keys=True, indent=1,
/// ensure_ascii=False)`), so a notebook Pipebook writes diffs cleanly against one Jupyter wrote.
public enum JSONWriter {
    public static func write(_ value: JSON) -> String {
        write(value, indent: 0)
    }

    /// The value as it is written `indent` levels deep in a larger document.
    public static func write(_ value: JSON, indent: Int) -> String {
        var out = ""
        write(value, indent: indent, into: &out)
        return out
    }

    private static func write(_ value: JSON, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += pythonFloat(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (n, item) in items.enumerated() {
                out += n == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 1)
                write(item, indent: indent + 1, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            // Python sorts keys by code point.
            let sorted = pairs.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            for (n, pair) in sorted.enumerated() {
                out += n == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 1)
                writeString(pair.key, into: &out)
                out += ": "
                write(pair.value, indent: indent + 1, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    /// One-line JSON as Python's `json.dumps(value)` writes it (`, ` and `: ` separators,
    /// non-ASCII escaped): the form jupytext puts in a `# %%` line.
    public static func compact(_ value: JSON) -> String {
        switch value {
        case .array(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
        case .object(let pairs):
            return "{" + pairs.map { compact(.string($0.key)) + ": " + compact($0.value) }.joined(separator: ", ") + "}"
        case .string(let s):
            var out = ""
            writeString(s, asciiOnly: true, into: &out)
            return out
        default: return write(value)
        }
    }

    private static func writeString(_ s: String, asciiOnly: Bool = false, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case _ where asciiOnly && !scalar.isASCII:
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Python's float repr, which `json.dumps` uses: shortest round-trip digits, an exponent
    /// from 1e16 up and below 1e-4.
    static func pythonFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let swift = "\(d)"
        guard let e = swift.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return swift }
        var mantissa = String(swift[..<e])
        var exponent = String(swift[swift.index(after: e)...])
        if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
        let negative = exponent.hasPrefix("-")
        if exponent.hasPrefix("-") || exponent.hasPrefix("+") { exponent.removeFirst() }
        if exponent.count < 2 { exponent = "0" + exponent }
        return mantissa + "e" + (negative ? "-" : "+") + exponent
    }
}
