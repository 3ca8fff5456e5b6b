/// `csv.reader`: CPython's `_csv` state machine, fed one line of the input at a time, so
/// quoted fields may span lines and errors are the same.
final class CSVReader: PyIterator, NativeAttributes {
    private enum State {
        case startRecord, startField, escapedChar, inField, inQuotedField, escapeInQuotedField, quoteInQuotedField,
             eatCRNL, afterEscapedCRNL
    }

    let dialect: CSVDialect
    let input: PyIterator
    /// `csv.field_size_limit()` when the reader was made.
    let fieldLimit: Int
    unowned let interp: Interpreter
    private(set) var lineNumber = 0
    private var state = State.startRecord
    private var fields: [Value] = []
    private var field: [Unicode.Scalar] = []
    private var numericField = false

    init(dialect: CSVDialect, input: PyIterator, fieldLimit: Int, interp: Interpreter) {
        self.dialect = dialect
        self.input = input
        self.fieldLimit = fieldLimit
        self.interp = interp
    }

    override var type: PyType { Self.type }

    private func saveField() throws {
        let text = String(String.UnicodeScalarView(field))
        field = []
        if numericField {
            numericField = false
            fields.append(try interp.callValue(.object(BuiltinTypes.float), Arguments([.str(text)])))
        } else {
            fields.append(.str(text))
        }
    }

    private func add(_ c: Unicode.Scalar) throws {
        if field.count >= fieldLimit { throw PyError(CSVModule.error, "field larger than field limit (\(fieldLimit))") }
        field.append(c)
    }

    /// One character of the input, or nil for the end of a line.
    private func process(_ c: Unicode.Scalar?) throws {
        let isNewline = c == "\n" || c == "\r"
        switch state {
        case .startRecord:
            if c == nil { return }
            if isNewline {
                state = .eatCRNL
                return
            }
            state = .startField
            try startField(c)
        case .startField:
            try startField(c)
        case .escapedChar:
            if isNewline {
                try add(c!)
                state = .afterEscapedCRNL
                return
            }
            try add(c ?? "\n")
            state = .inField
        case .afterEscapedCRNL:
            if c == nil { return }
            try inField(c)
        case .inField:
            try inField(c)
        case .inQuotedField:
            guard let c else { return }
            if c == dialect.escapeChar {
                state = .escapeInQuotedField
            } else if c == dialect.quoteChar && dialect.quoting != CSVDialect.quoteNone {
                state = dialect.doubleQuote ? .quoteInQuotedField : .inField
            } else {
                try add(c)
            }
        case .escapeInQuotedField:
            try add(c ?? "\n")
            state = .inQuotedField
        case .quoteInQuotedField:
            if dialect.quoting != CSVDialect.quoteNone && c != nil && c == dialect.quoteChar {
                try add(c!)
                state = .inQuotedField
            } else if c == dialect.delimiter {
                try saveField()
                state = .startField
            } else if c == nil || isNewline {
                try saveField()
                state = c == nil ? .startRecord : .eatCRNL
            } else if !dialect.strict {
                try add(c!)
                state = .inField
            } else {
                throw PyError(CSVModule.error, "'\(dialect.delimiter)' expected after '\(dialect.quoteChar!)'")
            }
        case .eatCRNL:
            if isNewline { return }
            if c == nil {
                state = .startRecord
                return
            }
            throw PyError(CSVModule.error,
                          "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
        }
    }

    private func startField(_ c: Unicode.Scalar?) throws {
        if c == nil || c == "\n" || c == "\r" {
            try saveField()
            state = c == nil ? .startRecord : .eatCRNL
        } else if c == dialect.quoteChar && dialect.quoting != CSVDialect.quoteNone {
            state = .inQuotedField
        } else if c == dialect.escapeChar {
            state = .escapedChar
        } else if c == " " && dialect.skipInitialSpace {
            return
        } else if c == dialect.delimiter {
            try saveField()
        } else {
            if dialect.quoting == CSVDialect.quoteNonNumeric { numericField = true }
            try add(c!)
            state = .inField
        }
    }

    private func inField(_ c: Unicode.Scalar?) throws {
        if c == nil || c == "\n" || c == "\r" {
            try saveField()
            state = c == nil ? .startRecord : .eatCRNL
        } else if c == dialect.escapeChar {
            state = .escapedChar
        } else if c == dialect.delimiter {
            try saveField()
            state = .startField
        } else {
            try add(c!)
        }
    }

    override func next() throws -> Value? {
        fields = []
        field = []
        numericField = false
        state = .startRecord
        repeat {
            guard let line = try input.next() else {
                if !field.isEmpty || state == .inQuotedField {
                    if dialect.strict { throw PyError(CSVModule.error, "unexpected end of data") }
                    try saveField()
                    break
                }
                return nil
            }
            guard let text = line.stringValue else {
                throw PyError(CSVModule.error, "iterator should return strings, not \(line.typeName) (the file should be opened in text mode)")
            }
            lineNumber += 1
            for c in text.unicodeScalars { try process(c) }
            try process(nil)
        } while state != .startRecord
        return .object(PyList(fields))
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "line_num": return .int(lineNumber)
        case "dialect": return .object(CSVDialectObject(dialect))
        default: return nil
        }
    }

    static let type: PyType = {
        let t = PyType(name: "reader", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "_csv")
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            if let row = try args[0].as(CSVReader.self)?.next() { return row }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        return t
    }()
}
