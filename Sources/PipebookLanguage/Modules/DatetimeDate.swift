import BigInt
import Foundation

/// `datetime.date`: a day of the proleptic Gregorian calendar. `DateTimeObject` extends it,
/// as `datetime.datetime` is a subclass of `datetime.date`.
class DateObject: PyObject, NativeAttributes, NativeRepresentable {
    let year: Int, month: Int, day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    override var type: PyType { DateObject.dateType }

    var ordinal: Int { ProlepticCalendar.ordinal(year, month, day) }

    static func check(year: Int, month: Int, day: Int) throws {
        if !(ProlepticCalendar.minYear...ProlepticCalendar.maxYear).contains(year) {
            throw PyError.valueError("year \(year) is out of range")
        }
        if !(1...12).contains(month) { throw PyError.valueError("month must be in 1..12") }
        if day < 1 || day > ProlepticCalendar.daysInMonth(year, month) {
            throw PyError.valueError("day is out of range for month")
        }
    }

    /// A date, or a datetime at midnight when `cls` is datetime (for class methods).
    static func make(_ cls: PyType, year: Int, month: Int, day: Int) throws -> Value {
        try check(year: year, month: month, day: day)
        if cls.isSubtype(of: DateTimeObject.datetimeType) {
            return .object(DateTimeObject(year: year, month: month, day: day, hour: 0, minute: 0, second: 0,
                                          microsecond: 0, tzinfo: nil, fold: 0))
        }
        return .object(DateObject(year: year, month: month, day: day))
    }

