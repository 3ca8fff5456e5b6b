/// Parses JSON text into Python values as CPython's C scanner does, with its error
/// messages and positions (counted in code points).
struct JSONTextDecoder {
    let interp: Interpreter
    /// The document, for `JSONDecodeError.doc`.
    let document: PyStr
    private let text: [Unicode.Scalar]
    var strict = true
    var objectHook: Value?
    var objectPairsHook: Value?
    var parseFloat: Value?
    var parseInt: Value?
    var parseConstant: Value?

    private var nesting = 0
    private var maximumNesting = 0

    init(interp: Interpreter, document: PyStr) {
        self.interp = interp
        self.document = document
        // A local copy: PyStr.scalars would keep it alive as long as the string.
        text = Array(document.value.unicodeScalars)
    }

    /// `JSONDecoder.decode`: one value, surrounded by nothing but whitespace.
    mutating func decode() throws -> Value {
        // Nesting counts against the recursion limit, beside the caller's frames and those
        // of json's own Python functions in CPython.
        maximumNesting = interp.recursionLimit - interp.depth - 5
        let (value, end) = try scan(skipWhitespace(0))
        let rest = skipWhitespace(end)
        if rest != text.count { throw error("Extra data", rest) }
        return value
    }

    private func error(_ message: String, _ position: Int) -> PyError {
        JSONModule.decodeError(message, document: document, position: position)
    }

    private func skipWhitespace(_ start: Int) -> Int {
        var i = start
        while i < text.count, text[i] == " " || text[i] == "\t" || text[i] == "\n" || text[i] == "\r" { i += 1 }
        return i
    }

