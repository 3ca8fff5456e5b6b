/// Serialises Python values as JSON text, byte for byte as CPython's `json.dumps`.
///
/// CPython has two encoders: a C one for compact output and a Python one used with
/// `indent` and by `json.dump`. Their output is the same; a few error messages differ,
/// and `pythonFlavour` picks which ones are raised.
struct JSONTextEncoder {
    let interp: Interpreter
    var skipKeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    /// The text of one indentation level, or nil for single-line output.
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var defaultFunction: Value?
    var pythonFlavour = false

    private var output = ""
    private var markers: Set<ObjectIdentifier> = []
    private var nesting = 0
    private var maximumNesting = 0

    init(interp: Interpreter) {
        self.interp = interp
    }

    mutating func encode(_ value: Value) throws -> String {
        // CPython counts the encoder's nesting against the recursion limit, beside the
        // frames of the caller and of json's own Python functions.
        maximumNesting = interp.recursionLimit - interp.depth - (pythonFlavour ? 5 : 6)
        output = ""
        try encodeValue(value, level: 0)
        return output
    }

    private mutating func encodeValue(_ value: Value, level: Int) throws {
        switch value {
        case .none: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let i): output += String(i)
        case .float(let d): output += try floatText(d)
        case .object(let o):
            switch o {
            case let s as PyStr: output += JSONTextEncoder.quote(s.value, asciiOnly: ensureASCII)
            case is PyBigInt: output += try interp.repr(value)
            case let l as PyList: try encodeArray(l.items, o, level: level)
            case let t as PyTuple: try encodeArray(t.items, o, level: level)
            case let d as PyDict: try encodeObject(d, level: level)
            default: try encodeOther(value, o, level: level)
            }
        }
    }

    private func floatText(_ d: Double) throws -> String {
        if d.isFinite { return pythonFloatRepr(d) }
        if !allowNaN {
            let detail = pythonFlavour ? ": " + pythonFloatRepr(d) : ""
            throw PyError.valueError("Out of range float values are not JSON compliant" + detail)
        }
        if d.isNaN { return "NaN" }
        return d > 0 ? "Infinity" : "-Infinity"
    }

    private mutating func enter(_ o: PyObject) throws {
        nesting += 1
        if nesting > maximumNesting {
            let detail = pythonFlavour ? "while calling a Python object" : "while encoding a JSON object"
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded \(detail)")
        }
        if checkCircular {
            if !markers.insert(ObjectIdentifier(o)).inserted {
                throw PyError.valueError("Circular reference detected")
            }
        }
    }

    private mutating func leave(_ o: PyObject) {
        nesting -= 1
        if checkCircular { markers.remove(ObjectIdentifier(o)) }
    }

    /// Starts a container's contents: the separator between items, after any newline.
    private mutating func open(_ bracket: String, level: Int) -> String {
        output += bracket
        guard let indent else { return itemSeparator }
        let newline = "\n" + String(repeating: indent, count: level + 1)
        output += newline
        return itemSeparator + newline
    }

    private mutating func close(_ bracket: String, level: Int) {
        if let indent { output += "\n" + String(repeating: indent, count: level) }
        output += bracket
    }

    private mutating func encodeArray(_ items: [Value], _ o: PyObject, level: Int) throws {
        if items.isEmpty {
            output += "[]"
            return
        }
        try enter(o)
        let separator = open("[", level: level)
        for (i, item) in items.enumerated() {
            if i > 0 { output += separator }
            try encodeValue(item, level: level + 1)
        }
        close("]", level: level)
        leave(o)
    }

    private mutating func encodeObject(_ dict: PyDict, level: Int) throws {
        if dict.count == 0 {
            output += "{}"
            return
        }
        try enter(dict)
        var items = dict.items
        if sortKeys {
            // `sorted(dct.items())`: keys are distinct, so only they are ever compared.
            let keys = PyList(items.map(\.key))
            try interp.sortList(keys, key: nil, reverse: nil)
            items = try keys.items.map { ($0, try dict.get($0, interp)!) }
        }
        let separator = open("{", level: level)
        var first = true
        for (key, value) in items {
            guard let name = try keyText(key) else { continue }
            if !first { output += separator }
            first = false
            output += JSONTextEncoder.quote(name, asciiOnly: ensureASCII)
            output += keySeparator
            try encodeValue(value, level: level + 1)
        }
        close("}", level: level)
        leave(dict)
    }

    /// A dict key as JSON object member name, or nil when `skipkeys` drops it.
    private func keyText(_ key: Value) throws -> String? {
        switch key {
        case .object(let s as PyStr): return s.value
        case .float(let d): return try floatText(d)
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let i): return String(i)
        case .object(is PyBigInt): return try interp.repr(key)
        default:
            if skipKeys { return nil }
            throw PyError.typeError("keys must be str, int, float, bool or None, not \(key.type.name)")
        }
    }

    private mutating func encodeOther(_ value: Value, _ o: PyObject, level: Int) throws {
        guard let defaultFunction else {
            throw PyError.typeError("Object of type \(value.type.name) is not JSON serializable")
        }
        try enter(o)
        try encodeValue(interp.callValue(defaultFunction, Arguments([value])), level: level)
        leave(o)
    }

    /// A JSON string literal. With `asciiOnly` everything outside printable ASCII is
    /// escaped, characters beyond the BMP as surrogate pairs.
    static func quote(_ s: String, asciiOnly: Bool) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let v = scalar.value
                if v < 0x20 || (asciiOnly && v > 0x7E) {
                    if v > 0xFFFF {
                        let offset = v - 0x10000
                        out += unicodeEscape(0xD800 | (offset >> 10)) + unicodeEscape(0xDC00 | (offset & 0x3FF))
                    } else {
                        out += unicodeEscape(v)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    private static func unicodeEscape(_ v: UInt32) -> String {
        "\\u" + String(v, radix: 16).leftPadded(to: 4)
    }
}
