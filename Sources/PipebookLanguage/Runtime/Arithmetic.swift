import BigInt
import Foundation

/// Binary and unary operators with Python's numeric semantics.
extension Interpreter {
    /// The methods of `a op b`: on `a`, reflected on `b`, and in place for `a op= b`.
    /// A switch rather than a dictionary, since hashing the operator on every use would show.
    static func dunder(_ op: BinaryOp) -> (String, String, String) {
        switch op {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .sub: return ("__sub__", "__rsub__", "__isub__")
        case .mul: return ("__mul__", "__rmul__", "__imul__")
        case .matMul: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .div: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDiv: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .mod: return ("__mod__", "__rmod__", "__imod__")
        case .pow: return ("__pow__", "__rpow__", "__ipow__")
        case .lshift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rshift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        }
    }

    /// `a op b`.
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try Self.intOp(op, x, y) }
        if case .float(let x) = a, case .float(let y) = b { return try Self.floatOp(op, x, y) }
        // A machine int meets a float: CPython converts the int first, and Double(Int) rounds
        // to nearest, ties to even, as CPython does.
        if op.isArithmetic {
            if case .int(let x) = a, case .float(let y) = b { return try Self.floatOp(op, Double(x), y) }
            if case .float(let x) = a, case .int(let y) = b { return try Self.floatOp(op, x, Double(y)) }
        }
        // Two strs: no subclass of str exists to define `__add__` or `__radd__`.
        if op == .add, case .object(let x) = a, case .object(let y) = b,
           type(of: x) == PyStr.self, type(of: y) == PyStr.self {
            let s = unsafeDowncast(x, to: PyStr.self), t = unsafeDowncast(y, to: PyStr.self)
            return .object(PyStr(s.value + t.value))
        }
        return try binarySlow(op, a, b)
    }

    /// `a op= b`: in-place where the type supports it (lists, user `__iadd__`), else `a op b`.
    func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            if let list = o as? PyList {
                if op == .add {
                    list.items.append(contentsOf: try iterateToArray(b))
                    return a
                }
                if op == .mul {
                    let n = try repeatCount(b, for: "list")
                    let items = list.items
                    list.items = n <= 0 ? [] : Array([[Value]](repeating: items, count: n).joined())
                    return a
                }
            }
            if o is PyInstance, let m = o.type.lookup(Self.dunder(op).2) {
                let r = try callValue(bind(m, to: a), Arguments([b]))
                if !isNotImplemented(r) { return r }
            }
            if let set = o as? PySet, !set.isFrozen, let other = b.as(PySet.self) {
                switch op {
                case .bitOr: try set.merge(other, self); return a
                default: break
                }
            }
        }
        return try binary(op, a, b)
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === PyNotImplemented.shared }
        return false
    }

    private func binarySlow(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        // Numbers: bool, int, big int and float mix freely, but bit operations take ints only.
        if let x = Numeric(a), let y = Numeric(b) {
            if [.bitAnd, .bitOr, .bitXor, .lshift, .rshift, .matMul].contains(op), !(x.isInteger && y.isInteger) {
                throw PyError.typeError("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
            }
            return try Self.numericOp(op, x, y)
        }

        // User classes: __op__ on the left, then __rop__ on the right, CPython's order.
        let (name, reflected, _) = Self.dunder(op)
        let leftType = a.type, rightType = b.type
        let rightFirst = rightType !== leftType && rightType.isSubtype(of: leftType) && !rightType.hasCoreOperators
        if rightFirst, let m = rightType.lookup(reflected), !isBuiltinMethod(m) {
            let r = try callValue(bind(m, to: b), Arguments([a]))
            if !isNotImplemented(r) { return r }
        }
        if !leftType.hasCoreOperators, let m = leftType.lookup(name), !isBuiltinMethod(m) {
            let r = try callValue(bind(m, to: a), Arguments([b]))
            if !isNotImplemented(r) { return r }
        }
        if let r = try builtinBinary(op, a, b) { return r }
        if !rightFirst, rightType !== leftType, !rightType.hasCoreOperators, let m = rightType.lookup(reflected), !isBuiltinMethod(m) {
            let r = try callValue(bind(m, to: b), Arguments([a]))
            if !isNotImplemented(r) { return r }
        }
        if op == .add, a.as(PyStr.self) != nil {
            throw PyError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
        }
        if op == .add, a.as(PyList.self) != nil {
            throw PyError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
        }
        if op == .add, a.as(PyTuple.self) != nil {
            throw PyError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        }
        if op == .pow {
            throw PyError.typeError("unsupported operand type(s) for ** or pow(): '\(a.typeName)' and '\(b.typeName)'")
        }
        throw PyError.typeError("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
    }

    private func isBuiltinMethod(_ m: Value) -> Bool {
        if case .object(let f as PyNativeFunction) = m { return f.owner?.hasCoreOperators == true }
        return false
    }

    /// Operators builtin non-numeric types define: sequences, sets, dicts, str formatting.
    private func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let left) = a else {
            if op == .mul, Numeric(a) != nil, case .object(let right) = b, isSequence(right) {
                return try builtinBinary(op, b, a)
            }
            return nil
        }
        switch (op, left) {
        case (.add, let s as PyStr):
            guard let t = b.as(PyStr.self) else { return nil }
            return .str(s.value + t.value)
        case (.add, let l as PyList):
            guard let m = b.as(PyList.self) else { return nil }
            return .object(PyList(l.items + m.items))
        case (.add, let t as PyTuple):
            guard let u = b.as(PyTuple.self) else { return nil }
            return .object(PyTuple(t.items + u.items))
        case (.add, let x as PyBytes):
            guard let y = b.as(PyBytes.self) else { return nil }
            return .object(PyBytes(x.bytes + y.bytes))
        case (.mul, let x as PyBytes):
            guard try isRepeatCount(b) else { return nil }
            let n = try repeatCount(b, for: "bytes")
            return .object(PyBytes(n <= 0 ? [] : Array([[UInt8]](repeating: x.bytes, count: n).joined())))
        case (.mul, let s as PyStr):
            guard try isRepeatCount(b) else { return nil }
            let n = try repeatCount(b, for: "str")
            return .str(n <= 0 ? "" : String(repeating: s.value, count: n))
        case (.mul, let l as PyList):
            guard try isRepeatCount(b) else { return nil }
            let n = try repeatCount(b, for: "list")
            return .object(PyList(n <= 0 ? [] : Array([[Value]](repeating: l.items, count: n).joined())))
        case (.mul, let t as PyTuple):
            guard try isRepeatCount(b) else { return nil }
            let n = try repeatCount(b, for: "tuple")
            return .object(PyTuple(n <= 0 ? [] : Array([[Value]](repeating: t.items, count: n).joined())))
        case (.mod, let s as PyStr):
            return .str(try percentFormat(s.value, b))
        case (_, let s as PySet):
            guard let t = try setOperand(b) else { return nil }
            return try setOperation(op, s, t)
        case (_, let view as PyDictView) where view.kind != .values:
            guard let t = try setOperand(b) else { return nil }
            let s = PySet()
            try addAll(s, .object(PyList(view.elements)))
            return try setOperation(op, s, t)
        case (.bitOr, let d as PyDict):
            guard let e = b.as(PyDict.self) else { return nil }
            let r = d.copy()
            for (k, v) in e.items { try r.set(k, v, self) }
            return .object(r)
        default:
            if op == .mul, Numeric(a) != nil, case .object(let right) = b, isSequence(right) {
                return try builtinBinary(op, b, a)
            }
            return nil
        }
    }

    /// Whether `sequence * v` repeats the sequence; a non-int that is not a user object that
    /// could still answer with `__rmul__` is an error.
    private func isRepeatCount(_ v: Value) throws -> Bool {
        if Numeric(v)?.isInteger == true { return true }
        if case .object(let o) = v, !o.type.isBuiltin { return false }
        if try indexValue(v) != nil { return true }
        throw PyError.typeError("can't multiply sequence by non-int of type '\(v.typeName)'")
    }

    /// The right operand of a set operator: a set, or a dict's keys or items view.
    private func setOperand(_ v: Value) throws -> PySet? {
        if let s = v.as(PySet.self) { return s }
        if let view = v.as(PyDictView.self), view.kind != .values {
            let s = PySet()
            try addAll(s, .object(PyList(view.elements)))
            return s
        }
        return nil
    }

    private func isSequence(_ o: PyObject) -> Bool { o is PyStr || o is PyList || o is PyTuple || o is PyBytes }

    private func repeatCount(_ v: Value, for type: String) throws -> Int {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt): throw PyError.overflow("cannot fit 'int' into an index-sized integer")
        default: throw PyError.typeError("can't multiply sequence by non-int of type '\(v.typeName)'")

        }
    }

    func setOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws -> Value? {
        let frozen = a.isFrozen
        switch op {
        case .bitOr:
            let r = try a.copy(self)
            try r.merge(b, self)
            return .object(r)
        case .bitAnd:
            let r = PySet(frozen: frozen)
            let (small, large) = a.count > b.count ? (b, a) : (a, b)
            for (h, k) in small.hashedElements where try large.contains(k, self) { try r.add(k, hash: h, self) }
            return .object(r)
        case .sub:
            let r = PySet(frozen: frozen)
            for (h, k) in a.hashedElements where !(try b.contains(k, self)) { try r.add(k, hash: h, self) }
            return .object(r)
        case .bitXor:
            let r = PySet(frozen: frozen)
            for (h, k) in a.hashedElements where !(try b.contains(k, self)) { try r.add(k, hash: h, self) }
            for (h, k) in b.hashedElements where !(try a.contains(k, self)) { try r.add(k, hash: h, self) }
            return .object(r)
        default: return nil
        }
    }

    /// `-x`, `+x`, `~x`, `not x`.
    func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(!(try isTrue(v)))
        case (.minus, .int(let i)):
            let (r, overflow) = (0).subtractingReportingOverflow(i)
            return overflow ? .int(-BigInt(i)) : .int(r)
        case (.minus, .float(let d)): return .float(-d)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .int), (.plus, .float): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.minus, .object(let o as PyBigInt)): return .int(-o.value)
        case (.plus, .object(is PyBigInt)): return v
        case (.invert, .object(let o as PyBigInt)): return .int(-o.value - 1)
        default:
            let name: String
            let symbol: String
            switch op {
            case .minus: (name, symbol) = ("__neg__", "-")
            case .plus: (name, symbol) = ("__pos__", "+")
            case .invert: (name, symbol) = ("__invert__", "~")
            case .not: fatalError("handled above")
            }
            if let m = v.type.lookup(name), !isBuiltinMethod(m) {
                return try callValue(bind(m, to: v), Arguments())
            }
            throw PyError.typeError("bad operand type for unary \(symbol): '\(v.typeName)'")
        }
    }

    // MARK: Numbers

    @inline(__always)
    static func intOp(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .int(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .int(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .int(BigInt(x) * BigInt(y)) : .int(r)
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .int(-BigInt(x)) }
            let q = x / y
            return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int(r != 0 && (r < 0) != (y < 0) ? r + y : r)
        case .div:
            if y == 0 { throw PyError.zeroDivision("division by zero") }
            // Both exact as doubles: one IEEE division rounds the quotient correctly.
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(trueDivide(BigInt(x), BigInt(y)))
        case .pow: return try numericOp(.pow, .int(BigInt(x)), .int(BigInt(y)))
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .lshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            if y < 63, x == 0 || (x.magnitude.leadingZeroBitCount > y + 1) { return .int(x << y) }
            return try numericOp(.lshift, .int(BigInt(x)), .int(BigInt(y)))
        case .rshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matMul:
            throw PyError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    @inline(__always)
    static func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow: return try .float(floatPow(x, y))
        default:
            throw PyError.typeError("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    /// CPython's float_divmod: the floor quotient and a remainder with the divisor's sign.
    static func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = y < 0 ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = x / y < 0 ? -0.0 : 0.0
        }
        return (floordiv, mod)
    }

    static func floatPow(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            throw PyError.unsupported("complex numbers (a negative number raised to a fractional power)")
        }
        let r = Foundation.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyError.overflow("(34, 'Numerical result out of range')") }
        return r
    }

    /// True division of ints, correctly rounded when both fit in 53 bits, as CPython guarantees.
    static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double {
        // Scale so the quotient keeps 64 significant bits, then let Double round once more.
        let shift = max(0, 64 - (a.magnitude.bitWidth - b.magnitude.bitWidth))
        let q = (a << shift) / b
        return Double(q) / Foundation.pow(2, Double(shift))
    }

    static func numericOp(_ op: BinaryOp, _ x: Numeric, _ y: Numeric) throws -> Value {
        if case .int(let a) = x, case .int(let b) = y { return try bigIntOp(op, a, b) }
        let a = try x.asDouble(), b = try y.asDouble()
        return try floatOp(op, a, b)
    }

    static func bigIntOp(_ op: BinaryOp, _ a: BigInt, _ b: BigInt) throws -> Value {
        switch op {
        case .add: return .int(a + b)
        case .sub: return .int(a - b)
        case .mul: return .int(a * b)
        case .floorDiv, .mod:
            if b.isZero { throw PyError.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = a.quotientAndRemainder(dividingBy: b)
            if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
                q -= 1
                r += b
            }
            return .int(op == .floorDiv ? q : r)
        case .div:
            if b.isZero { throw PyError.zeroDivision("division by zero") }
            return .float(trueDivide(a, b))
        case .pow:
            if b.sign == .minus {
                if a.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(a), Double(b)))
            }
            guard let e = Int(exactly: b) else { throw PyError.overflow("exponent too large") }
            return .int(a.power(e))
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .lshift:
            if b.sign == .minus { throw PyError.valueError("negative shift count") }
            guard let s = Int(exactly: b), s < 1 << 32 else { throw PyError.overflow("too many digits in integer") }
            return .int(a << s)
        case .rshift:
            if b.sign == .minus { throw PyError.valueError("negative shift count") }
            guard let s = Int(exactly: b) else { return .int(a.sign == .minus ? -1 : 0) }
            return .int(a >> s)
        case .matMul:
            throw PyError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }
}

/// A number operand, after bool and small/big int distinctions are set aside.
enum Numeric {
    case int(BigInt)
    case float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(BigInt(i))
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o as PyBigInt): self = .int(o.value)
        default: return nil
        }
    }

    var isInteger: Bool {
        if case .int = self { return true }
        return false
    }

    func asDouble() throws -> Double {
        switch self {
        case .float(let d): return d
        case .int(let i):
            let d = Double(i)
            if d.isInfinite { throw PyError.overflow("int too large to convert to float") }
            return d
        }
    }
}
