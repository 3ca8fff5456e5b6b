import BigInt

/// `datetime.tzinfo`: the abstract base of time zones. Only `datetime.timezone` (fixed
/// offsets) exists in Pipebook; Python subclasses of tzinfo are not supported.
enum TzinfoBase {
    static let type = PyType(name: "tzinfo", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                             moduleName: "datetime") { _, _, _ in
        throw PyError.unsupported("tzinfo objects other than datetime.timezone")
    }
}

/// `datetime.timezone`: a fixed offset from UTC, with an optional name.
final class TimezoneObject: PyObject, NativeRepresentable {
    let offset: TimedeltaObject
    let explicitName: String?

    init(offset: TimedeltaObject, name: String?) {
        self.offset = offset
        self.explicitName = name
    }

    override var type: PyType { TimezoneObject.type }

    var offsetMicroseconds: Int { Int(offset.totalMicroseconds) }

    static let utc = TimezoneObject(offset: TimedeltaObject.make(microseconds: 0), name: nil)

    /// A timezone after CPython's checks of the offset.
    static func make(_ offsetValue: Value, name: String?) throws -> TimezoneObject {
        guard let offset = offsetValue.as(TimedeltaObject.self) else {
            throw PyError.typeError("timezone() argument 1 must be datetime.timedelta, not \(offsetValue.typeName)")
        }
        let day = BigInt(86_400_000_000)
        guard offset.totalMicroseconds > -day && offset.totalMicroseconds < day else {
            throw PyError.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not \(offset.reprText).")
        }
        if name == nil && offset.totalMicroseconds == 0 { return utc }
        return TimezoneObject(offset: offset, name: name)
    }

    /// `tzname(dt)`: the name given, or "UTC" and the offset.
    func name(for dt: Value, _ interp: Interpreter) throws -> String {
        try checkArgument(dt, "tzname")
        if let explicitName { return explicitName }
        if offset.totalMicroseconds == 0 { return "UTC" }
        return "UTC" + DatetimeText.offset(offset, separator: ":")
    }

    private func checkArgument(_ dt: Value, _ method: String) throws {
        if !dt.isNone && dt.as(DateTimeObject.self) == nil {
            throw PyError.typeError("\(method)(dt) argument must be a datetime instance or None, not \(dt.typeName)")
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        if self === TimezoneObject.utc { return "datetime.timezone.utc" }
        let offsetText = offset.reprText
        guard let explicitName else { return "datetime.timezone(\(offsetText))" }
        return "datetime.timezone(\(offsetText), \(Interpreter.quote(explicitName)))"
    }

    func pythonStr(_ interp: Interpreter) throws -> String { try name(for: .none, interp) }

    static let type: PyType = {
        let t = PyType(name: "timezone", bases: [TzinfoBase.type], layout: .builtin, isBuiltin: true,
                       moduleName: "datetime") { interp, _, args in
            let a = try args.parse("timezone", ["offset", "name"], required: 1)
            var name: String?
            if let n = a[1] {
                guard let s = n.stringValue else { throw PyError.typeError("timezone() argument 2 must be str, not \(n.typeName)") }
                name = s
            }
            return .object(try make(a[0]!, name: name))
        }
        func receiver(_ args: Arguments) throws -> TimezoneObject {
            guard let z = args.positional.first?.as(TimezoneObject.self) else {
                throw PyError.typeError("descriptor requires a 'datetime.timezone' object")
            }
            return z
        }
        t.dict["utc"] = .object(utc)
        t.dict["min"] = .object(TimezoneObject(offset: try! TimedeltaObject.make(microseconds: BigInt(-86_340_000_000)), name: nil))
        t.dict["max"] = .object(TimezoneObject(offset: try! TimedeltaObject.make(microseconds: BigInt(86_340_000_000)), name: nil))
        t.method("utcoffset") { _, args in
            try args.expect("utcoffset", min: 2, max: 2)
            let z = try receiver(args)
            try z.checkArgument(args[1], "utcoffset")
            return .object(z.offset)
        }
        t.method("dst") { _, args in
            try args.expect("dst", min: 2, max: 2)
            try receiver(args).checkArgument(args[1], "dst")
            return .none
        }
        t.method("tzname") { interp, args in
            try args.expect("tzname", min: 2, max: 2)
            return .str(try receiver(args).name(for: args[1], interp))
        }
        t.method("fromutc") { _, args in
            try args.expect("fromutc", min: 2, max: 2)
            let z = try receiver(args)
            guard let dt = args[1].as(DateTimeObject.self) else { throw PyError.typeError("fromutc: argument must be a datetime") }
            guard dt.tzinfo === z else { throw PyError.valueError("fromutc: dt.tzinfo is not self") }
            return .object(try dt.adding(microseconds: z.offsetMicroseconds))
        }
        t.method("__eq__") { _, args in
            guard let a = args[0].as(TimezoneObject.self), let b = args[1].as(TimezoneObject.self) else {
                return .object(PyNotImplemented.shared)
            }
            return .bool(a.offset.totalMicroseconds == b.offset.totalMicroseconds)
        }
        t.method("__hash__") { interp, args in .int(try interp.hash(.object(receiver(args).offset))) }
        t.method("__reduce__") { _, args in
            let z = try receiver(args)
            let arguments: [Value] = [.object(z.offset)] + (z.explicitName.map { [.str($0)] } ?? [])
            return .object(PyTuple([.object(type), .object(PyTuple(arguments))]))
        }
        return t
    }()
}

/// A tzinfo argument: None or a timezone.
func timezoneArgument(_ v: Value?) throws -> TimezoneObject? {
    guard let v, !v.isNone else { return nil }
    guard let z = v.as(TimezoneObject.self) else {
        throw PyError.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '\(v.typeName)'")
    }
    return z
}

/// `datetime.time`: a time of day, optionally with a fixed UTC offset.
final class TimeObject: PyObject, NativeAttributes, NativeRepresentable {
    let hour: Int, minute: Int, second: Int, microsecond: Int
    let tzinfo: TimezoneObject?
    let fold: Int

