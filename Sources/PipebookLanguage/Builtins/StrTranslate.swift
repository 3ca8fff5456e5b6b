/// `str.maketrans` and `str.translate`: a table from code points to a replacement (a code
/// point, a string, or None to delete the character).
extension BuiltinMethods {
    static func installStrTranslate() {
        let str = BuiltinTypes.str
        // A static method in CPython: the class it is called on is not an argument.
        str.dict["maketrans"] = .object(PyStaticMethod(.object(PyNativeFunction(name: "maketrans") { interp, args in
            try args.expect("maketrans", min: 1, max: 3)
            return .object(try makeTranslationTable(args.positional, interp))
        })))
        str.method("translate") { interp, args in
            try args.expect("translate", min: 2, max: 2)
            return .str(try translate(try text(args, "translate"), table: args[1], interp))
        }
    }

    private static func makeTranslationTable(_ args: [Value], _ interp: Interpreter) throws -> PyDict {
        let table = PyDict()
        if args.count == 1 {
            guard let mapping = args[0].as(PyDict.self) else {
                throw PyError.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in mapping.items {
                if let s = key.stringValue {
                    guard s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
                        throw PyError.valueError("string keys in translate table must be of length 1")
                    }
                    try table.set(.int(Int(scalar.value)), value, interp)
                } else if case .int = key {
                    try table.set(key, value, interp)
                } else if case .bool(let b) = key {
                    try table.set(.int(b ? 1 : 0), value, interp)
                } else {
                    throw PyError.typeError("keys in translate table must be strings or integers")
                }
            }
            return table
        }
        guard let from = args[0].stringValue else {
            throw PyError.typeError("first maketrans argument must be a string if there is a second argument")
        }
        guard let to = args[1].stringValue else {
            throw PyError.typeError("maketrans() argument 2 must be str, not \(args[1].typeName)")
        }
        let fromScalars = Array(from.unicodeScalars), toScalars = Array(to.unicodeScalars)
        guard fromScalars.count == toScalars.count else {
            throw PyError.valueError("the first two maketrans arguments must have equal length")
        }
        for (f, t) in zip(fromScalars, toScalars) {
            try table.set(.int(Int(f.value)), .int(Int(t.value)), interp)
        }
        if args.count == 3 {
            guard let deleted = args[2].stringValue else {
                throw PyError.typeError("maketrans() argument 3 must be str, not \(args[2].typeName)")
            }
            for d in deleted.unicodeScalars { try table.set(.int(Int(d.value)), .none, interp) }
        }
        return table
    }

    /// Each character looked up in `table` by its code point through `__getitem__`, as CPython
    /// does, so any mapping works; a LookupError keeps the character.
    private static func translate(_ text: String, table: Value, _ interp: Interpreter) throws -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let replacement: Value
            do {
                replacement = try interp.getItem(table, .int(Int(scalar.value)))
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.lookupError) {
                out.append(scalar)
                continue
            }
            switch replacement {
            case .none:
                continue
            case .int(let code):
                guard (0..<0x110000).contains(code) else {
                    throw PyError.valueError("character mapping must be in range(0x110000)")
                }
                guard let mapped = Unicode.Scalar(UInt32(code)) else {
                    throw PyError.unsupported("lone surrogate code points in strings")
                }
                out.append(mapped)
            default:
                if let s = replacement.stringValue {
                    out.append(contentsOf: s.unicodeScalars)
                } else if replacement.bigIntValue != nil {
                    throw PyError.valueError("character mapping must be in range(0x110000)")
                } else {
                    throw PyError.typeError("character mapping must return integer, None or str")
                }
            }
        }
        return String(out)
    }
}
