import BigInt

/// Argument conversions that CPython's C modules share, with CPython's error messages.
extension Interpreter {
    /// A number as a C double, as `PyFloat_AsDouble` converts it: floats, ints (exactly
    /// rounded), and objects with `__float__` or `__index__`.
    func realArgument(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let big as PyBigInt): return try Self.double(big.value)
        case .object(let o) where !(o is PyStr):
            if let m = o.type.lookup("__float__") {
                let r = try callValue(bind(m, to: v), Arguments())
                guard case .float(let d) = r else {
                    throw PyError.typeError("\(o.type.name).__float__ returned non-float (type \(r.typeName))")
                }
                return d
            }
            if o.type.lookup("__index__") != nil { return try Self.double(indexArgument(v)) }
        default: break
        }
        throw PyError.typeError("must be real number, not \(v.typeName)")
    }

    /// An integer argument, as `PyNumber_Index` takes it: ints, bools and objects with `__index__`.
    func indexArgument(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if case .object(let o) = v, !(o is PyType), let m = o.type.lookup("__index__") {
            let r = try callValue(bind(m, to: v), Arguments())
            guard let b = r.bigIntValue else {
                throw PyError.typeError("__index__ returned non-int (type \(r.typeName))")
            }
            return b
        }
        throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// An integer argument that must fit a machine word (`PyLong_AsSsize_t` after `__index__`).
    func smallIndexArgument(_ v: Value) throws -> Int {
        if case .int(let i) = v { return i }
        guard let i = Int(exactly: try indexArgument(v)) else {
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        }
        return i
    }

    /// An int converted to the nearest double, ties to even, as CPython's `PyLong_AsDouble`.
    static func double(_ b: BigInt) throws -> Double {
        guard let d = nearestDouble(b) else { throw PyError.overflow("int too large to convert to float") }
        return d
    }

    /// The double nearest to `b` (ties to even), or nil when it is beyond the float range.
    static func nearestDouble(_ b: BigInt) -> Double? {
        let (mantissa, exponent) = roundedMantissa(b.magnitude)
        let result = Double(sign: .plus, exponent: exponent, significand: Double(mantissa))
        if result.isInfinite { return nil }
        return b.sign == .minus ? -result : result
    }

    /// `m` and `e` with `x ≈ m * 2**e` and `0.5 <= m < 1` (x > 0), rounded to 53 bits as
    /// CPython's `_PyLong_Frexp`, for ints too large for a float.
    static func frexp(_ x: BigInt) -> (Double, Int) {
        let (mantissa, exponent) = roundedMantissa(x.magnitude)
        let width = x.magnitude.bitWidth
        var m = Double(sign: .plus, exponent: exponent - width, significand: Double(mantissa))
        var e = width
        if m == 1.0 {
            m = 0.5
            e += 1
        }
        return (m, e)
    }

    /// `n` rounded to 53 significant bits, ties to even: `n ≈ mantissa * 2**exponent`.
    private static func roundedMantissa(_ n: BigUInt) -> (mantissa: UInt64, exponent: Int) {
        let width = n.bitWidth
        if width <= 53 { return (UInt64(n), 0) }
        // Keep 53 bits plus a rounding bit; the bits below only matter as a sticky bit.
        let shift = width - 54
        let top = UInt64(n >> shift)
        var mantissa = top >> 1
        let half = top & 1 == 1
        let sticky = n.trailingZeroBitCount < shift
        if half && (sticky || mantissa & 1 == 1) { mantissa += 1 }
        return (mantissa, shift + 1)
    }

    /// An integral double as a Python int, as `PyLong_FromDouble` makes it.
    static func integer(fromIntegral d: Double) throws -> Value {
        if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        return .int(BigInt(d))
    }
}

extension Arguments {
    /// CPython's `_PyArg_CheckPositional` for a function taking no keywords:
    /// "pow expected 2 arguments, got 1".
    func checkPositional(_ name: String, min: Int, max: Int, qualifiedName: String) throws {
        if !keywords.isEmpty { throw PyError.typeError("\(qualifiedName)() takes no keyword arguments") }
        let n = positional.count
        if n >= min && n <= max { return }
        let (bound, limit) = n < min ? (min == max ? "" : "at least ", min) : (min == max ? "" : "at most ", max)
        throw PyError.typeError("\(name) expected \(bound)\(limit) argument\(limit == 1 ? "" : "s"), got \(n)")
    }

    /// The value of keyword-only argument `name`, checking that no other keyword was passed
    /// ("'foo' is an invalid keyword argument for prod()").
    func keywordOnly(_ names: [String], function: String) throws -> [String: Value] {
        var result: [String: Value] = [:]
        for (name, value) in keywords {
            guard names.contains(name) else {
                throw PyError.typeError("'\(name)' is an invalid keyword argument for \(function)()")
            }
            result[name] = value
        }
        return result
    }
}