    init(hour: Int, minute: Int, second: Int, microsecond: Int, tzinfo: TimezoneObject?, fold: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold
    }

    override var type: PyType { TimeObject.type }

    static func check(hour: Int, minute: Int, second: Int, microsecond: Int, fold: Int) throws {
        if !(0...23).contains(hour) { throw PyError.valueError("hour must be in 0..23") }
        if !(0...59).contains(minute) { throw PyError.valueError("minute must be in 0..59") }
        if !(0...59).contains(second) { throw PyError.valueError("second must be in 0..59") }
        if !(0...999_999).contains(microsecond) { throw PyError.valueError("microsecond must be in 0..999999") }
        if fold != 0 && fold != 1 { throw PyError.valueError("fold must be either 0 or 1") }
    }

    /// Microseconds since midnight.
    var microsecondsOfDay: Int { ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "hour": return .int(hour)
        case "minute": return .int(minute)
        case "second": return .int(second)
        case "microsecond": return .int(microsecond)
        case "tzinfo": return tzinfo.map { .object($0) } ?? Value.none
        case "fold": return .int(fold)
        default: return nil
        }
    }

    func isoformat(timespec: String) throws -> String {
        try DatetimeText.time(hour, minute, second, microsecond, timespec: timespec)
            + (tzinfo.map { DatetimeText.offset($0.offset, separator: ":") } ?? "")
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        var fields = [hour, minute]
        if second != 0 || microsecond != 0 { fields.append(second) }
        if microsecond != 0 { fields.append(microsecond) }
        var parts = fields.map(String.init)
        if let tzinfo { parts.append("tzinfo=\(try tzinfo.pythonRepr(interp))") }
        if fold != 0 { parts.append("fold=\(fold)") }
        return "datetime.time(\(parts.joined(separator: ", ")))"
    }

    func pythonStr(_ interp: Interpreter) throws -> String { try isoformat(timespec: "auto") }

    static let names = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"]

    static func make(_ a: [Value?], _ interp: Interpreter, defaults: TimeObject? = nil) throws -> TimeObject {
        func field(_ i: Int, _ fallback: Int) throws -> Int { try a[i].map(interp.cIntArgument) ?? fallback }
        let h = try field(0, defaults?.hour ?? 0), m = try field(1, defaults?.minute ?? 0)
        let s = try field(2, defaults?.second ?? 0), us = try field(3, defaults?.microsecond ?? 0)
        let fold = try field(5, defaults?.fold ?? 0)
        let tz = a[4] != nil ? try timezoneArgument(a[4]) : defaults?.tzinfo
        try check(hour: h, minute: m, second: s, microsecond: us, fold: fold)
        return TimeObject(hour: h, minute: m, second: s, microsecond: us, tzinfo: tz, fold: fold)
    }

