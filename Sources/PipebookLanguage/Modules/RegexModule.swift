/// `re`: Python's regular expressions on NSRegularExpression (ICU), through a translation of
/// the pattern that keeps Python's meaning, with CPython's errors, results and scanning.
/// Flags are plain ints (CPython prints them as `re.IGNORECASE`); bytes patterns and
/// conditional groups are refused. Compiled patterns are cached per interpreter.
enum RegexModule {
    static let errorType: PyType = {
        let t = PyType(name: "error", bases: [BuiltinTypes.exception], layout: .exception, isBuiltin: true, moduleName: "re")
        let signature = PythonSignature("error", ["msg", "pattern", "pos"], required: 1)
        t.construct = { interp, cls, args in
            let bound = try signature.bind(args)
            let message = try interp.str(bound[0]!)
            let pattern = bound[1].flatMap { $0.isNone ? nil : $0.stringValue }
            let position = try bound[2].flatMap { $0.isNone ? nil : try wholeNumber($0) }
            return .object(error(message, pattern: pattern, position: position, cls: cls).exception)
        }
        return t
    }()

    /// The flag names `repr(pattern)` spells out, in CPython's order.
    static let flagNames: [(String, Int)] = [
        ("TEMPLATE", RegexTranslator.Flag.template), ("IGNORECASE", RegexTranslator.Flag.ignoreCase),
        ("LOCALE", RegexTranslator.Flag.locale), ("MULTILINE", RegexTranslator.Flag.multiline),
        ("DOTALL", RegexTranslator.Flag.dotAll), ("UNICODE", RegexTranslator.Flag.unicode),
        ("VERBOSE", RegexTranslator.Flag.verbose), ("DEBUG", RegexTranslator.Flag.debug), ("ASCII", RegexTranslator.Flag.ascii),
    ]

    /// `re.error(msg, pattern, pos)`: the message gains the position (and line and column
    /// when the pattern has several lines), as CPython words it.
    static func error(_ message: String, pattern: String?, position: Int?, cls: PyType = errorType) -> PyError {
        var text = message
        var line: Value = .none, column: Value = .none
        if let pattern, let position {
            text += " at position \(position)"
            let before = Array(pattern.unicodeScalars.prefix(position))
            let lineNumber = before.filter { $0 == "\n" }.count + 1
            let columnNumber = position - ((before.lastIndex(of: "\n")).map { $0 } ?? -1)
            line = .int(lineNumber)
            column = .int(columnNumber)
            if pattern.contains("\n") { text += " (line \(lineNumber), column \(columnNumber))" }
        }
        let e = PyError(cls, text)
        e.exception.dict["msg"] = .str(message)
        e.exception.dict["pattern"] = pattern.map { .str($0) } ?? Value.none
        e.exception.dict["pos"] = position.map { .int($0) } ?? Value.none
        e.exception.dict["lineno"] = line
        e.exception.dict["colno"] = column
        return e
    }

    /// The string argument of a search: a str (bytes are refused).
    static func string(_ v: Value) throws -> PyStr {
        if let s = v.as(PyStr.self) { return s }
        if v.as(PyBytes.self) != nil { throw PyError.unsupported("bytes patterns and subjects in re") }
        throw PyError.typeError("expected string or bytes-like object, got '\(v.typeName)'")
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("re")
        var cache: [String: RegexPattern] = [:]
        for (name, value) in flagNames where name != "TEMPLATE" && name != "DEBUG" {
            m.value(name, .int(value))
        }
        for (short, long) in [("I", "IGNORECASE"), ("L", "LOCALE"), ("M", "MULTILINE"), ("S", "DOTALL"), ("U", "UNICODE"),
                              ("X", "VERBOSE"), ("A", "ASCII"), ("T", "TEMPLATE")] {
            m.value(short, .int(flagNames.first { $0.0 == long }!.1))
        }
        m.value("TEMPLATE", .int(RegexTranslator.Flag.template))
        m.value("DEBUG", .int(RegexTranslator.Flag.debug))
        m.value("NOFLAG", .int(0))
        m.value("error", .object(errorType))
        m.value("Pattern", .object(RegexPattern.type))
        m.value("Match", .object(RegexMatch.type))

        /// `re._compile`: a cached Pattern for a pattern string, or the Pattern itself.
        func compile(_ pattern: Value, _ flagsValue: Value?) throws -> RegexPattern {
            let flags = try flagsValue.map(wholeNumber) ?? 0
            if let compiled = pattern.as(RegexPattern.self) {
                if flags != 0 { throw PyError.valueError("cannot process flags argument with a compiled pattern") }
                return compiled
            }
            if pattern.as(PyBytes.self) != nil { throw PyError.unsupported("bytes patterns in re") }
            guard let text = pattern.stringValue else { throw PyError.typeError("first argument must be string or compiled pattern") }
            if flags & RegexTranslator.Flag.debug != 0 { throw PyError.unsupported("re.DEBUG") }
            let key = "\(flags)\u{0}\(text)"
            if let cached = cache[key] { return cached }
            let compiled = try RegexPattern(pattern: text, flags: flags)
            if cache.count >= 512 { cache.removeAll() }
            cache[key] = compiled
            return compiled
        }
        /// A module function that compiles its pattern then calls the Pattern method of the same name.
        func delegate(_ name: String, _ parameters: [String], required: Int, method: String? = nil) {
            let signature = PythonSignature(name, parameters, required: required)
            let flagsIndex = parameters.firstIndex(of: "flags")!
            m.function(name) { interp, args in
                let bound = try signature.bind(args)
                let p = try compile(bound[0]!, bound[flagsIndex])
                let rest = bound[1..<flagsIndex].compactMap { $0 }
                return try interp.callMethod(.object(p), method ?? name, Arguments(Array(rest)))
            }
        }
        m.function("compile") { _, args in
            let bound = try PythonSignature("compile", ["pattern", "flags"], required: 1).bind(args)
            return .object(try compile(bound[0]!, bound[1]))
        }
        for name in ["match", "search", "fullmatch", "findall", "finditer"] {
            delegate(name, ["pattern", "string", "flags"], required: 2)
        }
        delegate("sub", ["pattern", "repl", "string", "count", "flags"], required: 3)
        delegate("subn", ["pattern", "repl", "string", "count", "flags"], required: 3)
        delegate("split", ["pattern", "string", "maxsplit", "flags"], required: 2)
        m.function("purge") { _, _ in
            cache.removeAll()
            return .none
        }
        let escape = PythonSignature("escape", ["pattern"])
        m.function("escape") { _, args in
            let pattern = try escape.bind(args)[0]!
            if pattern.as(PyBytes.self) != nil { throw PyError.unsupported("bytes patterns in re") }
            guard let text = pattern.stringValue else {
                throw PyError.typeError("expected str, bytes or os.PathLike object, not \(pattern.typeName)")
            }
            var out = String.UnicodeScalarView()
            for c in text.unicodeScalars {
                if "()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(c) { out.append("\\") }
                out.append(c)
            }
            return .str(String(out))
        }
        m.function("template") { _, _ in throw PyError.unsupported("re.template()") }
        m.function("Scanner") { _, _ in throw PyError.unsupported("re.Scanner") }
        return m.module
    }
}
