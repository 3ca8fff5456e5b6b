/// `json`: dumps, dump, loads, load and JSONDecodeError.
///
/// Custom encoder and decoder classes (`cls=`) are not supported.
enum JSONModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("json")
        m.value("JSONDecodeError", .object(decodeErrorType))
        m.function("dumps") { interp, args in
            let (values, options) = try args.leadingParameters("dumps", ["obj"])
            var encoder = try makeEncoder(interp, options)
            if let s = values[0].as(PyStr.self) { return .str(JSONTextEncoder.quote(s.value, asciiOnly: encoder.ensureASCII)) }
            return .str(try encoder.encode(values[0]))
        }
        m.function("dump") { interp, args in
            let (values, options) = try args.leadingParameters("dump", ["obj", "fp"])
            var encoder = try makeEncoder(interp, options)
            // json.dump always goes through CPython's Python encoder.
            encoder.pythonFlavour = true
            let text = try encoder.encode(values[0])
            _ = try interp.callMethod(values[1], "write", Arguments([.str(text)]))
            return .none
        }
        m.function("loads") { interp, args in
            let (values, options) = try args.leadingParameters("loads", ["s"])
            return try decode(interp, values[0], options)
        }
        m.function("load") { interp, args in
            let (values, options) = try args.leadingParameters("load", ["fp"])
            return try decode(interp, interp.callMethod(values[0], "read", Arguments()), options)
        }
        return m.module
    }

    private static func makeEncoder(_ interp: Interpreter, _ keywords: [(name: String, value: Value)]) throws -> JSONTextEncoder {
        var encoder = JSONTextEncoder(interp: interp)
        var separators: Value = .none
        for (name, value) in keywords {
            switch name {
            case "skipkeys": encoder.skipKeys = try interp.isTrue(value)
            case "ensure_ascii": encoder.ensureASCII = try interp.isTrue(value)
            case "check_circular": encoder.checkCircular = try interp.isTrue(value)
            case "allow_nan": encoder.allowNaN = try interp.isTrue(value)
            case "sort_keys": encoder.sortKeys = try interp.isTrue(value)
            case "indent": encoder.indent = try indentText(value)
            case "separators": separators = value
            case "default": encoder.defaultFunction = value.isNone ? nil : value
            case "cls":
                if !value.isNone { throw PyError.unsupported("custom JSON encoder classes (cls=)") }
            default:
                throw PyError.typeError("JSONEncoder.__init__() got an unexpected keyword argument '\(name)'")
            }
        }
        if encoder.indent != nil {
            encoder.itemSeparator = ","
            encoder.pythonFlavour = true
        }
        if !separators.isNone {
            let pair = try interp.iterateToArray(separators)
            guard pair.count == 2 else {
                throw PyError.valueError("\(pair.count > 2 ? "too many values to unpack" : "not enough values to unpack") (expected 2, got \(pair.count))")
            }
            // make_encoder takes the key separator (argument 5) before the item separator.
            for (i, part) in pair.enumerated().reversed() where part.stringValue == nil {
                throw PyError.typeError("make_encoder() argument \(6 - i) must be str, not \(part.typeName)")
            }
            encoder.itemSeparator = pair[0].stringValue!
            encoder.keySeparator = pair[1].stringValue!
        }
        return encoder
    }

    /// `indent`: a number of spaces or the text of one level.
    private static func indentText(_ value: Value) throws -> String? {
        switch value {
        case .none: return nil
        case .object(let s as PyStr): return s.value
        case .int(let n): return String(repeating: " ", count: max(n, 0))
        case .bool(let b): return b ? " " : ""
        default: throw PyError.typeError("can't multiply sequence by non-int of type '\(value.typeName)'")
        }
    }

    private static func decode(_ interp: Interpreter, _ source: Value, _ keywords: [(name: String, value: Value)]) throws -> Value {
        let document: PyStr
        switch source {
        case .object(let s as PyStr):
            if s.value.unicodeScalars.first == "\u{FEFF}" {
                throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", document: s, position: 0)
            }
            document = s
        case .object(let b as PyBytes):
            document = PyStr(try text(ofJSONBytes: b, interp))
        default:
            throw PyError.typeError("the JSON object must be str, bytes or bytearray, not \(source.type.name)")
        }
        var decoder = JSONTextDecoder(interp: interp, document: document)
        for (name, value) in keywords where !value.isNone || name == "strict" {
            switch name {
            case "object_hook": decoder.objectHook = value
            case "object_pairs_hook": decoder.objectPairsHook = value
            case "parse_float": decoder.parseFloat = value
            case "parse_int": decoder.parseInt = value
            case "parse_constant": decoder.parseConstant = value
            case "strict": decoder.strict = try interp.isTrue(value)
            case "cls": throw PyError.unsupported("custom JSON decoder classes (cls=)")
            default:
                throw PyError.typeError("JSONDecoder.__init__() got an unexpected keyword argument '\(name)'")
            }
        }
        return try decoder.decode()
    }

    /// Bytes decoded as `json.loads` decodes them: UTF-8, with or without a byte order mark.
    private static func text(ofJSONBytes b: PyBytes, _ interp: Interpreter) throws -> String {
        var bytes = b.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // CPython recognises UTF-16 and UTF-32 by their byte order marks or zero bytes.
        let wide = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        if wide { throw PyError.unsupported("JSON documents in UTF-16 or UTF-32") }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Invalid UTF-8: bytes.decode reports it as CPython does.
        let decoded = try interp.callMethod(.object(PyBytes(bytes)), "decode", Arguments([.str("utf-8")]))
        return decoded.stringValue ?? ""
    }

    /// `json.JSONDecodeError`: a ValueError with the message, document and position, and the
    /// line and column the position falls on.
    static let decodeErrorType: PyType = {
        let t = PyType(name: "JSONDecodeError", bases: [BuiltinTypes.valueError], layout: .exception,
                       isBuiltin: true, moduleName: "json.decoder")
        t.construct = { interp, _, args in
            let bound = try args.bind("JSONDecodeError.__init__", ["msg", "doc", "pos"], required: 3)
            guard let message = bound[0]!.stringValue, let document = bound[1]!.as(PyStr.self) else {
                throw PyError.unsupported("JSONDecodeError with a message or document that is not a str")
            }
            return .object(decodeError(message, document: document, position: try interp.smallIndexArgument(bound[2]!)).exception)
        }
        return t
    }()

    static func decodeError(_ message: String, document: PyStr, position: Int) -> PyError {
        let before = document.substring(0..<min(position, document.count))
        let line = before.unicodeScalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lastNewline = before.unicodeScalars.lastIndex(of: "\n").map { before.unicodeScalars.distance(from: before.unicodeScalars.startIndex, to: $0) } ?? -1
        let column = position - lastNewline
        let text = "\(message): line \(line) column \(column) (char \(position))"
        let e = PyExceptionObject(cls: decodeErrorType, args: [.str(text)])
        e.dict["msg"] = .str(message)
        e.dict["doc"] = .object(document)
        e.dict["pos"] = .int(position)
        e.dict["lineno"] = .int(line)
        e.dict["colno"] = .int(column)
        return PyError(e)
    }
}
