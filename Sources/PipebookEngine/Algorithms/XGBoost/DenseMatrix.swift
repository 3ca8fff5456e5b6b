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
    public init(text: String, columns expected: Int? = nil) throws {
        var labels: [Float] = []
        var values: [Float] = []
        var width = expected
        var rowNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            rowNumber += 1
            let trimmed = line
            if trimmed.allSatisfy({ $0 == " " }) { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            guard let label = Float(fields[0].trimmingCharacters(in: .whitespaces)) else {
                throw ParseError(row: rowNumber, message: "the label '\(fields[0])' is not a number")
            }
            if width == nil { width = fields.count - 1 }
            guard fields.count - 1 == width else {
                throw ParseError(row: rowNumber, message: "expected \(width! + 1) columns, found \(fields.count)")
            }
            labels.append(label)
            for (j, field) in fields.dropFirst().enumerated() {
                let text = field.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { values.append(.nan); continue }
                guard let x = Float(text) else {
                    throw ParseError(row: rowNumber, message: "column \(j + 2) '\(text)' is not a number")
                }
                values.append(x)
            }
        }
        self.labels = labels
        self.features = DenseMatrix(rows: labels.count, columns: width ?? 0, values: values)
    }
}