    private func matches(_ word: String, at i: Int) -> Bool {
        var j = i
        for scalar in word.unicodeScalars {
            guard j < text.count, text[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    /// One JSON value starting at `i`: the value and the position after it.
    private mutating func scan(_ i: Int) throws -> (Value, Int) {
        guard i < text.count else { throw error("Expecting value", i) }
        switch text[i] {
        case "\"":
            let (s, end) = try scanString(i + 1)
            return (.str(s), end)
        case "{":
            try enter("object")
            defer { nesting -= 1 }
            return try scanObject(i + 1)
        case "[":
            try enter("array")
            defer { nesting -= 1 }
            return try scanArray(i + 1)
        case "n" where matches("null", at: i): return (.none, i + 4)
        case "t" where matches("true", at: i): return (.true, i + 4)
        case "f" where matches("false", at: i): return (.false, i + 5)
        case "N" where matches("NaN", at: i): return (try constant("NaN", .nan), i + 3)
        case "I" where matches("Infinity", at: i): return (try constant("Infinity", .infinity), i + 8)
        case "-" where matches("-Infinity", at: i): return (try constant("-Infinity", -.infinity), i + 9)
        default: return try scanNumber(i)
        }
    }

    private mutating func enter(_ kind: String) throws {
        nesting += 1
        if nesting > maximumNesting {
            nesting -= 1
            throw PyError(BuiltinTypes.recursionError,
                          "maximum recursion depth exceeded while decoding a JSON \(kind) from a unicode string")
        }
    }

    private func constant(_ name: String, _ value: Double) throws -> Value {
        guard let parseConstant else { return .float(value) }
        return try interp.callValue(parseConstant, Arguments([.str(name)]))
    }

    private func isDigit(_ i: Int) -> Bool {
        i < text.count && text[i].value >= 0x30 && text[i].value <= 0x39
    }

    private func scanNumber(_ start: Int) throws -> (Value, Int) {
        var i = start
        if text[i] == "-" {
            i += 1
            if i >= text.count { throw error("Expecting value", start) }
        }
        if text[i] == "0" {
            i += 1
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw error("Expecting value", start)
        }
        var isFloat = false
        if i + 1 < text.count, text[i] == ".", isDigit(i + 1) {
            isFloat = true
            i += 2
            while isDigit(i) { i += 1 }
        }
        if i + 1 < text.count, text[i] == "e" || text[i] == "E" {
            let exponentStart = i
            i += 1
            if i + 1 < text.count, text[i] == "-" || text[i] == "+" { i += 1 }
            while isDigit(i) { i += 1 }
            // An exponent without digits is not part of the number.
            if isDigit(i - 1) { isFloat = true } else { i = exponentStart }
        }
        var literal = String.UnicodeScalarView()
        literal.append(contentsOf: text[start..<i])
        let number = String(literal)
        if let custom = isFloat ? parseFloat : parseInt {
            return (try interp.callValue(custom, Arguments([.str(number)])), i)
        }
        if isFloat { return (.float(Double(number)!), i) }
        if let small = Int(number) { return (.int(small), i) }
        return (try interp.parseInt(number, base: 10), i)
    }

    /// A string whose opening quote is just before `start`: its value and the position after
    /// the closing quote.
    private func scanString(_ start: Int) throws -> (String, Int) {
        let begin = start - 1
        var out = String.UnicodeScalarView()
        var end = start
        // Pipebook's strings cannot hold one; reported once the string is known to be well formed.
        var loneSurrogate: UInt32?
        while true {
            var next = end
            while next < text.count {
                let c = text[next]
                if c == "\"" || c == "\\" { break }
                if c.value <= 0x1F && strict { throw error("Invalid control character at", next) }
                next += 1
            }
            guard next < text.count else { throw error("Unterminated string starting at", begin) }
            out.append(contentsOf: text[end..<next])
            next += 1
            if text[next - 1] == "\"" {
                if let code = loneSurrogate {
                    throw PyError.unsupported("strings with lone surrogates (\\u\(String(code, radix: 16)) in JSON text)")
                }
                return (String(out), next)
            }
            guard next < text.count else { throw error("Unterminated string starting at", begin) }
            let c = text[next]
            if c != "u" {
                end = next + 1
                switch c {
                case "\"", "\\", "/": out.append(c)
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                default: throw error("Invalid \\escape", end - 2)
                }
                continue
            }
            next += 1
            end = next + 4
            if end >= text.count { throw error("Invalid \\uXXXX escape", next - 1) }
            var code = try hexQuad(at: next, errorAt: end - 5)
            // A high surrogate followed by an escaped low one is a single character.
            if (0xD800...0xDBFF).contains(code), end + 6 < text.count, text[end] == "\\", text[end + 1] == "u" {
                let low = try hexQuad(at: end + 2, errorAt: end + 1)
                if (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10 | (low - 0xDC00))
                    end += 6
                }
            }
            if let scalar = Unicode.Scalar(code) {
                out.append(scalar)
            } else if loneSurrogate == nil {
                loneSurrogate = code
            }
        }
    }

    private func hexQuad(at start: Int, errorAt position: Int) throws -> UInt32 {
        var code: UInt32 = 0
        for i in start..<(start + 4) {
            guard text[i].isASCII, let digit = UInt32(String(text[i]), radix: 16) else {
                throw error("Invalid \\uXXXX escape", position)
            }
            code = code << 4 | digit
        }
        return code
    }

    private mutating func scanObject(_ start: Int) throws -> (Value, Int) {
        var pairs: [(Value, Value)] = []
        let dict = objectPairsHook == nil ? PyDict() : nil
        var i = skipWhitespace(start)
        if i >= text.count || text[i] != "}" {
            while true {
                guard i < text.count, text[i] == "\"" else {
                    throw error("Expecting property name enclosed in double quotes", i)
                }
                let (key, afterKey) = try scanString(i + 1)
                i = skipWhitespace(afterKey)
                guard i < text.count, text[i] == ":" else { throw error("Expecting ':' delimiter", i) }
                let (value, afterValue) = try scan(skipWhitespace(i + 1))
                if let dict { dict.set(key, value) } else { pairs.append((.str(key), value)) }
                i = skipWhitespace(afterValue)
                if i < text.count, text[i] == "}" { break }
                guard i < text.count, text[i] == "," else { throw error("Expecting ',' delimiter", i) }
                i = skipWhitespace(i + 1)
            }
        }
        let end = i + 1
        if let dict {
            guard let objectHook else { return (.object(dict), end) }
            return (try interp.callValue(objectHook, Arguments([.object(dict)])), end)
        }
        let list = PyList(pairs.map { .object(PyTuple([$0.0, $0.1])) })
        return (try interp.callValue(objectPairsHook!, Arguments([.object(list)])), end)
    }

    private mutating func scanArray(_ start: Int) throws -> (Value, Int) {
        var items: [Value] = []
        var i = skipWhitespace(start)
        if i >= text.count || text[i] != "]" {
            while true {
                let (value, afterValue) = try scan(i)
                items.append(value)
                i = skipWhitespace(afterValue)
                if i < text.count, text[i] == "]" { break }
                guard i < text.count, text[i] == "," else { throw error("Expecting ',' delimiter", i) }
                i = skipWhitespace(i + 1)
            }
        }
        return (.object(PyList(items)), i + 1)
    }
}
