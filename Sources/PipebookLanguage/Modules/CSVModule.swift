/// `csv`: readers and writers with CPython's dialects, quoting rules and errors. The
/// registered dialects and the field size limit belong to each interpreter's module.
/// `Sniffer` is refused.
enum CSVModule {
    static let error = PyType(name: "Error", bases: [BuiltinTypes.exception], layout: .exception, isBuiltin: true,
                              moduleName: "_csv")

    /// `csv.Dialect` and the predefined dialect classes, plain classes a program may subclass.
    static let dialect = dialectClass("Dialect", [BuiltinTypes.object], [
        ("_name", .str("")), ("_valid", .false), ("delimiter", .none), ("quotechar", .none), ("escapechar", .none),
        ("doublequote", .none), ("skipinitialspace", .none), ("lineterminator", .none), ("quoting", .none),
    ])
    static let excel = dialectClass("excel", [dialect], [
        ("delimiter", .str(",")), ("quotechar", .str("\"")), ("doublequote", .true), ("skipinitialspace", .false),
        ("lineterminator", .str("\r\n")), ("quoting", .int(CSVDialect.quoteMinimal)),
    ])
    static let excelTab = dialectClass("excel_tab", [excel], [("delimiter", .str("\t"))])
    static let unix = dialectClass("unix_dialect", [dialect], [
        ("delimiter", .str(",")), ("quotechar", .str("\"")), ("doublequote", .true), ("skipinitialspace", .false),
        ("lineterminator", .str("\n")), ("quoting", .int(CSVDialect.quoteAll)),
    ])

    private static func dialectClass(_ name: String, _ bases: [PyType], _ attributes: [(String, Value)]) -> PyType {
        let t = PyType(name: name, bases: bases, layout: .instance, isBuiltin: true, moduleName: "csv")
        t.isPythonClassInCPython = true
        for (key, value) in attributes { t.dict[key] = value }
        return t
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("csv")
        let module = m.module
        let registry = PyDict()
        for (name, cls) in [("excel", excel), ("excel-tab", excelTab), ("unix", unix)] {
            try registry.set(.str(name), .object(CSVDialectObject(try CSVDialect(.object(cls), [], registry: registry, interp))), interp)
        }
        m.value("_dialects", .object(registry))
        m.value("_field_limit", .int(131072))
        for (name, value) in [("QUOTE_MINIMAL", CSVDialect.quoteMinimal), ("QUOTE_ALL", CSVDialect.quoteAll),
                              ("QUOTE_NONNUMERIC", CSVDialect.quoteNonNumeric), ("QUOTE_NONE", CSVDialect.quoteNone)] {
            m.value(name, .int(value))
        }
        m.value("__version__", .str("1.0"))
        m.value("Error", .object(error))
        for t in [dialect, excel, excelTab, unix] { m.value(t.name, .object(t)) }
        m.value("DictReader", .object(CSVDictReader.type))
        m.value("DictWriter", .object(CSVDictWriter.type))

        m.function("reader") { interp, args in
            let (dialect, formatting) = try dialectArguments(args, "reader")
            return .object(try reader(args[0], dialect, formatting, interp))
        }
        m.function("writer") { interp, args in
            let (dialect, formatting) = try dialectArguments(args, "writer")
            return .object(try writer(args[0], dialect, formatting, interp))
        }
        m.function("register_dialect") { interp, args in
            try args.expectPositional("register_dialect", min: 1, max: 2)
            guard args[0].stringValue != nil else { throw PyError.typeError("dialect name must be a string") }
            let d = try CSVDialect(args.count > 1 ? args[1] : nil, args.keywords, registry: registry, interp)
            try registry.set(args[0], .object(CSVDialectObject(d)), interp)
            return .none
        }
        m.function("unregister_dialect") { interp, args in
            try args.expect("unregister_dialect", min: 1, max: 1)
            if try registry.remove(args[0], interp) == nil { throw PyError(error, "unknown dialect") }
            return .none
        }
        m.function("get_dialect") { interp, args in
            try args.expect("get_dialect", min: 1, max: 1)
            guard let d = try registry.get(args[0], interp) else { throw PyError(error, "unknown dialect") }
            return d
        }
        m.function("list_dialects") { _, args in
            try args.expect("list_dialects", min: 0, max: 0)
            return .object(PyList(registry.keys))
        }
        m.function("field_size_limit") { _, args in
            let bound = try args.bind("field_size_limit", ["new_limit"])
            let old = module.globals["_field_limit"] ?? .int(131072)
            if let new = bound[0] {
                guard case .int = new else { throw PyError.typeError("limit must be an integer") }
                module.globals["_field_limit"] = new
            }
            return old
        }
        m.function("Sniffer") { _, _ in throw PyError.unsupported("csv.Sniffer") }
        return m.module
    }

    /// The `dialect` argument (by position or name) and the formatting keywords of `reader`/`writer`.
    private static func dialectArguments(_ args: Arguments, _ function: String) throws
        -> (Value?, [(name: String, value: Value)]) {
        try args.expectPositional(function, min: 1, max: 2)
        var dialect = args.count > 1 ? args[1] : nil
        var formatting: [(name: String, value: Value)] = []
        for (name, value) in args.keywords {
            if name == "dialect" { dialect = value } else { formatting.append((name, value)) }
        }
        return (dialect, formatting)
    }

    private static func state(_ interp: Interpreter) throws -> (registry: PyDict, fieldLimit: Int) {
        let globals = try interp.importModule("csv").globals
        guard let registry = globals["_dialects"]?.as(PyDict.self), case .int(let limit)? = globals["_field_limit"] else {
            throw PyError.runtimeError("the csv module's dialect registry has been replaced")
        }
        return (registry, limit)
    }

    /// `csv.reader(csvfile, dialect, **fmtparams)`.
    static func reader(_ source: Value, _ dialect: Value?, _ keywords: [(name: String, value: Value)],
                       _ interp: Interpreter) throws -> CSVReader {
        let (registry, limit) = try state(interp)
        let input = try interp.iterate(source)
        return CSVReader(dialect: try CSVDialect(dialect, keywords, registry: registry, interp), input: input,
                         fieldLimit: limit, interp: interp)
    }

    /// `csv.writer(csvfile, dialect, **fmtparams)`.
    static func writer(_ output: Value, _ dialect: Value?, _ keywords: [(name: String, value: Value)],
                       _ interp: Interpreter) throws -> CSVWriter {
        let (registry, _) = try state(interp)
        guard let write = try interp.lookupAttribute(output, "write") else {
            throw PyError.typeError("argument 1 must have a \"write\" method")
        }
        return CSVWriter(dialect: try CSVDialect(dialect, keywords, registry: registry, interp), write: write)
    }
}

private extension Arguments {
    /// The positional count check of `expect`, for functions that also take keyword arguments.
    func expectPositional(_ function: String, min: Int, max: Int) throws {
        try Arguments(positional).expect(function, min: min, max: max)
    }
}
