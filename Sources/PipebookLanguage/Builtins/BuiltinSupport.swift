import BigInt
import Foundation

/// The operations behind several builtins: len, isinstance, min/max, sorting, round, dir.
extension Interpreter {
    func writeStandardOutput(_ text: String) {
        // A program that replaced sys.stdout (with an io.StringIO, say) prints into it.
        if let stdout = modules["sys"]?.globals["stdout"], case .object(let o) = stdout, !(o is StandardStream) {
            _ = try? callMethod(stdout, "write", Arguments([.str(text)]))
            return
        }
        standardOutput(text)
    }

    public func length(_ v: Value) throws -> Int {
        // str cannot be subclassed here, so no `__len__` of a subclass can come first.
        if case .object(let o) = v, let s = o as? PyStr { return s.count }
        if case .object(let o) = v {
            if let m = override(o, "__len__") { return try lengthResult(callValue(bind(m, to: v), Arguments())) }
        }
        return try builtinLength(v)
    }

    /// `len(v)` as the builtin type computes it, ignoring a subclass's `__len__`.
    func builtinLength(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let r as PyRange: return r.count
            case let b as PyBytes: return b.bytes.count
            default:
                if let m = o.type.lookup("__len__") { return try lengthResult(callValue(bind(m, to: v), Arguments())) }
            }
        }
        throw PyError.typeError("object of type '\(v.typeName)' has no len()")
    }

    public func isInstance(_ v: Value, _ classInfo: Value) throws -> Bool {
        switch classInfo {
        case .object(let t as PyType):
            if v.type.isSubtype(of: t) { return true }
            if let check = try virtualSubclassHook(t, "__instancecheck__") { return try isTrue(callValue(check, Arguments([v]))) }
            return false
        case .object(let tuple as PyTuple):
            for c in tuple.items where try isInstance(v, c) { return true }
            return false
        default:
            throw PyError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    func isSubclass(_ t: PyType, _ classInfo: Value) throws -> Bool {
        switch classInfo {
        case .object(let c as PyType):
            if let check = try virtualSubclassHook(c, "__subclasscheck__") { return try isTrue(callValue(check, Arguments([.object(t)]))) }
            return t.isSubtype(of: c)
        case .object(let tuple as PyTuple):
            for c in tuple.items where try isSubclass(t, c) { return true }
            return false
        default:
            throw PyError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
    }

    /// A class's own `__instancecheck__` or `__subclasscheck__` class method, bound. CPython finds
    /// these on the metaclass (abc.ABCMeta); Pipebook has no metaclasses, so abc.ABC defines
    /// them as class methods and isinstance()/issubclass() call them from there.
    private func virtualSubclassHook(_ cls: PyType, _ name: String) throws -> Value? {
        guard !cls.isBuiltin, let m = cls.lookup(name), case .object(is PyClassMethod) = m else { return nil }
        return try bind(m, to: .object(cls))
    }

    /// `next(it)` without a default: nil when the iterator is exhausted.
    func next(_ v: Value) throws -> Value? {
        if case .object(let it as PyIterator) = v { return try it.next() }
        if let m = v.type.lookup("__next__") {
            do {
                return try callValue(bind(m, to: v), Arguments())
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.stopIteration) {
                return nil
            }
        }
        throw PyError.typeError("'\(v.typeName)' object is not an iterator")
    }

    /// An int, bool, big int or object with `__index__`, as an arbitrary-precision integer.
    func integerValue(_ v: Value) throws -> BigInt? {
        if let b = v.bigIntValue { return b }
        if let i = try indexValue(v) { return BigInt(i) }
        return nil
    }

    /// The pairs of a mapping: a dict, or an object with `keys()` and `__getitem__`.
    func mappingItems(_ v: Value) throws -> [(Value, Value)] {
        if let d = v.as(PyDict.self) { return d.items.map { ($0.key, $0.value) } }
        guard v.type.lookup("keys") != nil else {
            throw PyError.typeError("'\(v.typeName)' object is not a mapping")
        }
        return try iterateToArray(callMethod(v, "keys", Arguments())).map { ($0, try getItem(v, $0)) }
    }

    /// `min()` and `max()`: one iterable or several arguments, with `key` and `default`.
    func extreme(_ args: Arguments, name: String, wantMax: Bool) throws -> Value {
        let named = try Arguments([], keywords: args.keywords).bind(name, ["key", "default"])
        let key = named[0].flatMap { $0.isNone ? nil : $0 }
        // Compares each item as it comes, as CPython does: nothing is gathered first, and a
        // comparison that fails leaves the rest of the iterable unread.
        let items: PyIterator
        switch args.count {
        case 0: throw PyError.typeError("\(name) expected at least 1 argument, got 0")
        case 1: items = try iterate(args[0])
        default:
            if named[1] != nil {
                throw PyError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = ArrayIterator(args.positional)
        }
        guard var best = try items.next() else {
            if let d = named[1] { return d }
            throw PyError.valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try callValue($0, Arguments([best])) } ?? best
        while let item = try items.next() {
            try checkInterrupt()
            let k = try key.map { try callValue($0, Arguments([item])) } ?? item
            if wantMax ? try lessThan(bestKey, k) : try lessThan(k, bestKey) {
                best = item
                bestKey = k
            }
        }
        return best
    }

    /// `list.sort(key=, reverse=)`: a stable sort, as CPython's.
    func sortList(_ list: PyList, key: Value?, reverse: Value?) throws {
        let reversed = try reverse.map { try isTrue($0) } ?? false
        let keyFunction = key.flatMap { $0.isNone ? nil : $0 }
        if keyFunction == nil, let sorted = Self.sortedInts(list.items, reversed: reversed) ?? Self.sortedIntTuples(list.items, reversed: reversed) {
            list.items = sorted
            return
        }
        var keys = list.items
        if let keyFunction { keys = try list.items.map { try callValue(keyFunction, Arguments([$0])) } }
        var order = Array(keys.indices)
        // Stable: compare keys, and fall back to original position. Reverse keeps equal items in order.
        order = try mergeSort(order) { a, b in
            if reversed { return try lessThan(keys[b], keys[a]) }
            return try lessThan(keys[a], keys[b])
        }
        let items = list.items
        list.items = order.map { items[$0] }
    }

    /// A list of ints only, sorted by Swift's sort: equal ints cannot be told apart, so
    /// stability does not show, and comparing them runs no Python code. Nil for other lists.
    private static func sortedInts(_ items: [Value], reversed: Bool) -> [Value]? {
        var ints: [Int] = []
        ints.reserveCapacity(items.count)
        for item in items {
            guard case .int(let i) = item else { return nil }
            ints.append(i)
        }
        if reversed { ints.sort(by: >) } else { ints.sort() }
        return ints.map { .int($0) }
    }

    /// A list of plain tuples of ints only (pairs of numbers, a common sort key), sorted by
    /// their ints gathered into one array: comparing them runs no Python code. Equal tuples
    /// keep their order, as in CPython's stable sort (reversed too). Nil for other lists.
    private static func sortedIntTuples(_ items: [Value], reversed: Bool) -> [Value]? {
        var ints: [Int] = []
        var spans: [Range<Int>] = []
        spans.reserveCapacity(items.count)
        for item in items {
            guard case .object(let o) = item, let tuple = o as? PyTuple, tuple.subclass == nil else { return nil }
            let start = ints.count
            for v in tuple.items {
                guard case .int(let i) = v else { return nil }
                ints.append(i)
            }
            spans.append(start..<ints.count)
        }
        var order = Array(items.indices)
        order.sort { a, b in
            let x = ints[spans[a]], y = ints[spans[b]]
            if x.elementsEqual(y) { return a < b }
            return reversed ? y.lexicographicallyPrecedes(x) : x.lexicographicallyPrecedes(y)
        }
        return order.map { items[$0] }
    }

    /// A stable merge sort that lets the comparison throw.
    private func mergeSort(_ items: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        if items.count <= 1 { return items }
        var source = items
        var buffer = items
        var width = 1
        let n = items.count
        while width < n {
            var start = 0
            while start < n {
                let mid = min(start + width, n), end = min(start + 2 * width, n)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if try less(source[j], source[i]) {
                        buffer[k] = source[j]
                        j += 1
                    } else {
                        buffer[k] = source[i]
                        i += 1
                    }
                    k += 1
                }
                while i < mid { buffer[k] = source[i]; i += 1; k += 1 }
                while j < end { buffer[k] = source[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&source, &buffer)
            width *= 2
        }
        return source
    }

    /// `round(number, ndigits)` with banker's rounding, exactly as CPython rounds floats.
    func round(_ number: Value, _ ndigits: Value?) throws -> Value {
        let digits: Int?
        switch ndigits {
        case nil, .none?: digits = nil
        case .int(let d)?: digits = d
        case .bool(let b)?: digits = b ? 1 : 0
        default:
            throw PyError.typeError("'\(ndigits!.typeName)' object cannot be interpreted as an integer")
        }
        switch number {
        case .int, .bool, .object(is PyBigInt):
            guard let d = digits, d < 0 else { return number.bigIntValue.map { .int($0) } ?? number }
            let n = number.bigIntValue!
            let scale = BigInt(10).power(-d)
            var (q, r) = n.quotientAndRemainder(dividingBy: scale)
            if r.sign == .minus { q -= 1; r += scale }
            if r * 2 > scale || (r * 2 == scale && !q.isMultiple(of: 2)) { q += 1 }
            return .int(q * scale)
        case .float(let x):
            guard let d = digits else {
                if x.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
                let r = x.rounded(.toNearestOrEven)
                if let i = Int(exactly: r) { return .int(i) }
                return .int(BigInt(r))
            }
            if !x.isFinite || x == 0 { return .float(x) }
            if d > 323 { return .float(x) }
            if d < -308 { return .float(0.0 * x) }
            // CPython rounds through the exact decimal representation; "%.*f" is correctly rounded too.
            let text = String(format: "%.\(max(d, 0))f", x)
            if d >= 0 { return .float(Double(text) ?? x) }
            let scale = Foundation.pow(10.0, Double(-d))
            let y = (x / scale).rounded(.toNearestOrEven) * scale
            return .float(y.isFinite ? y : x)
        default:
            if let m = number.type.lookup("__round__") {
                return try callValue(bind(m, to: number), Arguments(ndigits.map { [$0] } ?? []))
            }
            throw PyError.typeError("type \(number.typeName) doesn't define __round__ method")
        }
    }

    /// `dir(obj)`: the sorted names of its attributes and its class's.
    func directory(_ v: Value) -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            if let attrs = o.attributes { names.formUnion(attrs.names) }
            if let m = o as? PyModule { names.formUnion(m.globals.items.map(\.0)) }
            if let t = o as? PyType {
                for cls in t.mro { names.formUnion(cls.dict.names) }
                return names.sorted(by: Interpreter.strLess)
            }
        }
        for cls in v.type.mro { names.formUnion(cls.dict.names) }
        return names.sorted(by: Interpreter.strLess)
    }

    /// `ascii()`: a repr with every non-ASCII character escaped.
    static func ascii(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else if scalar.value < 0x10000 {
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            } else {
                out += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
            }
        }
        return out
    }
}
