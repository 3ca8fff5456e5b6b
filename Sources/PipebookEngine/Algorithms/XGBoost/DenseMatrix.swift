import Foundation

/// A dense matrix of features, row-major, NaN for a missing value: what the trainer and
/// predictor read.
public struct DenseMatrix: Sendable {
    public let rows: Int
    public let columns: Int
    /// `rows * columns` values, row after row.
    public var values: [Float]

    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "a \(rows)×\(columns) matrix needs \(rows * columns) values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    public init(rows: [[Double]]) {
        let width = rows.map(\.count).max() ?? 0
        var values = [Float](repeating: .nan, count: rows.count * width)
        for (i, row) in rows.enumerated() {
            for (j, x) in row.enumerated() { values[i * width + j] = Float(x) }
        }
        self.init(rows: rows.count, columns: width, values: values)
    }

    public subscript(row: Int, column: Int) -> Float { values[row * columns + column] }

    /// The matrix column by column, for scans down one feature.
    func columnMajor() -> [[Float]] {
        (0..<columns).map { j in (0..<rows).map { values[$0 * columns + j] } }
    }
}

/// A labelled data set read from CSV as SageMaker's built-in algorithms read it: the label in
/// the first column, no header.
public struct LabelledCSV: Sendable {
    public let features: DenseMatrix
    public let labels: [Float]

    /// Why a CSV could not be read: the 1-based row and what is wrong there.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let row: Int
        public let message: String
        public var description: String { "Unable to parse CSV row \(row): \(message)" }
    }

    /// Reads CSV text; an empty field is a missing value, `columns` fixes the feature count.
    /// Works on the UTF-8 bytes: splitting a String by Characters costs more than training.
    public init(text: String, columns expected: Int? = nil) throws {
        var labels: [Float] = []
        var values: [Float] = []
        var width = expected
        var text = text
        try text.withUTF8 { bytes in
            var rowNumber = 0
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                rowNumber += 1
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
                defer { lineStart = lineEnd + 1 }
                if (lineStart..<end).allSatisfy({ bytes[$0] == 32 }) { continue }
                var fields: [Float] = []
                var fieldStart = lineStart
                var column = 0
                while fieldStart <= end {
                    var fieldEnd = fieldStart
                    while fieldEnd < end && bytes[fieldEnd] != 44 { fieldEnd += 1 }
                    column += 1
                    let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
                    if let x = Self.number(field) {
                        fields.append(x)
                    } else if column > 1 && Self.isBlank(field) {
                        fields.append(.nan)
                    } else {
                        let shown = String(decoding: field, as: UTF8.self)
                        throw ParseError(row: rowNumber, message: column == 1 ? "the label '\(shown)' is not a number"
                                                                          : "column \(column) '\(shown.trimmingCharacters(in: .whitespaces))' is not a number")
                    }
                    fieldStart = fieldEnd + 1
                }
                if width == nil { width = fields.count - 1 }
                guard fields.count - 1 == width else {
                    throw ParseError(row: rowNumber, message: "expected \(width! + 1) columns, found \(fields.count)")
                }
                labels.append(fields[0])
                values += fields.dropFirst()
            }
        }
        self.labels = labels
        self.features = DenseMatrix(rows: labels.count, columns: width ?? 0, values: values)
    }

    private static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.allSatisfy { $0 == 32 || $0 == 9 }
    }

    /// A decimal number, spaces around it allowed; nil for anything else.
    private static func number(_ field: UnsafeBufferPointer<UInt8>) -> Float? {
        var start = 0, end = field.count
        while start < end && (field[start] == 32 || field[start] == 9) { start += 1 }
        while end > start && (field[end - 1] == 32 || field[end - 1] == 9) { end -= 1 }
        guard start < end, end - start < 64 else { return nil }
        // Float(Substring) parses with strtof's rules, exactly as Float(String) did before.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: end - start + 1) { buffer -> Float? in
            for i in start..<end { buffer[i - start] = CChar(bitPattern: field[i]) }
            buffer[end - start] = 0
            var parsedEnd: UnsafeMutablePointer<CChar>?
            let value = strtof(buffer.baseAddress!, &parsedEnd)
            guard parsedEnd == buffer.baseAddress! + (end - start) else { return nil }
            // strtof accepts hex floats, "inf" and "nan" too, as Float(String) did.
            return value
        }
    }
}
