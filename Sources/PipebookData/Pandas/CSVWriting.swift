import Foundation
import PipebookLanguage

/// `DataFrame.to_csv` text: fields as pandas writes them (floats by their shortest repr,
/// missing values empty, quoting only where needed) and `\n` line ends.
enum CSVWriting {
    static func field(_ data: ArrayData, _ i: Int, _ interp: Interpreter) throws -> String {
        switch data {
        case .float(let x): return x[i].isNaN ? "" : pythonFloatRepr(x[i])
        case .int(let x): return String(x[i])
        case .bool(let x): return x[i] ? "True" : "False"
        case .object(let x):
            let v = x[i]
            if v.isNone { return "" }
            if case .float(let d) = v { return d.isNaN ? "" : pythonFloatRepr(d) }
            return try interp.str(v)
        }
    }

    static func quoted(_ text: String, separator: Character) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The whole file: an optional header line, then one line per row.
    static func text(columns: [NDArray], header: [String]?, index: NDArray?, separator: Character,
                     _ interp: Interpreter) throws -> String {
        var out = ""
        let sep = String(separator)
        if let header { out += header.map { quoted($0, separator: separator) }.joined(separator: sep) + "\n" }
        let rows = columns.first?.count ?? index?.count ?? 0
        var cells: [String] = []
        for r in 0..<rows {
            cells.removeAll(keepingCapacity: true)
            if let index { cells.append(quoted(try field(index.data, r, interp), separator: separator)) }
            for c in columns { cells.append(quoted(try field(c.data, r, interp), separator: separator)) }
            out += cells.joined(separator: sep)
            out += "\n"
        }
        return out
    }
}
