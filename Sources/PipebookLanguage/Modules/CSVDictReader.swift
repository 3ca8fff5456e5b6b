/// `csv.DictReader`: rows as dicts keyed by the header (or `fieldnames`), with `restkey` for
/// extra values and `restval` for missing ones, as CPython's csv.py builds them.
final class CSVDictReader: PyIterator, NativeAttributes {
    let reader: CSVReader
    let dialect: Value
    private var fieldnames: Value?
    private var restKey: Value
    private var restValue: Value
    private var lineNumber = 0
    unowned let interp: Interpreter

    init(reader: CSVReader, dialect: Value, fieldnames: Value?, restKey: Value, restValue: Value, interp: Interpreter) {
        self.reader = reader
        self.dialect = dialect
        self.fieldnames = fieldnames
        self.restKey = restKey
        self.restValue = restValue
        self.interp = interp
    }

    override var type: PyType { Self.type }

    /// `fieldnames`: read from the first row the first time it is asked for.
    private func names() throws -> Value {
        if fieldnames == nil, let header = try reader.next() { fieldnames = header }
        lineNumber = reader.lineNumber
        return fieldnames ?? Value.none
    }

    override func next() throws -> Value? {
        if lineNumber == 0 { _ = try names() }
        guard var row = try reader.next()?.as(PyList.self) else { return nil }
        lineNumber = reader.lineNumber
        while row.items.isEmpty {
            guard let next = try reader.next()?.as(PyList.self) else { return nil }
            row = next
        }
        let keys = try interp.iterateToArray(try names())
        let d = PyDict()
        for (key, value) in zip(keys, row.items) { try d.set(key, value, interp) }
        if keys.count < row.items.count {
            try d.set(restKey, .object(PyList(Array(row.items[keys.count...]))), interp)
        } else {
            for key in keys[row.items.count...] { try d.set(key, restValue, interp) }
        }
        return .object(d)
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "fieldnames": return try names()
        case "restkey": return restKey
        case "restval": return restValue
        case "reader": return .object(reader)
        case "dialect": return dialect
        case "line_num": return .int(lineNumber)
        default: return nil
        }
    }

    func setAttribute(_ attribute: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        switch attribute {
        case "fieldnames": fieldnames = value
        case "restkey": restKey = value
        case "restval": restValue = value
        case "line_num": lineNumber = try wholeNumber(value)
        default: return false
        }
        return true
    }

    static let type: PyType = {
        let t = PyType(name: "DictReader", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "csv")
        t.isPythonClassInCPython = true
        let signature = PythonSignature("DictReader.__init__", ["f", "fieldnames", "restkey", "restval", "dialect"], required: 1)
        t.construct = { interp, _, args in
            let own = Arguments(args.positional, keywords: args.keywords.filter { !CSVDialect.parameterNames.contains($0.name) })
            let bound = try signature.bind(own)
            var fieldnames = bound[1].flatMap { $0.isNone ? nil : $0 }
            if let names = fieldnames, case .object(let o) = names, o is PyIterator {
                fieldnames = .object(PyList(try interp.iterateToArray(names)))
            }
            let dialect = bound[4] ?? .str("excel")
            let formatting = args.keywords.filter { CSVDialect.parameterNames.contains($0.name) }
            let reader = try CSVModule.reader(bound[0]!, dialect, formatting, interp)
            return .object(CSVDictReader(reader: reader, dialect: dialect, fieldnames: fieldnames,
                                         restKey: bound[2] ?? Value.none, restValue: bound[3] ?? Value.none, interp: interp))
        }
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            if let row = try args[0].as(CSVDictReader.self)?.next() { return row }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        return t
    }()
}
