import Foundation
import PipebookLanguage

/// The C parser of `pandas.read_csv`, for the cases Pipebook supports: one-character
/// separator, `"` quoting, a header row or none, and pandas' type inference per column
/// (int64, then float64 with NaN for missing values, then bool, else object strings).
enum CSVParsing {
    /// The strings pandas reads as a missing value by default.
    static let missing: Set<String> = ["", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
                                       "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None",
                                       "n/a", "nan", "null"]

    /// The rows of `text` as fields.
    static func rows(_ text: String, separator: UInt8) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
                wasQuoted = true
            } else if b == separator {
                endField()
            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                endField()
                // pandas skips blank lines.
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted {
            endField()
            rows.append(row)
        }
        return rows
    }

    /// One column's fields as the array pandas infers for them.
    static func column(_ fields: [String]) -> NDArray {
        var ints: [Int] = []
        ints.reserveCapacity(fields.count)
        var allInts = true
        for f in fields {
            guard let i = Int(f) else { allInts = false; break }
            ints.append(i)
        }
        if allInts && !fields.isEmpty { return NDArray(.int(ints)) }
        var doubles: [Double] = []
        doubles.reserveCapacity(fields.count)
        var allNumbers = true
        for f in fields {
            if missing.contains(f) {
                doubles.append(.nan)
            } else if let d = Double(f), !f.lowercased().contains("x"), !f.lowercased().contains("nan") {
                doubles.append(d)
            } else {
                allNumbers = false
                break
            }
        }
        if allNumbers && !fields.isEmpty { return NDArray(.float(doubles)) }
        let truths: [String: Bool] = ["True": true, "TRUE": true, "true": true, "False": false, "FALSE": false, "false": false]
        if !fields.isEmpty, fields.allSatisfy({ truths[$0] != nil }) { return NDArray(.bool(fields.map { truths[$0]! })) }
        return NDArray(.object(fields.map { missing.contains($0) ? .float(.nan) : .str($0) }))
    }
}
