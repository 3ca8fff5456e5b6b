import BigInt
import Foundation

/// `datetime.timedelta`: a duration kept as days, seconds (0..<86400) and microseconds
/// (0..<1000000), normalised and rounded exactly as CPython's C implementation does.
final class TimedeltaObject: PyObject, NativeAttributes, NativeRepresentable {
    let days: Int
    let seconds: Int
    let microseconds: Int

    static let maxDays = 999_999_999
    static let microsecondsPerDay = BigInt(86_400_000_000)

    private init(days: Int, seconds: Int, microseconds: Int) {
        self.days = days
        self.seconds = seconds
        self.microseconds = microseconds
    }

    override var type: PyType { TimedeltaObject.type }

    var totalMicroseconds: BigInt {
        BigInt(days) * TimedeltaObject.microsecondsPerDay + BigInt(seconds * 1_000_000 + microseconds)
    }

    /// The timedelta of a number of microseconds, or OverflowError beyond ±999999999 days.
    static func make(microseconds total: BigInt) throws -> TimedeltaObject {
        var (days, rest) = total.quotientAndRemainder(dividingBy: microsecondsPerDay)
        if rest.sign == .minus {
            days -= 1
            rest += microsecondsPerDay
        }
        guard let d = Int32(exactly: days) else { throw PyError.overflow("Python int too large to convert to C int") }
        if abs(Int(d)) > maxDays { throw PyError.overflow("days=\(d); must have magnitude <= \(maxDays)") }
        let us = Int(rest)
        return TimedeltaObject(days: Int(d), seconds: us / 1_000_000, microseconds: us % 1_000_000)
    }

