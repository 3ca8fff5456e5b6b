import BigInt

/// Truth, equality and hashing: the protocols every value takes part in.
extension Interpreter {
    /// Python's `bool(value)`.
    public func isTrue(_ value: Value) throws -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            // The commonest tests first, without asking for the type (str has no subclasses).
            if type(of: o) == PyStr.self { return !unsafeDowncast(o, to: PyStr.self).value.isEmpty }
            if type(of: o) == PyList.self, let list = o as? PyList, list.subclass == nil { return !list.items.isEmpty }
            if o.type.layout == .builtinSubclass, override(o, "__bool__") != nil || override(o, "__len__") != nil {
                if let m = override(o, "__bool__") { return try isTrue(callValue(bind(m, to: value), Arguments())) }
                return try length(value) != 0
            }
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.count != 0
            case let s as PySet: return s.count != 0
            case is PyBigInt: return true
            case let r as PyRange: return r.count != 0
            case let r as PyBigRange: return r.bounds.count != 0
            case let b as PyBytes: return !b.bytes.isEmpty
            case _ where o is PyInstance || o is PyExceptionObject || !o.type.hasCoreOperators:
                if let m = o.type.lookup("__bool__") {
                    let r = try callValue(bind(m, to: value), Arguments())
                    guard case .bool(let b) = r else {
                        throw PyError.typeError("__bool__ should return bool, returned \(r.typeName)")
                    }
                    return b
                }
                if let m = o.type.lookup("__len__") {
                    return try lengthResult(callValue(bind(m, to: value), Arguments())) != 0
                }
                return true
            default: return true
            }
        }
    }

    /// Python's `a == b`.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)): return Double(x) == y && Int(exactly: y) == x
        case (.float(let x), .int(let y)): return x == Double(y) && Int(exactly: x) == y
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.bool(let x), .int(let y)), (.int(let y), .bool(let x)): return (x ? 1 : 0) == y
        case (.bool(let x), .float(let y)), (.float(let y), .bool(let x)): return (x ? 1.0 : 0.0) == y
        case (.object(let x), .object(let y)):
            if let s = x as? PyStr, let t = y as? PyStr { return Self.strEqual(s.value, t.value) }
        default: break
        }
        return try isTrue(compare(a, b, .eq))
    }

    /// Python's `hash(value)`, raising TypeError for unhashable values.
    public func hash(_ value: Value) throws -> Int {
        switch value {
        case .int(let i): return NumericHash.ofInt(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return NumericHash.ofDouble(d)
        case .none: return 0xFCA86420
        // A PyStr is always an exact str (subclasses of str are other objects), so nothing can override its hash.
        case .object(let s as PyStr): return s.pythonHash
        case .object(let o):
            if let m = override(o, "__hash__") {
                guard case .int(let i) = try callValue(bind(m, to: value), Arguments()) else {
                    throw PyError.typeError("__hash__ method should return an integer")
                }
                return i == -1 ? -2 : i
            }
            switch o {
            case let s as PyStr: return s.pythonHash
            case let b as PyBigInt: return NumericHash.ofBigInt(b.value)
            case let t as PyTuple: return try NumericHash.ofTuple(t.items.map { try hash($0) })
            case let s as PySet where s.isFrozen: return try NumericHash.ofFrozenSet(s.elements.map { try hash($0) })
            case is PyList, is PyDict, is PySet:
                throw PyError.typeError("unhashable type: '\(o.type.name)'")
            case let b as PyBytes: return PyStr(String(decoding: b.bytes, as: UTF8.self)).pythonHash
            case is PyRange, is PyBigRange: return try rangeHash(RangeBounds(value)!)
            case _ where o is PyInstance || o is PyExceptionObject || !o.type.hasCoreOperators:
                let cls = o.type
                if let h = cls.lookup("__hash__") {
                    if case .none = h { throw PyError.typeError("unhashable type: '\(cls.name)'") }
                    let r = try callValue(bind(h, to: value), Arguments())
                    switch r {
                    case .int(let i): return i == -1 ? -2 : i
                    case .bool(let b): return b ? 1 : 0
                    case .object(let big as PyBigInt): return NumericHash.ofBigInt(big.value)
                    default: throw PyError.typeError("__hash__ method should return an integer")
                    }
                }
                return identityHash(o)
            default:
                return identityHash(o)
            }
        }
    }

    func identityHash(_ o: PyObject) -> Int {
        // CPython hashes objects by address rotated by 4 bits.
        let address = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return Int(bitPattern: (address >> 4) | (address << (UInt(UInt.bitWidth) - 4)))
    }

    /// The int a `__len__` returned, checked as CPython checks it.
    func lengthResult(_ v: Value) throws -> Int {
        switch v {
        case .int(let i):
            if i < 0 { throw PyError.valueError("__len__() should return >= 0") }
            return i
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt): throw PyError.overflow("cannot fit 'int' into an index-sized integer")
        default: throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}

/// CPython's hashes of numbers, so that `hash()` prints the same and equal numbers hash alike.
enum NumericHash {
    static let modulus: UInt64 = (1 << 61) - 1

    static func ofInt(_ i: Int) -> Int {
        let magnitude = i.magnitude % UInt(modulus)
        var h = Int(magnitude)
        if i < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    static func ofBigInt(_ b: BigInt) -> Int {
        let m = b.magnitude % BigUInt(modulus)
        var h = Int(m)
        if b.sign == .minus { h = -h }
        return h == -1 ? -2 : h
    }

    static func ofDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        let m = frexpMantissa(d)
        var e = m.exponent
        var x: UInt64 = 0
        var mantissa = abs(m.mantissa)
        let sign = d < 0 ? -1 : 1
        while mantissa != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            mantissa *= 268435456.0
            e -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & modulus) | (x >> UInt64(61 - e))
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }

    private static func frexpMantissa(_ d: Double) -> (mantissa: Double, exponent: Int) {
        if d == 0 { return (0, 0) }
        let e = d.exponent + 1
        return (d / Double(sign: .plus, exponent: e, significand: 1), e)
    }

    /// CPython 3.11's tuple hash (xxHash-based).
    static func ofTuple(_ hashes: [Int]) -> Int {
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc = prime5
        for h in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (prime5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(bitPattern: UInt(acc))
    }

    /// CPython's frozenset hash.
    static func ofFrozenSet(_ hashes: [Int]) -> Int {
        func shuffle(_ h: UInt64) -> UInt64 {
            ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        var hash: UInt64 = 0
        for h in hashes { hash ^= shuffle(UInt64(bitPattern: Int64(h))) }
        if hashes.count & 1 == 1 { hash ^= shuffle(0) }
        hash ^= (UInt64(hashes.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt64.max { hash = 590923713 }
        return Int(bitPattern: UInt(hash))
    }
}
