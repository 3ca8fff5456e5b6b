import BigInt

/// A `range` whose bounds do not fit comfortably in a machine word: `range(10 ** 20)`.
///
/// The runtime's fast paths handle `PyRange`, whose bounds stay strictly within ±2^62 so
/// that none of its arithmetic can overflow; the constructor builds this class for everything
/// else. Its operations are the `range` type's special methods below, which the runtime calls
/// for objects it does not know.
final class PyBigRange: PyObject, NativeRepresentable, NativeAttributes {
    let bounds: RangeBounds

    init(_ bounds: RangeBounds) { self.bounds = bounds }

    override var type: PyType { BuiltinTypes.range }

    func pythonRepr(_ interp: Interpreter) throws -> String { bounds.repr }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "start": return .int(bounds.start)
        case "stop": return .int(bounds.stop)
        case "step": return .int(bounds.step)
        default: return nil
        }
    }
}

/// A range's start, stop and step as big ints, whichever class holds it.
struct RangeBounds {
    let start: BigInt, stop: BigInt, step: BigInt

    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    init?(_ v: Value) {
        switch v {
        case .object(let r as PyRange): self.init(start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step))
        case .object(let r as PyBigRange): self = r.bounds
        default: return nil
        }
    }

    var count: BigInt {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / -step + 1 : 0
    }

    func element(_ i: BigInt) -> BigInt { start + i * step }

    var repr: String { step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))" }

    /// The position of `value` in the range, if it is one of its elements.
    func position(of value: BigInt) -> BigInt? {
        let inside = step > 0 ? value >= start && value < stop : value <= start && value > stop
        guard inside, (value - start) % step == 0 else { return nil }
        return (value - start) / step
    }

    /// CPython's range equality: the same elements, whatever the bounds that produce them.
    func sameElements(as other: RangeBounds) -> Bool {
        let n = count
        return n == other.count && (n == 0 || (start == other.start && (n == 1 || step == other.step)))
    }

    /// A range as the runtime stores it: a `PyRange` when every bound is strictly within ±2^62.
    var value: Value {
        let limit = BigInt(1) << 62
        if [start, stop, step].allSatisfy({ $0.magnitude < limit.magnitude }) {
            return .object(PyRange(start: Int(start), stop: Int(stop), step: Int(step)))
        }
        return .object(PyBigRange(self))
    }
}