    static func make(microseconds total: Int) -> TimedeltaObject {
        // Callers pass values known to be in range (differences of dates and times).
        try! make(microseconds: BigInt(total))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "days": return .int(days)
        case "seconds": return .int(seconds)
        case "microseconds": return .int(microseconds)
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String { reprText }

    var reprText: String {
        var parts: [String] = []
        if days != 0 { parts.append("days=\(days)") }
        if seconds != 0 { parts.append("seconds=\(seconds)") }
        if microseconds != 0 { parts.append("microseconds=\(microseconds)") }
        return "datetime.timedelta(\(parts.isEmpty ? "0" : parts.joined(separator: ", ")))"
    }

    func pythonStr(_ interp: Interpreter) throws -> String {
        let (minutes, s) = seconds.quotientAndRemainder(dividingBy: 60)
        let (hours, m) = minutes.quotientAndRemainder(dividingBy: 60)
        var text = "\(hours):\(String(m).leftPadded(to: 2)):\(String(s).leftPadded(to: 2))"
        if days != 0 { text = "\(days) day\(abs(days) == 1 ? "" : "s"), " + text }
        if microseconds != 0 { text += "." + String(microseconds).leftPadded(to: 6) }
        return text
    }

    /// The microseconds a number (int or float) times `factor` microseconds makes, as CPython's
    /// `accum`: exact for ints and the integral part of floats, the fraction left over.
    private static func accumulate(_ name: String, _ v: Value, factor: Int, into total: inout BigInt,
                                   leftover: inout Double) throws {
        switch v {
        case .int, .bool, .object(is PyBigInt):
            total += v.bigIntValue! * BigInt(factor)
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            let whole = d.rounded(.towardZero)
            total += BigInt(whole) * BigInt(factor)
            let fraction = d - whole
            if fraction == 0 { return }
            let scaled = Double(factor) * fraction
            let scaledWhole = scaled.rounded(.towardZero)
            total += BigInt(scaledWhole)
            leftover += scaled - scaledWhole
        default:
            throw PyError.typeError("unsupported type for timedelta \(name) component: \(v.typeName)")
        }
    }

    static let type: PyType = {
        let t = PyType(name: "timedelta", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "datetime") { interp, _, args in
            let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
            let a = try args.parse("__new__", names)
            var total = BigInt(0)
            var leftover = 0.0
            let order: [(Int, String, Int)] = [(2, "microseconds", 1), (3, "milliseconds", 1000), (1, "seconds", 1_000_000),
                                               (4, "minutes", 60_000_000), (5, "hours", 3_600_000_000),
                                               (0, "days", 86_400_000_000), (6, "weeks", 604_800_000_000)]
            for (index, name, factor) in order {
                if let v = a[index] { try accumulate(name, v, factor: factor, into: &total, leftover: &leftover) }
            }
            if leftover != 0 {
                // Round the accumulated fraction to the nearest microsecond, ties to even.
                var whole = leftover.rounded()
                if abs(whole - leftover) == 0.5 {
                    let odd: Double = total.isMultiple(of: 2) ? 0 : 1
                    whole = 2.0 * ((leftover + odd) * 0.5).rounded() - odd
                }
                total += BigInt(whole)
            }
            return .object(try make(microseconds: total))
        }
        t.dict["min"] = .object(TimedeltaObject(days: -maxDays, seconds: 0, microseconds: 0))
        t.dict["max"] = .object(TimedeltaObject(days: maxDays, seconds: 86399, microseconds: 999_999))
        t.dict["resolution"] = .object(TimedeltaObject(days: 0, seconds: 0, microseconds: 1))
        installArithmetic(t)
        installComparisons(t)
        t.method("total_seconds") { interp, args in
            try interp.binary(.div, .int(receiver(args).totalMicroseconds), .int(1_000_000))
        }
        t.method("__bool__") { _, args in .bool(try receiver(args).totalMicroseconds != 0) }
        t.method("__hash__") { _, args in
            let d = try receiver(args)
            return .int(NumericHash.ofTuple([d.days, d.seconds, d.microseconds].map(NumericHash.ofInt)))
        }
        t.method("__reduce__") { _, args in
            let d = try receiver(args)
            return .object(PyTuple([.object(type), .object(PyTuple([.int(d.days), .int(d.seconds), .int(d.microseconds)]))]))
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> TimedeltaObject {
        guard let d = args.positional.first?.as(TimedeltaObject.self) else {
            throw PyError.typeError("descriptor requires a 'datetime.timedelta' object")
        }
        return d
    }

    private static var notImplemented: Value { .object(PyNotImplemented.shared) }

    /// Divides and rounds to the nearest integer, ties to even (`_PyLong_DivmodNear`).
    static func divideNearest(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if r != 0 && (r.sign == .minus) != (b.sign == .minus) {
            q -= 1
            r += b
        }
        let twice = r * 2
        let bMagnitude = abs(b)
        let comparison = abs(twice) > bMagnitude ? 1 : (abs(twice) == bMagnitude ? 0 : -1)
        if comparison > 0 || (comparison == 0 && !q.isMultiple(of: 2)) { q += 1 }
        return q
    }

    /// A float as the exact ratio of two ints (`float.as_integer_ratio`).
    static func integerRatio(_ d: Double) throws -> (BigInt, BigInt) {
        if d.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PyError.overflow("cannot convert Infinity to integer ratio") }
        if d == 0 { return (0, 1) }
        let exponent = Int(d.exponent) - Double.significandBitCount
        var numerator = BigInt(d.significandBitPattern | (d.isNormal ? 1 << UInt64(Double.significandBitCount) : 0))
        var exp = d.isNormal ? exponent : Int(Double.leastNormalMagnitude.exponent) - Double.significandBitCount
        while numerator.isMultiple(of: 2) && exp < 0 {
            numerator /= 2
            exp += 1
        }
        if d < 0 { numerator = -numerator }
        if exp >= 0 { return (numerator << exp, 1) }
        return (numerator, BigInt(1) << -exp)
    }

    private static func installArithmetic(_ t: PyType) {
        t.method("__add__") { _, args in
            guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
            return .object(try make(microseconds: a.totalMicroseconds + b.totalMicroseconds))
        }
        t.method("__radd__") { _, args in
            guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
            return .object(try make(microseconds: b.totalMicroseconds + a.totalMicroseconds))
        }
        t.method("__sub__") { _, args in
            guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
            return .object(try make(microseconds: a.totalMicroseconds - b.totalMicroseconds))
        }
        t.method("__rsub__") { _, args in
            guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
            return .object(try make(microseconds: b.totalMicroseconds - a.totalMicroseconds))
        }
        let multiply: PyNativeFunction.Body = { _, args in
            guard let a = args[0].as(TimedeltaObject.self) else { return notImplemented }
            switch args[1] {
            case .int, .bool, .object(is PyBigInt):
                return .object(try make(microseconds: a.totalMicroseconds * args[1].bigIntValue!))
            case .float(let d):
                let (n, q) = try integerRatio(d)
                return .object(try make(microseconds: divideNearest(a.totalMicroseconds * n, q)))
            default:
                return notImplemented
            }
        }
        t.method("__mul__", multiply)
        t.method("__rmul__", multiply)
        t.method("__truediv__") { interp, args in
            guard let a = args[0].as(TimedeltaObject.self) else { return notImplemented }
            switch args[1] {
            case .object(let b as TimedeltaObject):
                return try interp.binary(.div, .int(a.totalMicroseconds), .int(b.totalMicroseconds))
            case .int, .bool, .object(is PyBigInt):
                return .object(try make(microseconds: divideNearest(a.totalMicroseconds, args[1].bigIntValue!)))
            case .float(let d):
                let (n, q) = try integerRatio(d)
                return .object(try make(microseconds: divideNearest(a.totalMicroseconds * q, n)))
            default:
                return notImplemented
            }
        }
        t.method("__floordiv__") { interp, args in
            guard let a = args[0].as(TimedeltaObject.self) else { return notImplemented }
            switch args[1] {
            case .object(let b as TimedeltaObject):
                return try interp.binary(.floorDiv, .int(a.totalMicroseconds), .int(b.totalMicroseconds))
            case .int, .bool, .object(is PyBigInt):
                let q = try interp.binary(.floorDiv, .int(a.totalMicroseconds), args[1])
                return .object(try make(microseconds: q.bigIntValue!))
            default:
                return notImplemented
            }
        }
        t.method("__mod__") { interp, args in
            guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
            let r = try interp.binary(.mod, .int(a.totalMicroseconds), .int(b.totalMicroseconds))
            return .object(try make(microseconds: r.bigIntValue!))
        }
        t.method("__neg__") { _, args in .object(try make(microseconds: -(try receiver(args).totalMicroseconds))) }
        t.method("__pos__") { _, args in .object(try receiver(args)) }
        t.method("__abs__") { _, args in
            let d = try receiver(args)
            return d.days < 0 ? .object(try make(microseconds: -d.totalMicroseconds)) : .object(d)
        }
    }

    private static func installComparisons(_ t: PyType) {
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            t.method(name) { _, args in
                guard let a = args[0].as(TimedeltaObject.self), let b = args[1].as(TimedeltaObject.self) else { return notImplemented }
                return .bool(Interpreter.order(a.totalMicroseconds, b.totalMicroseconds, op))
            }
        }
    }
}
