import BigInt

/// `repr()` and `str()`.
extension Interpreter {
    public func repr(_ value: Value) throws -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .object(let o): return try repr(object: o, value)
        }
    }

    private func repr(object o: PyObject, _ value: Value) throws -> String {
        if override(o, "__repr__") != nil, let r = try userMethod("__repr__", of: value, skipBuiltin: true) { return r }
        return try builtinRepr(object: o, value)
    }

    /// The repr the builtin type gives, ignoring a subclass's `__repr__`.
    func builtinRepr(object o: PyObject, _ value: Value) throws -> String {
        switch o {
        case let s as PyStr: return Self.quote(s.value)
        case let b as PyBigInt: return String(b.value)
        case let l as PyList:
            return try guardRecursion(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return try guardRecursion(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
        case let d as PyDict:
            return try guardRecursion(o, "{...}") {
                "{" + (try d.items.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return "\(name)()" }
            let body = try guardRecursion(o, "...") { "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}" }
            return s.isFrozen ? "frozenset(\(body))" : body
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let b as PyBytes: return Self.bytesRepr(b.bytes)
        case let t as PyType:
            if t.isBuiltin && t.moduleName == "builtins" { return "<class '\(t.name)'>" }
            return "<class '\(t.moduleName).\(t.qualname)'>"
        case let f as PyFunction: return "<function \(f.qualname) at \(address(f))>"
        case let f as PyNativeFunction:
            if let owner = f.owner { return "<method '\(f.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(f.name)>"
        case let m as PyBoundMethod:
            if case .object(let f as PyFunction) = m.function {
                return "<bound method \(f.qualname) of \(try repr(m.receiver))>"
            }
            if case .object(let f as PyNativeFunction) = m.function {
                return "<built-in method \(f.name) of \(m.receiver.typeName) object at \(address(o))>"
            }
            return "<bound method>"
        case let m as PyModule:
            return "<module '\(m.name)'>"
        case is PyNotImplemented: return "NotImplemented"
        case is PyEllipsis: return "Ellipsis"
        case let e as PyExceptionObject:
            if let r = try userMethod("__repr__", of: value, skipBuiltin: true) { return r }
            if e.args.count == 1 { return "\(e.typeName)(\(try repr(e.args[0])))" }
            return "\(e.typeName)(" + (try e.args.map { try repr($0) }.joined(separator: ", ")) + ")"
        default:
            if let r = try userMethod("__repr__", of: value, skipBuiltin: true) { return r }
            if let native = o as? NativeRepresentable { return try native.pythonRepr(self) }
            let t = o.type
            let qualified = t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
            return "<\(qualified) object at \(address(o))>"
        }
    }

    public func str(_ value: Value) throws -> String {
        switch value {
        case .object(let s as PyStr): return s.value
        case .object(let e as PyExceptionObject):
            if let r = try userMethod("__str__", of: value, skipBuiltin: true) { return r }
            switch e.args.count {
            case 0: return ""
            case 1:
                // KeyError shows its key as a repr: str(KeyError('a')) is "'a'".
                if e.cls.isSubtype(of: BuiltinTypes.keyError) { return try repr(e.args[0]) }
                return try str(e.args[0])
            default: return try repr(.object(PyTuple(e.args)))
            }
        case .object(let o) where o is PyInstance || override(o, "__str__") != nil:
            if let r = try userMethod("__str__", of: value, skipBuiltin: true) { return r }
            return try repr(value)
        case .object(let o as NativeRepresentable):
            return try o.pythonStr(self)
        default:
            return try repr(value)
        }
    }

    /// Calls a `__repr__`/`__str__` defined in Python (not the builtin default) and checks it returned a str.
    private func userMethod(_ name: String, of value: Value, skipBuiltin: Bool) throws -> String? {
        guard let m = value.type.lookup(name) else { return nil }
        // `object`'s own defaults would come straight back here.
        if skipBuiltin, case .object(let f as PyNativeFunction) = m, f.owner === BuiltinTypes.object { return nil }
        let r = try callValue(bind(m, to: value), Arguments())
        guard let s = r.stringValue else {
            throw PyError.typeError("\(name) returned non-string (type \(r.typeName))")
        }
        return s
    }

    /// `repr` of a container that may contain itself prints `[...]` for the inner occurrence.
    private func guardRecursion(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    func address(_ o: PyObject) -> String {
        "0x" + String(Self.identity(o), radix: 16).leftPadded(to: 12)
    }

    /// `id(o)`: the object's address, as in CPython (so never negative, and the number that
    /// `<... at 0x...>` reprs show).
    static func identity(_ o: PyObject) -> Int {
        Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o)))
    }

    /// Python's repr of a str: single quotes unless the text has ' and no ".
    static func quote(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// `str.isprintable()` for one code point: everything but controls, formats,
    /// surrogates, private use, unassigned and separators other than the space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7F { return scalar.value >= 0x20 }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func bytesRepr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = bytes.contains(39) && !bytes.contains(34) ? 34 : 39
        var out = "b" + String(UnicodeScalar(quote))
        for b in bytes {
            switch b {
            case 92: out += "\\\\"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            case quote: out += "\\" + String(UnicodeScalar(quote))
            case 32..<127: out.unicodeScalars.append(UnicodeScalar(b))
            default: out += "\\x" + String(b, radix: 16).leftPadded(to: 2)
            }
        }
        return out + String(UnicodeScalar(quote))
    }
}

/// A native object with its own Python repr and str.
public protocol NativeRepresentable: PyObject {
    func pythonRepr(_ interp: Interpreter) throws -> String
    func pythonStr(_ interp: Interpreter) throws -> String
}

extension NativeRepresentable {
    public func pythonStr(_ interp: Interpreter) throws -> String { try pythonRepr(interp) }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