extension Interpreter {
    /// `r[slice]`: another range, its bounds computed as CPython computes them.
    func rangeSlice(_ r: RangeBounds, _ s: PySlice) throws -> Value {
        func index(_ v: Value) throws -> BigInt? {
            if v.isNone { return nil }
            if let i = try v.bigIntValue ?? indexValue(v).map({ BigInt($0) }) { return i }
            throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let length = r.count
        let step = try index(s.step) ?? 1
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        let lower: BigInt = step < 0 ? -1 : 0, upper: BigInt = step < 0 ? length - 1 : length
        func clip(_ v: BigInt?, _ fallback: BigInt) -> BigInt {
            guard var i = v else { return fallback }
            if i < 0 {
                i += length
                return i < lower ? lower : i
            }
            return i > upper ? upper : i
        }
        let start = clip(try index(s.start), step < 0 ? upper : lower)
        let stop = clip(try index(s.stop), step < 0 ? lower : upper)
        return RangeBounds(start: r.element(start), stop: r.element(stop), step: r.step * step).value
    }

    /// CPython's hash of a range: that of (len, start, step), with None for what the
    /// elements do not depend on.
    func rangeHash(_ r: RangeBounds) throws -> Int {
        let n = r.count
        let start: Value = n == 0 ? .none : .int(r.start)
        let step: Value = n < 2 ? .none : .int(r.step)
        return try hash(.object(PyTuple([.int(n), start, step])))
    }
}

extension BuiltinMethods {
    static func installRange() {
        let range = BuiltinTypes.range
        range.construct = { interp, _, args in
            try args.expect("range", min: 1, max: 3)
            if let small = smallRange(args.positional) { return .object(small) }
            let values = try args.positional.map { v -> BigInt in
                if let i = try v.bigIntValue ?? interp.indexValue(v).map({ BigInt($0) }) { return i }
                throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            switch values.count {
            case 1: return RangeBounds(start: 0, stop: values[0], step: 1).value
            case 2: return RangeBounds(start: values[0], stop: values[1], step: 1).value
            default:
                if values[2] == 0 { throw PyError.valueError("range() arg 3 must not be zero") }
                return RangeBounds(start: values[0], stop: values[1], step: values[2]).value
            }
        }
        func bounds(_ args: Arguments, _ method: String) throws -> RangeBounds {
            guard let r = args.positional.first.flatMap(RangeBounds.init) else {
                throw PyError.typeError("descriptor '\(method)' requires a 'range' object")
            }
            return r
        }
        range.method("__len__") { _, args in
            guard let n = Int(exactly: try bounds(args, "__len__").count) else {
                throw PyError.overflow("Python int too large to convert to C ssize_t")
            }
            return .int(n)
        }
        range.method("__getitem__") { interp, args in
            try args.expect("__getitem__", min: 2, max: 2)
            let r = try bounds(args, "__getitem__")
            if let s = args[1].as(PySlice.self) { return try interp.rangeSlice(r, s) }
            guard var i = try args[1].bigIntValue ?? interp.indexValue(args[1]).map({ BigInt($0) }) else {
                throw PyError.typeError("range indices must be integers or slices, not \(args[1].typeName)")
            }
            let n = r.count
            if i < 0 { i += n }
            guard i >= 0 && i < n else { throw PyError.indexError("range object index out of range") }
            return .int(r.element(i))
        }
        range.method("__contains__") { interp, args in
            try args.expect("__contains__", min: 2, max: 2)
            let r = try bounds(args, "__contains__")
            if let i = args[1].bigIntValue { return .bool(r.position(of: i) != nil) }
            return .bool(try firstEqual(args[0], args[1], interp) != nil)
        }
        range.method("__iter__") { _, args in
            if let r = args[0].as(PyRange.self) { return .object(RangeIterator(r)) }
            return .object(bigRangeIterator(try bounds(args, "__iter__"), reversed: false))
        }
        range.method("__reversed__") { _, args in
            .object(bigRangeIterator(try bounds(args, "__reversed__"), reversed: true))
        }
        range.method("index") { interp, args in
            try args.expect("index", min: 2, max: 2)
            let r = try bounds(args, "index")
            if let i = args[1].bigIntValue {
                guard let position = r.position(of: i) else { throw PyError.valueError("\(i) is not in range") }
                return .int(position)
            }
            if let k = try firstEqual(args[0], args[1], interp) { return .int(k) }
            throw PyError.valueError("sequence.index(x): x not in sequence")
        }
        range.method("count") { interp, args in
            try args.expect("count", min: 2, max: 2)
            let r = try bounds(args, "count")
            if let i = args[1].bigIntValue { return .int(r.position(of: i) == nil ? 0 : 1) }
            var found = 0
            let elements = try interp.builtinIterate(args[0])
            while let v = try elements.next() {
                if try interp.equals(v, args[1]) { found += 1 }
            }
            return .int(found)
        }
    }

    /// The common `range(n)`, `range(a, b)`, `range(a, b, step)` of small ints, made without
    /// big-int arithmetic since loops create ranges all the time.
    private static func smallRange(_ args: [Value]) -> PyRange? {
        var values: [Int] = []
        for arg in args {
            guard case .int(let i) = arg, i.magnitude < 1 << 62 else { return nil }
            values.append(i)
        }
        switch values.count {
        case 1: return PyRange(start: 0, stop: values[0], step: 1)
        case 2: return PyRange(start: values[0], stop: values[1], step: 1)
        default: return values[2] == 0 ? nil : PyRange(start: values[0], stop: values[1], step: values[2])
        }
    }

    /// Where a value that is not an int first equals an element, compared one by one as
    /// CPython does (`1.0 in range(3)`).
    private static func firstEqual(_ range: Value, _ item: Value, _ interp: Interpreter) throws -> BigInt? {
        let elements = try interp.builtinIterate(range)
        var k = BigInt(0)
        while let v = try elements.next() {
            if try interp.equals(v, item) { return k }
            k += 1
        }
        return nil
    }

    private static func bigRangeIterator(_ r: RangeBounds, reversed: Bool) -> PyIterator {
        var remaining = r.count
        var current = reversed ? r.element(remaining - 1) : r.start
        let step = reversed ? -r.step : r.step
        return ClosureIterator("longrange_iterator") {
            guard remaining > 0 else { return nil }
            defer {
                remaining -= 1
                current += step
            }
            return .int(current)
        }
    }
}