extension Arguments {
    /// Binds the leading parameters of a function written in Python in CPython,
    /// `f(a, b, *, option=..., **kw)`: their values, and the keywords left for the rest.
    func leadingParameters(_ function: String, _ names: [String]) throws -> ([Value], [(name: String, value: Value)]) {
        if positional.count > names.count {
            let plural = names.count == 1 ? "" : "s"
            throw PyError.typeError("\(function)() takes \(names.count) positional argument\(plural) but \(positional.count) were given")
        }
        var values: [Value?] = positional + Array(repeating: nil, count: names.count - positional.count)
        var rest: [(name: String, value: Value)] = []
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name) else {
                rest.append((name, value))
                continue
            }
            if values[i] != nil { throw PyError.typeError("\(function)() got multiple values for argument '\(name)'") }
            values[i] = value
        }
        let missing = names.indices.filter { values[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw PyError.typeError("\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return (values.map { $0! }, rest)
    }
}

extension Arguments {
    /// Binds the arguments of a C function as `PyArg_ParseTupleAndKeywords` and Argument
    /// Clinic do, with their messages: one value per name (nil when not given); the last
    /// `keywordOnly` names can only be passed by keyword.
    func parse(_ function: String, _ names: [String], required: Int = 0, keywordOnly: Int = 0) throws -> [Value?] {
        let positionalLimit = names.count - keywordOnly
        if positional.count > positionalLimit {
            let kind = keywordOnly > 0 ? "positional argument" : "argument"
            let plural = positionalLimit == 1 ? "" : "s"
            let bound = positionalLimit == required ? "exactly" : "at most"
            throw PyError.typeError("\(function)() takes \(bound) \(positionalLimit) \(kind)\(plural) (\(positional.count) given)")
        }
        var values: [Value?] = positional + Array(repeating: nil, count: names.count - positional.count)
        for (name, value) in keywords {
            if let i = names.firstIndex(of: name), i >= positional.count { values[i] = value }
        }
        // CPython reports a missing argument first, then one given twice, then unknown names.
        for i in 0..<required where values[i] == nil {
            throw PyError.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        for (name, _) in keywords {
            if let i = names.firstIndex(of: name), i < positional.count {
                throw PyError.typeError("argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
        }
        for (name, _) in keywords where !names.contains(name) {
            throw PyError.typeError("'\(name)' is an invalid keyword argument for \(function)()")
        }
        return values
    }
}

extension Arguments {
    /// Binds arguments as `PyArg_ParseTupleAndKeywords` does for a function it knows no name
    /// of (the datetime constructors): "function missing required argument 'day' (pos 3)".
    func parseUnnamed(_ names: [String], required: Int, keywordOnly: Int = 0) throws -> [Value?] {
        let given = positional.count + keywords.count
        if given > names.count {
            throw PyError.typeError("function takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        let positionalLimit = names.count - keywordOnly
        if positional.count > positionalLimit {
            throw PyError.typeError("function takes at most \(positionalLimit) positional argument\(positionalLimit == 1 ? "" : "s") (\(positional.count) given)")
        }
        var values: [Value?] = positional + Array(repeating: nil, count: names.count - positional.count)
        for (name, value) in keywords {
            if let i = names.firstIndex(of: name), i >= positional.count { values[i] = value }
        }
        for i in 0..<required where values[i] == nil {
            throw PyError.typeError("function missing required argument '\(names[i])' (pos \(i + 1))")
        }
        for (name, _) in keywords {
            if let i = names.firstIndex(of: name), i < positional.count {
                throw PyError.typeError("argument for function given by name ('\(name)') and position (\(i + 1))")
            }
        }
        for (name, _) in keywords where !names.contains(name) {
            throw PyError.typeError("'\(name)' is an invalid keyword argument for this function")
        }
        return values
    }
}

extension Interpreter {
    /// A C `int` argument (the "i" format): an int that fits 32 bits.
    func cIntArgument(_ v: Value) throws -> Int {
        let big = try indexArgument(v)
        guard let i = Int32(exactly: big) else {
            throw PyError.overflow("signed integer is \(big.sign == .minus ? "less than minimum" : "greater than maximum")")
        }
        return Int(i)
    }
}

extension Arguments {
    /// Binds the parameters of a method written in Python in CPython, with its messages
    /// ("Random.randint() missing 1 required positional argument: 'b'").
    func pythonParameters(_ function: String, _ names: [String], required: Int, keywordOnly: [String] = []) throws -> [Value?] {
        let positionalNames = names.filter { !keywordOnly.contains($0) }
        if positional.count > positionalNames.count {
            // CPython counts the receiver among the positional arguments.
            let most = positionalNames.count + 1
            let takes = required == positionalNames.count ? "\(most)" : "from \(required + 1) to \(most)"
            throw PyError.typeError("\(function)() takes \(takes) positional argument\(most == 1 ? "" : "s") but \(positional.count + 1) were given")
        }
        var values: [Value?] = positional + Array(repeating: nil, count: names.count - positional.count)
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if values[i] != nil { throw PyError.typeError("\(function)() got multiple values for argument '\(name)'") }
            values[i] = value
        }
        let missing = (0..<required).filter { values[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw PyError.typeError("\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return values
    }
}
