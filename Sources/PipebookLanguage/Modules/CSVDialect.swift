/// The formatting parameters of a CSV reader or writer, checked as CPython's `_csv` checks them.
struct CSVDialect {
    static let quoteMinimal = 0, quoteAll = 1, quoteNonNumeric = 2, quoteNone = 3

    var delimiter: Unicode.Scalar = ","
    var quoteChar: Unicode.Scalar? = "\""
    var escapeChar: Unicode.Scalar?
    var doubleQuote = true
    var skipInitialSpace = false
    var lineTerminator = "\r\n"
    var quoting = quoteMinimal
    var strict = false

    static let parameterNames = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
                                 "skipinitialspace", "strict"]

    /// The dialect from a `dialect` argument (a registered name, a Dialect class or object)
    /// overridden by keyword arguments.
    init(_ dialect: Value?, _ keywords: [(name: String, value: Value)], registry: PyDict, _ interp: Interpreter) throws {
        var given: [String: Value] = [:]
        for (name, value) in keywords {
            guard Self.parameterNames.contains(name) else {
                throw PyError.typeError("'\(name)' is an invalid keyword argument for this function")
            }
            given[name] = value
        }
        if var source = dialect {
            if source.stringValue != nil {
                guard let registered = try registry.get(source, interp) else { throw PyError(CSVModule.error, "unknown dialect") }
                source = registered
            }
            for name in Self.parameterNames where given[name] == nil {
                given[name] = try interp.lookupAttribute(source, name)
            }
        }
        delimiter = try Self.character("delimiter", given["delimiter"], noneAllowed: false) ?? ","
        doubleQuote = try given["doublequote"].map { try interp.isTrue($0) } ?? true
        escapeChar = try given["escapechar"].map { try Self.character("escapechar", $0, noneAllowed: true) } ?? nil
        if let terminator = given["lineterminator"] {
            guard let s = terminator.stringValue else { throw PyError.typeError("\"lineterminator\" must be a string") }
            lineTerminator = s
        }
        quoteChar = try given["quotechar"].map { try Self.character("quotechar", $0, noneAllowed: true) } ?? "\""
        if let q = given["quoting"] {
            guard case .int(let n) = q else { throw PyError.typeError("\"quoting\" must be an integer") }
            quoting = n
        }
        skipInitialSpace = try given["skipinitialspace"].map { try interp.isTrue($0) } ?? false
        strict = try given["strict"].map { try interp.isTrue($0) } ?? false
        if !(0...3).contains(quoting) { throw PyError.typeError("bad \"quoting\" value") }
        if given["quotechar"]?.isNone == true && given["quoting"] == nil { quoting = Self.quoteNone }
        if quoting != Self.quoteNone && quoteChar == nil { throw PyError.typeError("quotechar must be set if quoting enabled") }
    }

    private static func character(_ name: String, _ value: Value?, noneAllowed: Bool) throws -> Unicode.Scalar? {
        guard let value else { return nil }
        if noneAllowed && value.isNone { return nil }
        guard let s = value.stringValue else {
            throw PyError.typeError("\"\(name)\" must be string\(noneAllowed ? " or None" : ""), not \(value.typeName)")
        }
        let scalars = Array(s.unicodeScalars)
        guard scalars.count == 1 else { throw PyError.typeError("\"\(name)\" must be a 1-character string") }
        return scalars[0]
    }
}

/// `_csv.Dialect`: what `reader.dialect`, `writer.dialect` and `csv.get_dialect()` return.
final class CSVDialectObject: PyObject, NativeAttributes {
    let dialect: CSVDialect

    init(_ dialect: CSVDialect) { self.dialect = dialect }

    override var type: PyType { Self.type }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        func char(_ c: Unicode.Scalar?) -> Value { c.map { .str(String($0)) } ?? Value.none }
        switch attribute {
        case "delimiter": return char(dialect.delimiter)
        case "quotechar": return char(dialect.quoteChar)
        case "escapechar": return char(dialect.escapeChar)
        case "doublequote": return .bool(dialect.doubleQuote)
        case "skipinitialspace": return .bool(dialect.skipInitialSpace)
        case "lineterminator": return .str(dialect.lineTerminator)
        case "quoting": return .int(dialect.quoting)
        case "strict": return .bool(dialect.strict)
        default: return nil
        }
    }

    static let type = PyType(name: "Dialect", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "_csv")
}