    static func fromOrdinal(_ cls: PyType, _ n: Int) throws -> Value {
        if n < 1 { throw PyError.valueError("ordinal must be >= 1") }
        let (y, m, d) = ProlepticCalendar.date(fromOrdinal: n)
        return try make(cls, year: y, month: m, day: d)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "year": return .int(year)
        case "month": return .int(month)
        case "day": return .int(day)
        default: return nil
        }
    }

    var isoDate: String { DatetimeText.date(year, month, day) }

    func pythonRepr(_ interp: Interpreter) throws -> String { "datetime.date(\(year), \(month), \(day))" }
    func pythonStr(_ interp: Interpreter) throws -> String { isoDate }

    /// `ctime()`: "Tue Jan  2 03:04:05 2024".
    func ctime(hour: Int = 0, minute: Int = 0, second: Int = 0) -> String {
        let weekday = String(ProlepticCalendar.dayNames[ProlepticCalendar.weekday(year, month, day)].prefix(3))
        let monthName = String(ProlepticCalendar.monthNames[month - 1].prefix(3))
        let two = DatetimeText.two
        return "\(weekday) \(monthName) \(String(day).leftPadded(to: 2, with: " ")) \(two(hour)):\(two(minute)):\(two(second)) \(String(year).leftPadded(to: 4))"
    }

    static let dateType: PyType = {
        let t = PyType(name: "date", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "datetime") { interp, cls, args in
            let a = try args.parseUnnamed(["year", "month", "day"], required: 3)
            return try make(cls, year: interp.cIntArgument(a[0]!), month: interp.cIntArgument(a[1]!), day: interp.cIntArgument(a[2]!))
        }
        t.dict["min"] = .object(DateObject(year: 1, month: 1, day: 1))
        t.dict["max"] = .object(DateObject(year: 9999, month: 12, day: 31))
        t.dict["resolution"] = .object(TimedeltaObject.make(microseconds: 86_400_000_000))
        installClassMethods(t)
        installMethods(t)
        installArithmetic(t)
        return t
    }()

    static func dateReceiver(_ args: Arguments) throws -> DateObject {
        guard let d = args.positional.first?.as(DateObject.self) else {
            throw PyError.typeError("descriptor requires a 'datetime.date' object")
        }
        return d
    }

    /// The class a class method was called on.
    private static func cls(_ args: Arguments) -> PyType { args.positional.first?.as(PyType.self) ?? dateType }

    /// The arguments after the class or receiver.
    static func rest(_ args: Arguments) -> Arguments {
        Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
    }

    private static func installClassMethods(_ t: PyType) {
        t.classMethod("today") { interp, args in
            try rest(args).expect("today", min: 0, max: 0)
            let now = LocalClock.now()
            if cls(args).isSubtype(of: DateTimeObject.datetimeType) {
                return .object(try DateTimeObject.fromTimestamp(seconds: now.seconds, microseconds: now.microseconds, zone: nil))
            }
            let local = try TimeModule.brokenDownTime(now.seconds, utc: false)
            return try make(cls(args), year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        }
        t.classMethod("fromtimestamp") { interp, args in
            if cls(args).isSubtype(of: DateTimeObject.datetimeType) { return try DateTimeObject.fromTimestampMethod(interp, args) }
            try rest(args).expect("fromtimestamp", min: 1, max: 1)
            let local = try TimeModule.brokenDownTime(TimeModule.timestamp(args[1], interp), utc: false)
            return try make(cls(args), year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        }
        t.classMethod("fromordinal") { interp, args in
            try rest(args).expect("fromordinal", min: 1, max: 1)
            return try fromOrdinal(cls(args), interp.cIntArgument(args[1]))
        }
        t.classMethod("fromisocalendar") { interp, args in
            let a = try rest(args).parse("fromisocalendar", ["year", "week", "day"], required: 3)
            let (y, m, d) = try ProlepticCalendar.dateFromISOCalendar(interp.cIntArgument(a[0]!), interp.cIntArgument(a[1]!),
                                                                      interp.cIntArgument(a[2]!))
            return try make(cls(args), year: y, month: m, day: d)
        }
        t.classMethod("fromisoformat") { interp, args in
            try rest(args).expect("fromisoformat", min: 1, max: 1)
            if cls(args).isSubtype(of: DateTimeObject.datetimeType) { return try DateTimeObject.fromISOFormat(args[1]) }
            guard let text = args[1].stringValue else { throw PyError.typeError("fromisoformat: argument must be str") }
            let parser = ISOParser(text)
            guard [7, 8, 10].contains(parser.length), let (y, m, d) = parser.date(end: parser.length) else {
                throw PyError.valueError("Invalid isoformat string: \(Interpreter.quote(text))")
            }
            return try make(cls(args), year: y, month: m, day: d)
        }
    }

    private static func installMethods(_ t: PyType) {
        t.method("toordinal") { _, args in .int(try dateReceiver(args).ordinal) }
        t.method("weekday") { _, args in
            let d = try dateReceiver(args)
            return .int(ProlepticCalendar.weekday(d.year, d.month, d.day))
        }
        t.method("isoweekday") { _, args in
            let d = try dateReceiver(args)
            return .int(ProlepticCalendar.weekday(d.year, d.month, d.day) + 1)
        }
        t.method("isocalendar") { _, args in
            let d = try dateReceiver(args)
            let iso = ProlepticCalendar.isoCalendar(d.year, d.month, d.day)
            return NamedTupleType.instance(DatetimeModule.isoCalendarDateType, [.int(iso.year), .int(iso.week), .int(iso.weekday)])
        }
        t.method("isoformat") { _, args in
            try rest(args).expect("isoformat", min: 0, max: 0)
            return .str(try dateReceiver(args).isoDate)
        }
        t.method("ctime") { _, args in .str(try dateReceiver(args).ctime()) }
        t.method("timetuple") { _, args in
            let d = try dateReceiver(args)
            return TimeModule.structTime(year: d.year, month: d.month, day: d.day, hour: 0, minute: 0, second: 0, isDST: -1)
        }
        t.method("strftime") { interp, args in
            try args.expect("strftime", min: 2, max: 2)
            let d = try dateReceiver(args)
            return .str(try DatetimeText.strftime(args[1], fields: (d.year, d.month, d.day, 0, 0, 0), microsecond: 0,
                                                  zone: nil, zoneArgument: .none, interp))
        }
        t.method("__format__") { interp, args in try DatetimeText.format(args[0], args, interp) }
        t.method("replace") { interp, args in
            let d = try dateReceiver(args)
            let a = try rest(args).parse("replace", ["year", "month", "day"])
            return try make(dateType, year: a[0].map(interp.cIntArgument) ?? d.year, month: a[1].map(interp.cIntArgument) ?? d.month,
                            day: a[2].map(interp.cIntArgument) ?? d.day)
        }
        t.method("__hash__") { _, args in
            let d = try dateReceiver(args)
            return .int(NumericHash.ofTuple([d.year, d.month, d.day].map(NumericHash.ofInt)))
        }
        t.method("__reduce__") { _, args in
            let d = try dateReceiver(args)
            return .object(PyTuple([.object(dateType), .object(PyTuple([.int(d.year), .int(d.month), .int(d.day)]))]))
        }
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            t.method(name) { _, args in
                // A datetime is a date, but the two do not compare (datetime decides).
                guard let a = args[0].as(DateObject.self), !(a is DateTimeObject),
                      let b = args[1].as(DateObject.self), !(b is DateTimeObject) else {
                    return .object(PyNotImplemented.shared)
                }
                return .bool(Interpreter.order(a.ordinal, b.ordinal, op))
            }
        }
    }

    private static func installArithmetic(_ t: PyType) {
        func add(_ date: Value, _ delta: Value, sign: Int) throws -> Value {
            guard let d = date.as(DateObject.self), !(d is DateTimeObject), let td = delta.as(TimedeltaObject.self) else {
                return .object(PyNotImplemented.shared)
            }
            let n = d.ordinal + sign * td.days
            guard (1...ProlepticCalendar.maxOrdinal).contains(n) else { throw PyError.overflow("date value out of range") }
            return try fromOrdinal(dateType, n)
        }
        t.method("__add__") { _, args in try add(args[0], args[1], sign: 1) }
        t.method("__radd__") { _, args in try add(args[0], args[1], sign: 1) }
        t.method("__sub__") { _, args in
            if let a = args[0].as(DateObject.self), !(a is DateTimeObject), let b = args[1].as(DateObject.self), !(b is DateTimeObject) {
                return .object(TimedeltaObject.make(microseconds: (a.ordinal - b.ordinal) * 86_400_000_000))
            }
            return try add(args[0], args[1], sign: -1)
        }
    }
}

