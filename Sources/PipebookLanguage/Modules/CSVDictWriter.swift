/// `csv.DictWriter`: writes dicts as rows in `fieldnames` order, filling missing keys with
/// `restval` and refusing or ignoring extra keys as `extrasaction` says.
final class CSVDictWriter: PyObject, NativeAttributes {
    let writer: CSVWriter
    private var fieldnames: Value
    private var restValue: Value
    private var extrasAction: Value

    init(writer: CSVWriter, fieldnames: Value, restValue: Value, extrasAction: Value) {
        self.writer = writer
        self.fieldnames = fieldnames
        self.restValue = restValue
        self.extrasAction = extrasAction
    }

    override var type: PyType { Self.type }

    /// The values of a dict in field order, as CPython's `_dict_to_list`.
    private func row(_ rowdict: Value, _ interp: Interpreter) throws -> Value {
        let names = try interp.iterateToArray(fieldnames)
        if extrasAction.stringValue == "raise" {
            var wrong: [String] = []
            for key in try interp.iterateToArray(try interp.callMethod(rowdict, "keys", Arguments())) {
                if try !names.contains(where: { try interp.equals($0, key) }) { wrong.append(try interp.repr(key)) }
            }
            if !wrong.isEmpty {
                throw PyError.valueError("dict contains fields not in fieldnames: " + wrong.joined(separator: ", "))
            }
        }
        let get = try interp.getAttribute(rowdict, "get")
        return .object(PyList(try names.map { try interp.callValue(get, Arguments([$0, restValue])) }))
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "fieldnames": return fieldnames
        case "restval": return restValue
        case "extrasaction": return extrasAction
        case "writer": return .object(writer)
        default: return nil
        }
    }

    func setAttribute(_ attribute: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        switch attribute {
        case "fieldnames": fieldnames = value
        case "restval": restValue = value
        case "extrasaction": extrasAction = value
        default: return false
        }
        return true
    }

    static let type: PyType = {
        let t = PyType(name: "DictWriter", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "csv")
        t.isPythonClassInCPython = true
        let signature = PythonSignature("DictWriter.__init__", ["f", "fieldnames", "restval", "extrasaction", "dialect"], required: 2)
        t.construct = { interp, _, args in
            let own = Arguments(args.positional, keywords: args.keywords.filter { !CSVDialect.parameterNames.contains($0.name) })
            let bound = try signature.bind(own)
            var fieldnames = bound[1]!
            if case .object(let o) = fieldnames, o is PyIterator { fieldnames = .object(PyList(try interp.iterateToArray(fieldnames))) }
            let action = bound[3] ?? .str("raise")
            let lowered = try interp.callMethod(action, "lower", Arguments()).stringValue
            if lowered != "raise" && lowered != "ignore" {
                throw PyError.valueError("extrasaction (\(try interp.str(action))) must be 'raise' or 'ignore'")
            }
            let formatting = args.keywords.filter { CSVDialect.parameterNames.contains($0.name) }
            let writer = try CSVModule.writer(bound[0]!, bound[4] ?? .str("excel"), formatting, interp)
            return .object(CSVDictWriter(writer: writer, fieldnames: fieldnames, restValue: bound[2] ?? .str(""),
                                         extrasAction: action))
        }
        t.method("writeheader") { interp, args in
            try args.expect("writeheader", min: 1, max: 1)
            let w = try receiver(args)
            let line = try w.writer.line(.object(PyList(try interp.iterateToArray(w.fieldnames))), interp)
            return try interp.callValue(w.writer.write, Arguments([.str(line)]))
        }
        t.method("writerow") { interp, args in
            try args.expect("writerow", min: 2, max: 2)
            let w = try receiver(args)
            return try interp.callValue(w.writer.write, Arguments([.str(try w.writer.line(try w.row(args[1], interp), interp))]))
        }
        t.method("writerows") { interp, args in
            try args.expect("writerows", min: 2, max: 2)
            let w = try receiver(args)
            let rows = try interp.iterate(args[1])
            while let row = try rows.next() {
                _ = try interp.callValue(w.writer.write, Arguments([.str(try w.writer.line(try w.row(row, interp), interp))]))
            }
            return .none
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> CSVDictWriter {
        guard let w = args.positional.first?.as(CSVDictWriter.self) else {
            throw PyError.typeError("descriptor requires a 'csv.DictWriter' object")
        }
        return w
    }
}
