import Foundation
import PipebookLanguage

/// `_pandas`: the native functions stdlib/pandas is written over — reading and writing CSV
/// text, whose per-field work is too slow in Python for real data sets.
enum PandasModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_pandas")
        // parse_csv(text, sep, has_header) -> (header names or None, [column buffers])
        m.function("parse_csv") { _, args in
            guard let text = args[0].stringValue, let sep = args[1].stringValue, sep.utf8.count == 1 else {
                throw PyError.notImplemented("Pipebook's pandas supports a one-character sep only")
            }
            var rows = CSVParsing.rows(text, separator: sep.utf8.first!)
            var header: Value = .none
            if case .bool(true) = args[2], !rows.isEmpty {
                header = .object(PyList(rows.removeFirst().map { .str($0) }))
            }
            let width = max(rows.map(\.count).max() ?? 0, header.as(PyList.self)?.items.count ?? 0)
            for (k, row) in rows.enumerated() where row.count > width {
                throw PyError.valueError("Error tokenizing data. C error: Expected \(width) fields in line \(k + 1), saw \(row.count)")
            }
            let columns = (0..<width).map { c in
                CSVParsing.column(rows.map { c < $0.count ? $0[c] : "" })
            }
            return .object(PyTuple([header, .object(PyList(columns.map { .object($0) }))]))
        }
        // format_csv(columns, header or None, index or None, sep) -> str
        m.function("format_csv") { interp, args in
            let columns = try interp.iterateToArray(args[0]).map(NumpyModule.array)
            let header = args[1].isNone ? nil : try interp.iterateToArray(args[1]).map { try interp.str($0) }
            let index = args[2].isNone ? nil : try NumpyModule.array(args[2])
            guard let sep = args[3].stringValue, sep.count == 1 else {
                throw PyError.typeError("\"delimiter\" must be a 1-character string")
            }
            return .str(try CSVWriting.text(columns: columns, header: header, index: index, separator: sep.first!, interp))
        }
        return m.module
    }
}