/// The current time and local-time conversions through the C library.
enum LocalClock {
    /// Now, in whole seconds since the epoch and microseconds, rounded down.
    static func now() -> (seconds: Int, microseconds: Int) {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return (spec.tv_sec, spec.tv_nsec / 1000)
    }

    /// A timestamp argument split into seconds and microseconds, rounded half to even.
    static func split(_ v: Value, _ interp: Interpreter) throws -> (seconds: Int, microseconds: Int) {
        guard case .float(let d) = v else { return (try TimeModule.timestamp(v, interp), 0) }
        if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
        var whole = d.rounded(.towardZero)
        var fraction = ((d - whole) * 1e6).rounded(.toNearestOrEven)
        if fraction >= 1e6 {
            fraction -= 1e6
            whole += 1
        } else if fraction < 0 {
            fraction += 1e6
            whole -= 1
        }
        guard let seconds = Int(exactly: whole), abs(seconds) < 1 << 55 else {
            throw PyError.overflow("timestamp out of range for platform time_t")
        }
        return (seconds, Int(fraction))
    }

    /// Seconds since the epoch of a local wall time (`mktime`).
    static func seconds(localYear year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) throws -> Int {
        var t = tm()
        t.tm_year = Int32(year - 1900)
        t.tm_mon = Int32(month - 1)
        t.tm_mday = Int32(day)
        t.tm_hour = Int32(hour)
        t.tm_min = Int32(minute)
        t.tm_sec = Int32(second)
        t.tm_isdst = -1
        t.tm_wday = -1
        let result = mktime(&t)
        if result == -1 && t.tm_wday == -1 { throw PyError.overflow("timestamp out of range for platform time_t") }
        return result
    }

    /// The local time zone at a moment, as a fixed-offset timezone named as the C library names it.
    static func zone(atEpochSeconds seconds: Int) throws -> TimezoneObject {
        let local = try TimeModule.brokenDownTime(seconds, utc: false)
        let name = local.tm_zone.map { String(cString: $0) }
        return try TimezoneObject.make(.object(TimedeltaObject.make(microseconds: BigInt(local.tm_gmtoff) * 1_000_000)), name: name)
    }
}