    static let type: PyType = {
        let t = PyType(name: "time", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "datetime") { interp, _, args in
            .object(try make(args.parseUnnamed(names, required: 0, keywordOnly: 1), interp))
        }
        func receiver(_ args: Arguments) throws -> TimeObject {
            guard let time = args.positional.first?.as(TimeObject.self) else {
                throw PyError.typeError("descriptor requires a 'datetime.time' object")
            }
            return time
        }
        t.dict["min"] = .object(TimeObject(hour: 0, minute: 0, second: 0, microsecond: 0, tzinfo: nil, fold: 0))
        t.dict["max"] = .object(TimeObject(hour: 23, minute: 59, second: 59, microsecond: 999_999, tzinfo: nil, fold: 0))
        t.dict["resolution"] = .object(TimedeltaObject.make(microseconds: 1))
        t.method("isoformat") { _, args in
            let time = try receiver(args)
            let a = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords).parse("isoformat", ["timespec"])
            return .str(try time.isoformat(timespec: DatetimeText.timespec(a[0], position: 1)))
        }
        t.method("strftime") { interp, args in
            try args.expect("strftime", min: 2, max: 2)
            let time = try receiver(args)
            return .str(try DatetimeText.strftime(args[1], fields: (1900, 1, 1, time.hour, time.minute, time.second),
                                                  microsecond: time.microsecond, zone: time.tzinfo, zoneArgument: .none, interp))
        }
        t.method("__format__") { interp, args in try DatetimeText.format(args[0], args, interp) }
        t.method("replace") { interp, args in
            let time = try receiver(args)
            let a = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .parse("replace", names, keywordOnly: 1)
            return .object(try make(a, interp, defaults: time))
        }
        t.method("utcoffset") { _, args in try receiver(args).tzinfo.map { .object($0.offset) } ?? .none }
        t.method("dst") { _, _ in .none }
        t.method("tzname") { interp, args in try receiver(args).tzinfo.map { .str(try $0.name(for: .none, interp)) } ?? .none }
        t.classMethod("fromisoformat") { _, args in
            try args.expect("fromisoformat", min: 2, max: 2)
            guard let text = args[1].stringValue else { throw PyError.typeError("fromisoformat: argument must be str") }
            let trimmed = text.hasPrefix("T") ? String(text.dropFirst()) : text
            guard let parsed = ISOParser(trimmed).time(start: 0) else {
                throw PyError.valueError("Invalid isoformat string: \(Interpreter.quote(text))")
            }
            let f = parsed.fields
            try check(hour: f[0], minute: f[1], second: f[2], microsecond: f[3], fold: 0)
            let zone = try parsed.offset.map { try timezone(offsetSeconds: $0.0, microseconds: $0.1) }
            return .object(TimeObject(hour: f[0], minute: f[1], second: f[2], microsecond: f[3], tzinfo: zone, fold: 0))
        }
        installComparisons(t)
        t.method("__hash__") { interp, args in
            let time = try receiver(args)
            let utc = time.microsecondsOfDay - (time.tzinfo?.offsetMicroseconds ?? 0)
            return .int(try interp.hash(.int(utc)))
        }
        t.method("__reduce__") { _, args in
            let time = try receiver(args)
            var fields: [Value] = [.int(time.hour), .int(time.minute), .int(time.second), .int(time.microsecond)]
            if let tz = time.tzinfo { fields.append(.object(tz)) }
            return .object(PyTuple([.object(type), .object(PyTuple(fields))]))
        }
        return t
    }()

    private static func installComparisons(_ t: PyType) {
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            t.method(name) { _, args in
                guard let a = args[0].as(TimeObject.self), let b = args[1].as(TimeObject.self) else {
                    return .object(PyNotImplemented.shared)
                }
                var left = a.microsecondsOfDay, right = b.microsecondsOfDay
                if a.tzinfo !== b.tzinfo, a.tzinfo?.offsetMicroseconds != b.tzinfo?.offsetMicroseconds {
                    guard let x = a.tzinfo, let y = b.tzinfo else {
                        if op == .eq || op == .ne { return .bool(op == .ne) }
                        throw PyError.typeError("can't compare offset-naive and offset-aware times")
                    }
                    left -= x.offsetMicroseconds
                    right -= y.offsetMicroseconds
                }
                return .bool(Interpreter.order(left, right, op))
            }
        }
    }
}

/// The timezone of an ISO or strptime offset: UTC for zero, else a fixed one.
func timezone(offsetSeconds: Int, microseconds: Int) throws -> TimezoneObject {
    if offsetSeconds == 0 && microseconds == 0 { return TimezoneObject.utc }
    return try TimezoneObject.make(.object(TimedeltaObject.make(microseconds: BigInt(offsetSeconds) * 1_000_000 + BigInt(microseconds))), name: nil)
}
