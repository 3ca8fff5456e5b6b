import Foundation
import BigInt

/// Rich comparison, membership and ordering.
extension Interpreter {
    /// The method `a op b` calls on `a`, and its reflection on `b`. A switch rather than a
    /// dictionary: comparisons are hot, and hashing the operator on each would show.
    private static func comparisonDunder(_ op: CompareOp) -> (String, String) {
        switch op {
        case .eq: return ("__eq__", "__eq__")
        case .ne: return ("__ne__", "__ne__")
        case .lt: return ("__lt__", "__gt__")
        case .le: return ("__le__", "__ge__")
        case .gt: return ("__gt__", "__lt__")
        default: return ("__ge__", "__le__")
        }
    }

    /// One comparison operator; `in`, `is` and their negations included.
    public func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: break
        }
        if case .int(let x) = a, case .int(let y) = b { return .bool(Self.order(x, y, op)) }
        if case .float(let x) = a, case .float(let y) = b { return .bool(Self.order(x, y, op)) }
        let (name, reflected) = Self.comparisonDunder(op)
        let subclassInvolved = a.type.layout == .builtinSubclass || b.type.layout == .builtinSubclass
        if !subclassInvolved, let r = try builtinCompare(a, b, op) { return .bool(r) }

        let leftType = a.type, rightType = b.type
        let rightFirst = rightType !== leftType && rightType.isSubtype(of: leftType)
        if rightFirst, let m = rightType.lookup(reflected), isUserMethod(m) {
            let r = try callValue(bind(m, to: b), Arguments([a]))
            if !isNotImplemented(r) { return r }
        }
        if let m = leftType.lookup(name), isUserMethod(m) {
            let r = try callValue(bind(m, to: a), Arguments([b]))
            if !isNotImplemented(r) { return r }
        }
        if !rightFirst, let m = rightType.lookup(reflected), isUserMethod(m) {
            let r = try callValue(bind(m, to: b), Arguments([a]))
            if !isNotImplemented(r) { return r }
        }
        if op == .ne, let m = leftType.lookup("__eq__"), isUserMethod(m) {
            let r = try callValue(bind(m, to: a), Arguments([b]))
            if !isNotImplemented(r) { return .bool(!(try isTrue(r))) }
        }
        if subclassInvolved, let r = try builtinCompare(a, b, op) { return .bool(r) }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw PyError.typeError("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    private func isUserMethod(_ m: Value) -> Bool {
        if case .object(let f as PyNativeFunction) = m { return f.owner?.hasCoreOperators != true }
        return !m.isNone
    }

    /// `a < b` and friends as a Swift Bool, for sorting and min/max.
    public func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .float(let x) = a, case .float(let y) = b { return x < y }
        if case .object(let s as PyStr) = a, case .object(let t as PyStr) = b { return Self.strLess(s.value, t.value) }
        if case .object(let s as PyTuple) = a, case .object(let t as PyTuple) = b, s.subclass == nil, t.subclass == nil,
           let less = Self.intTupleLess(s.items, t.items) {
            return less
        }
        return try isTrue(compare(a, b, .lt))
    }

    /// `x < y` for plain tuples whose items up to the first difference are ints (sorting
    /// pairs of numbers); nil when another kind of item is met first, which `compare` then
    /// handles. Nothing has run by then: comparing ints calls no Python code.
    private static func intTupleLess(_ x: [Value], _ y: [Value]) -> Bool? {
        for i in 0..<min(x.count, y.count) {
            guard case .int(let p) = x[i], case .int(let q) = y[i] else { return nil }
            if p != q { return p < q }
        }
        return x.count < y.count
    }

    @inline(__always)
    static func order<T: Comparable>(_ x: T, _ y: T, _ op: CompareOp) -> Bool {
        switch op {
        case .eq: return x == y
        case .ne: return x != y
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        default: return false
        }
    }

    /// Python compares strings by code point, which is UTF-8 byte order; Swift's `<` does not.
    static func strLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Python's `==` on str: the same code points. (Swift's `==` also accepts canonically
    /// equivalent text.) Compares the UTF-8 storage directly when it is contiguous.
    static func strEqual(_ a: String, _ b: String) -> Bool {
        if sameRepresentation(a, b) { return true }
        let u = a.utf8, v = b.utf8
        guard u.count == v.count else { return false }
        if u.isEmpty { return true }
        let same = u.withContiguousStorageIfAvailable { p in
            v.withContiguousStorageIfAvailable { q in memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
        if let same, let same { return same }
        return u.elementsEqual(v)
    }

    /// Whether two strings are the same bits: the same storage, or the same short text held
    /// inline (Swift keeps text of up to 15 UTF-8 bytes in the string itself, zero-padded).
    /// Such strings are equal; ones that are not may still be equal. Dict keys made afresh
    /// (`"k" + str(i)`) are mostly short, and this spares the byte comparison for them.
    @inline(__always)
    private static func sameRepresentation(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }

    /// Comparisons of builtin types, or nil when neither side is one that compares here.
    func builtinCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Bool? {
        if let x = Numeric(a), let y = Numeric(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): return Self.order(i, j, op)
            case (.float(let d), .float(let e)): return Self.order(d, e, op)
            case (.int(let i), .float(let d)): return Self.compareIntFloat(i, d, op)
            case (.float(let d), .int(let i)): return Self.compareIntFloat(i, d, Self.swapped(op))
            }
        }
        guard case .object(let l) = a, case .object(let r) = b else {
            if a.isNone && b.isNone, op == .eq || op == .ne { return op == .eq }
            return nil
        }
        switch (l, r) {
        case (let s as PyStr, let t as PyStr):
            switch op {
            case .eq: return Self.strEqual(s.value, t.value)
            case .ne: return !Self.strEqual(s.value, t.value)
            case .lt: return Self.strLess(s.value, t.value)
            case .le: return !Self.strLess(t.value, s.value)
            case .gt: return Self.strLess(t.value, s.value)
            case .ge: return !Self.strLess(s.value, t.value)
            default: return nil
            }
        case (let x as PyList, let y as PyList): return try compareSequences(x.items, y.items, op)
        case (let x as PyTuple, let y as PyTuple): return try compareSequences(x.items, y.items, op)
        case (let x as PyBytes, let y as PyBytes):
            switch op {
            case .eq: return x.bytes == y.bytes
            case .ne: return x.bytes != y.bytes
            default: return Self.order(x.bytes.lexicographicallyPrecedes(y.bytes) ? 0 : (x.bytes == y.bytes ? 1 : 2), 1, op)
            }
        case (let x as PyDict, let y as PyDict):
            guard op == .eq || op == .ne else { return nil }
            var same = x.count == y.count
            if same {
                for (k, v) in x.items {
                    guard let w = try y.get(k, self), try equals(v, w) else { same = false; break }
                }
            }
            return op == .eq ? same : !same
        case (let x as PySet, let y as PySet):
            func subset(_ p: PySet, _ q: PySet) throws -> Bool {
                if p.count > q.count { return false }
                for e in p.elements where !(try q.contains(e, self)) { return false }
                return true
            }
            switch op {
            case .eq: return try x.count == y.count && subset(x, y)
            case .ne: return try !(x.count == y.count && subset(x, y))
            case .le: return try subset(x, y)
            case .lt: return try x.count < y.count && subset(x, y)
            case .ge: return try subset(y, x)
            case .gt: return try y.count < x.count && subset(y, x)
            default: return nil
            }
        case (let x as PyRange, let y as PyRange):
            guard op == .eq || op == .ne else { return nil }
            let same = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return op == .eq ? same : !same
        case (is PyDictView, _), (_, is PyDictView):
            return try dictViewCompare(a, b, op)
        case (is PyRange, is PyBigRange), (is PyBigRange, is PyRange), (is PyBigRange, is PyBigRange):
            guard op == .eq || op == .ne else { return nil }
            let same = RangeBounds(a)!.sameElements(as: RangeBounds(b)!)
            return op == .eq ? same : !same
        default:
            return nil
        }
    }

    private static func swapped(_ op: CompareOp) -> CompareOp {
        switch op {
        case .lt: return .gt
        case .gt: return .lt
        case .le: return .ge
        case .ge: return .le
        default: return op
        }
    }

    /// Exact comparison of an int and a float, as CPython does it.
    private static func compareIntFloat(_ i: BigInt, _ d: Double, _ op: CompareOp) -> Bool {
        if d.isNaN { return op == .ne }
        if d.isInfinite { return order(0.0, d > 0 ? 1.0 : -1.0, op) }
        let floor = d.rounded(.down)
        let fi = BigInt(floor)
        if fi != i { return order(i, fi, op) }
        // Equal integer parts: the fraction decides.
        return order(0.0, d - floor, op)
    }

    private func compareSequences(_ x: [Value], _ y: [Value], _ op: CompareOp) throws -> Bool {
        if (op == .eq || op == .ne) && x.count != y.count { return op == .ne }
        for (p, q) in zip(x, y) {
            if p.isIdentical(to: q) { continue }
            if try equals(p, q) { continue }
            switch op {
            case .eq: return false
            case .ne: return true
            default: return try isTrue(compare(p, q, op))
            }
        }
        return Self.order(x.count, y.count, op)
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            if let m = override(o, "__contains__") { return try isTrue(callValue(bind(m, to: container), Arguments([item]))) }
        }
        return try builtinContains(container, item)
    }

    /// `item in container` as the builtin type answers it, ignoring a subclass's `__contains__`.
    func builtinContains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            switch o {
            case let s as PyStr:
                guard let t = item.stringValue else {
                    throw PyError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
                }
                return TextSearch(s.value, t).first() != nil
            case let l as PyList:
                for v in l.items where try v.isIdentical(to: item) || equals(v, item) { return true }
                return false
            case let t as PyTuple:
                for v in t.items where try v.isIdentical(to: item) || equals(v, item) { return true }
                return false
            case let d as PyDict: return try d.get(item, self) != nil
            case let s as PySet: return try s.contains(item, self)
            case let r as PyRange:
                guard case .int(let i) = item else {
                    return try Self.sequenceContains(r, item, self)
                }
                if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                return (i - r.start) % r.step == 0
            case let b as PyBytes:
                if case .int(let i) = item { return b.bytes.contains(UInt8(truncatingIfNeeded: i)) }
                guard let sub = item.as(PyBytes.self) else { return false }
                return sub.bytes.isEmpty || b.bytes.indices.contains { b.bytes[$0...].starts(with: sub.bytes) }
            default:
                if let m = o.type.lookup("__contains__") {
                    return try isTrue(callValue(bind(m, to: container), Arguments([item])))
                }
            }
        }
        guard container.type.lookup("__iter__") != nil || container.type.lookup("__getitem__") != nil else {
            throw PyError.typeError("argument of type '\(container.typeName)' is not iterable")
        }
        let it = try iterate(container)
        while let v = try it.next() {
            if try v.isIdentical(to: item) || equals(v, item) { return true }
        }
        return false
    }

    private static func sequenceContains(_ r: PyRange, _ item: Value, _ interp: Interpreter) throws -> Bool {
        for i in 0..<r.count where try interp.equals(.int(r.element(i)), item) { return true }
        return false
    }
}
