/// The YAML header jupytext puts at the top of a text notebook:
///
///     # ---
///     # jupyter:
///     #   kernelspec:
///     #     display_name: Python 3
///     #     language: python
///     #     name: python3
///     # ---
///
/// Its `jupyter` mapping is the notebook's metadata. Only the YAML jupytext writes is read:
/// nested mappings by indentation, with scalars, quoted strings and `[...]` flow lists as values.
enum PercentHeader {
    /// The notebook metadata of the header and the line after it, or nil when there is no header.
    static func read(_ lines: [String]) -> (metadata: JSON?, bodyStart: Int)? {
        guard lines.first == "# ---", let end = lines.dropFirst().firstIndex(of: "# ---") else { return nil }
        let yaml = lines[1..<end].map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0.dropFirst()) }
        var index = 0
        let document = mapping(yaml, &index, indent: 0)
        var next = end + 1
        if next < lines.count, lines[next].isEmpty { next += 1 }
        return (document["jupyter"], next)
    }

    /// The mapping whose keys sit at `indent` columns, from `index` on.
    private static func mapping(_ lines: [String], _ index: inout Int, indent: Int) -> JSON {
        var result = JSON.emptyObject
        while index < lines.count {
            let line = lines[index]
            let depth = line.prefix { $0 == " " }.count
            if line.trimmingCharacters(in: .whitespaces).isEmpty { index += 1; continue }
            if depth < indent { break }
            index += 1
            guard depth == indent, let colon = line.firstIndex(of: ":") else { continue }
            let key = line[line.index(line.startIndex, offsetBy: depth)..<colon].trimmingCharacters(in: .whitespaces)
            let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            result[key] = rest.isEmpty ? mapping(lines, &index, indent: indent + 2) : scalar(rest)
        }
        return result
    }

    private static func scalar(_ text: String) -> JSON {
        switch text {
        case "true", "True": return .bool(true)
        case "false", "False": return .bool(false)
        case "null", "~": return .null
        default: break
        }
        if text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 {
            return .string(String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
        }
        if text.hasPrefix("\"") || text.hasPrefix("[") || text.hasPrefix("{") || Int(text) != nil || Double(text) != nil {
            if let json = try? JSONParser.parse(text) { return json }
        }
        return .string(text)
    }
}
