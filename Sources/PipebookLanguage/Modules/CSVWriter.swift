/// `csv.writer`: rows joined with CPython's quoting rules and passed to the file's `write`.
final class CSVWriter: PyObject, NativeAttributes {
    let dialect: CSVDialect
    /// The bound `write` method of the output file.
    let write: Value

    init(dialect: CSVDialect, write: Value) {
        self.dialect = dialect
        self.write = write
    }

    override var type: PyType { Self.type }

    /// One row as a line of text, terminator included.
    func line(_ row: Value, _ interp: Interpreter) throws -> String {
        let items: PyIterator
        do {
            items = try interp.iterate(row)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.typeError) {
            throw PyError(CSVModule.error, "iterable expected, not \(row.typeName)")
        }
        var record = String.UnicodeScalarView()
        var fieldCount = 0
        while let field = try items.next() {
            var quoted: Bool
            switch dialect.quoting {
            case CSVDialect.quoteNonNumeric: quoted = !Self.isNumber(field)
            case CSVDialect.quoteAll: quoted = true
            default: quoted = false
            }
            let text = field.isNone ? "" : try interp.str(field)
            try append(text, quoted: &quoted, to: &record, fieldCount: fieldCount)
            fieldCount += 1
        }
        if fieldCount == 1 && record.isEmpty {
            // A lone empty field must be quoted, or the line would read back as no fields.
            if dialect.quoting == CSVDialect.quoteNone { throw PyError(CSVModule.error, "single empty field record must be quoted") }
            var quoted = true
            try append("", quoted: &quoted, to: &record, fieldCount: 0)
        }
        return String(record) + dialect.lineTerminator
    }

    private func append(_ text: String, quoted: inout Bool, to record: inout String.UnicodeScalarView, fieldCount: Int) throws {
        var body = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            let special = c == dialect.delimiter || c == dialect.escapeChar || c == dialect.quoteChar
                || dialect.lineTerminator.unicodeScalars.contains(c)
            if special {
                var escape = false
                if dialect.quoting == CSVDialect.quoteNone {
                    escape = true
                } else {
                    if c == dialect.quoteChar {
                        if dialect.doubleQuote { body.append(c) } else { escape = true }
                    } else if c == dialect.escapeChar {
                        escape = true
                    }
                    if !escape { quoted = true }
                }
                if escape {
                    guard let e = dialect.escapeChar else { throw PyError(CSVModule.error, "need to escape, but no escapechar set") }
                    body.append(e)
                }
            }
            body.append(c)
        }
        if fieldCount > 0 { record.append(dialect.delimiter) }
        if quoted, let q = dialect.quoteChar { record.append(q) }
        record.append(contentsOf: body)
        if quoted, let q = dialect.quoteChar { record.append(q) }
    }

    /// What CPython's `PyNumber_Check` accepts: numbers and objects that convert to them.
    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        case .none: return false
        case .object(let o):
            if o is PyBigInt { return true }
            return ["__index__", "__int__", "__float__", "__complex__"].contains { o.type.lookup($0) != nil }
        }
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        attribute == "dialect" ? .object(CSVDialectObject(dialect)) : nil
    }

    static let type: PyType = {
        let t = PyType(name: "writer", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "_csv")
        t.method("writerow") { interp, args in
            try args.expect("writerow", min: 2, max: 2)
            let writer = try receiver(args)
            return try interp.callValue(writer.write, Arguments([.str(try writer.line(args[1], interp))]))
        }
        t.method("writerows") { interp, args in
            try args.expect("writerows", min: 2, max: 2)
            let writer = try receiver(args)
            let rows = try interp.iterate(args[1])
            while let row = try rows.next() {
                _ = try interp.callValue(writer.write, Arguments([.str(try writer.line(row, interp))]))
            }
            return .none
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> CSVWriter {
        guard let w = args.positional.first?.as(CSVWriter.self) else {
            throw PyError.typeError("descriptor requires a '_csv.writer' object")
        }
        return w
    }
}
