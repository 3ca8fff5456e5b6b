import BigInt
import Foundation

/// `datetime.datetime`: a date and a time of day, naive or with a fixed UTC offset.
final class DateTimeObject: DateObject {
    let hour: Int, minute: Int, second: Int, microsecond: Int
    let tzinfo: TimezoneObject?
    let fold: Int

    static let microsecondsPerDay = 86_400_000_000
    /// Microseconds from 0001-01-01 to the Unix epoch.
    static let epochMicroseconds = (ProlepticCalendar.ordinal(1970, 1, 1) - 1) * microsecondsPerDay

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int,
         tzinfo: TimezoneObject?, fold: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold
        super.init(year: year, month: month, day: day)
    }

    override var type: PyType { DateTimeObject.datetimeType }

    /// Microseconds since 0001-01-01T00:00 of the wall time (ignoring the offset).
    var localMicroseconds: Int {
        (ordinal - 1) * DateTimeObject.microsecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond
    }

    /// The datetime `localMicroseconds` after 0001-01-01T00:00, or OverflowError.
    static func at(localMicroseconds us: Int, tzinfo: TimezoneObject?) throws -> DateTimeObject {
        let (days, rest) = us.quotientAndRemainderFloored(dividingBy: microsecondsPerDay)
        guard (0..<ProlepticCalendar.maxOrdinal).contains(days) else { throw PyError.overflow("date value out of range") }
        let (y, m, d) = ProlepticCalendar.date(fromOrdinal: days + 1)
        let seconds = rest / 1_000_000
        return DateTimeObject(year: y, month: m, day: d, hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60,
                              microsecond: rest % 1_000_000, tzinfo: tzinfo, fold: 0)
    }

    func adding(microseconds delta: Int) throws -> DateTimeObject {
        let (sum, overflow) = localMicroseconds.addingReportingOverflow(delta)
        if overflow { throw PyError.overflow("date value out of range") }
        return try DateTimeObject.at(localMicroseconds: sum, tzinfo: tzinfo)
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "hour": return .int(hour)
        case "minute": return .int(minute)
        case "second": return .int(second)
        case "microsecond": return .int(microsecond)
        case "tzinfo": return tzinfo.map { .object($0) } ?? Value.none
        case "fold": return .int(fold)
        default: return try super.getAttribute(name, interp)
        }
    }

    func isoformat(separator: String, timespec: String) throws -> String {
        try isoDate + separator + DatetimeText.time(hour, minute, second, microsecond, timespec: timespec)
            + (tzinfo.map { DatetimeText.offset($0.offset, separator: ":") } ?? "")
    }

    override func pythonRepr(_ interp: Interpreter) throws -> String {
        var fields = [year, month, day, hour, minute]
        if second != 0 || microsecond != 0 { fields.append(second) }
        if microsecond != 0 { fields.append(microsecond) }
        var parts = fields.map(String.init)
        if let tzinfo { parts.append("tzinfo=\(try tzinfo.pythonRepr(interp))") }
        if fold != 0 { parts.append("fold=\(fold)") }
        return "datetime.datetime(\(parts.joined(separator: ", ")))"
    }

    override func pythonStr(_ interp: Interpreter) throws -> String { try isoformat(separator: " ", timespec: "auto") }

    static let names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"]

    /// A datetime from bound arguments (see `names`), missing ones from `defaults`.
    static func make(_ a: [Value?], _ interp: Interpreter, defaults: DateTimeObject? = nil) throws -> DateTimeObject {
        func field(_ i: Int, _ fallback: Int) throws -> Int { try a[i].map(interp.cIntArgument) ?? fallback }
        let y = try field(0, defaults?.year ?? 0), mo = try field(1, defaults?.month ?? 0), d = try field(2, defaults?.day ?? 0)
        let h = try field(3, defaults?.hour ?? 0), mi = try field(4, defaults?.minute ?? 0)
        let s = try field(5, defaults?.second ?? 0), us = try field(6, defaults?.microsecond ?? 0)
        let fold = try field(8, defaults?.fold ?? 0)
        let tz = a[7] != nil ? try timezoneArgument(a[7]) : defaults?.tzinfo
        try check(year: y, month: mo, day: d)
        try TimeObject.check(hour: h, minute: mi, second: s, microsecond: us, fold: fold)
        return DateTimeObject(year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us, tzinfo: tz, fold: fold)
    }

    /// The datetime of a moment: local wall time when `zone` is nil, else the zone's.
    static func fromTimestamp(seconds: Int, microseconds: Int, zone: TimezoneObject?) throws -> DateTimeObject {
        let t = try TimeModule.brokenDownTime(seconds, utc: zone != nil)
        let year = Int(t.tm_year) + 1900
        try check(year: year, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday))
        let dt = DateTimeObject(year: year, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday), hour: Int(t.tm_hour),
                                minute: Int(t.tm_min), second: min(Int(t.tm_sec), 59), microsecond: microseconds,
                                tzinfo: zone, fold: 0)
        guard let zone else { return dt }
        return try dt.adding(microseconds: zone.offsetMicroseconds)
    }

    static func fromTimestampMethod(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let a = try rest(args).parse("fromtimestamp", ["timestamp", "tz"], required: 1)
        let zone = try timezoneArgument(a[1])
        let (seconds, us) = try LocalClock.split(a[0]!, interp)
        return .object(try fromTimestamp(seconds: seconds, microseconds: us, zone: zone))
    }

    static func fromISOFormat(_ v: Value) throws -> Value {
        guard let text = v.stringValue else { throw PyError.typeError("fromisoformat: argument must be str") }
        let invalid = PyError.valueError("Invalid isoformat string: \(Interpreter.quote(text))")
        let parser = ISOParser(text)
        guard let separator = parser.separatorPosition(), let (y, m, d) = parser.date(end: separator) else { throw invalid }
        var fields = [0, 0, 0, 0]
        var zone: TimezoneObject?
        if parser.length > separator {
            guard let parsed = parser.time(start: separator + 1) else { throw invalid }
            fields = parsed.fields
            zone = try parsed.offset.map { try timezone(offsetSeconds: $0.0, microseconds: $0.1) }
        }
        try check(year: y, month: m, day: d)
        try TimeObject.check(hour: fields[0], minute: fields[1], second: fields[2], microsecond: fields[3], fold: 0)
        return .object(DateTimeObject(year: y, month: m, day: d, hour: fields[0], minute: fields[1], second: fields[2],
                                      microsecond: fields[3], tzinfo: zone, fold: 0))
    }

    /// Microseconds since 0001-01-01 in UTC: for naive datetimes, the wall time read as local time.
    func utcMicroseconds() throws -> Int {
        if let tzinfo { return localMicroseconds - tzinfo.offsetMicroseconds }
        let seconds = try LocalClock.seconds(localYear: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return DateTimeObject.epochMicroseconds + seconds * 1_000_000 + microsecond
    }

    static let datetimeType: PyType = {
        let t = PyType(name: "datetime", bases: [DateObject.dateType], layout: .builtin, isBuiltin: true,
                       moduleName: "datetime") { interp, _, args in
            .object(try make(args.parseUnnamed(names, required: 3, keywordOnly: 1), interp))
        }
        t.dict["min"] = .object(DateTimeObject(year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, tzinfo: nil, fold: 0))
        t.dict["max"] = .object(DateTimeObject(year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59,
                                               microsecond: 999_999, tzinfo: nil, fold: 0))
        t.dict["resolution"] = .object(TimedeltaObject.make(microseconds: 1))
        installClassMethods(t)
        installMethods(t)
        installArithmetic(t)
        installComparisons(t)
        return t
    }()

    private static func datetimeReceiver(_ args: Arguments) throws -> DateTimeObject {
        guard let d = args.positional.first?.as(DateTimeObject.self) else {
            throw PyError.typeError("descriptor requires a 'datetime.datetime' object")
        }
        return d
    }

    private static func installClassMethods(_ t: PyType) {
        t.classMethod("now") { interp, args in
            let a = try rest(args).parse("now", ["tz"])
            let now = LocalClock.now()
            return .object(try fromTimestamp(seconds: now.seconds, microseconds: now.microseconds, zone: timezoneArgument(a[0])))
        }
        t.classMethod("utcnow") { interp, args in
            try rest(args).expect("utcnow", min: 0, max: 0)
            let now = LocalClock.now()
            return .object(try fromTimestamp(seconds: now.seconds, microseconds: now.microseconds, zone: TimezoneObject.utc).replacingZone(nil))
        }
        t.classMethod("utcfromtimestamp") { interp, args in
            try rest(args).expect("utcfromtimestamp", min: 1, max: 1)
            let (seconds, us) = try LocalClock.split(args[1], interp)
            return .object(try fromTimestamp(seconds: seconds, microseconds: us, zone: TimezoneObject.utc).replacingZone(nil))
        }
        t.classMethod("combine") { interp, args in
            let a = try rest(args).parse("combine", ["date", "time", "tzinfo"], required: 2)
            guard let date = a[0]!.as(DateObject.self) else {
                throw PyError.typeError("combine() argument 1 must be datetime.date, not \(a[0]!.typeName)")
            }
            guard let time = a[1]!.as(TimeObject.self) else {
                throw PyError.typeError("combine() argument 2 must be datetime.time, not \(a[1]!.typeName)")
            }
            let zone = a[2] != nil ? try timezoneArgument(a[2]) : time.tzinfo
            return .object(DateTimeObject(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute,
                                          second: time.second, microsecond: time.microsecond, tzinfo: zone, fold: time.fold))
        }
        t.classMethod("strptime") { interp, args in
            let a = rest(args)
            try a.checkPositional("strptime", min: 2, max: 2, qualifiedName: "strptime")
            for (i, v) in a.positional.enumerated() where v.stringValue == nil {
                throw PyError.typeError("strptime() argument \(i + 1) must be str, not \(v.typeName)")
            }
            let f = try Strptime.parse(a[0], a[1], interp)
            var zone: TimezoneObject?
            if let offset = f.offsetSeconds {
                let delta = try TimedeltaObject.make(microseconds: BigInt(offset) * 1_000_000 + BigInt(f.offsetFraction))
                zone = try f.zoneName.map { try TimezoneObject.make(.object(delta), name: $0) }
                    ?? timezone(offsetSeconds: offset, microseconds: f.offsetFraction)
            }
            try check(year: f.year, month: f.month, day: f.day)
            return .object(DateTimeObject(year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute,
                                          second: f.second, microsecond: f.fraction, tzinfo: zone, fold: 0))
        }
    }

    func replacingZone(_ zone: TimezoneObject?) -> DateTimeObject {
        DateTimeObject(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                       microsecond: microsecond, tzinfo: zone, fold: fold)
    }

    private static func installMethods(_ t: PyType) {
        t.method("date") { _, args in
            let d = try datetimeReceiver(args)
            return .object(DateObject(year: d.year, month: d.month, day: d.day))
        }
        t.method("time") { _, args in
            let d = try datetimeReceiver(args)
            return .object(TimeObject(hour: d.hour, minute: d.minute, second: d.second, microsecond: d.microsecond, tzinfo: nil, fold: d.fold))
        }
        t.method("timetz") { _, args in
            let d = try datetimeReceiver(args)
            return .object(TimeObject(hour: d.hour, minute: d.minute, second: d.second, microsecond: d.microsecond, tzinfo: d.tzinfo, fold: d.fold))
        }
        t.method("replace") { interp, args in
            let a = try rest(args).parse("replace", names, keywordOnly: 1)
            return .object(try make(a, interp, defaults: datetimeReceiver(args)))
        }
        t.method("utcoffset") { _, args in try datetimeReceiver(args).tzinfo.map { .object($0.offset) } ?? .none }
        t.method("dst") { _, _ in .none }
        t.method("tzname") { interp, args in
            let d = try datetimeReceiver(args)
            return try d.tzinfo.map { .str(try $0.name(for: .object(d), interp)) } ?? .none
        }
        t.method("isoformat") { _, args in
            let d = try datetimeReceiver(args)
            let a = try rest(args).parse("isoformat", ["sep", "timespec"])
            var separator = "T"
            if let s = a[0] {
                guard let text = s.stringValue, text.unicodeScalars.count == 1 else {
                    throw PyError.typeError("isoformat() argument 1 must be a unicode character, not \(s.typeName)")
                }
                separator = text
            }
            return .str(try d.isoformat(separator: separator, timespec: DatetimeText.timespec(a[1], position: 2)))
        }
        t.method("ctime") { _, args in
            let d = try datetimeReceiver(args)
            return .str(d.ctime(hour: d.hour, minute: d.minute, second: d.second))
        }
        t.method("timetuple") { _, args in
            let d = try datetimeReceiver(args)
            return TimeModule.structTime(year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute,
                                         second: d.second, isDST: -1)
        }
        t.method("utctimetuple") { _, args in
            var d = try datetimeReceiver(args)
            if let zone = d.tzinfo { d = try d.adding(microseconds: -zone.offsetMicroseconds) }
            return TimeModule.structTime(year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute,
                                         second: d.second, isDST: 0)
        }
        t.method("timestamp") { interp, args in
            let d = try datetimeReceiver(args)
            if d.tzinfo != nil {
                return try interp.binary(.div, .int(d.utcMicroseconds() - epochMicroseconds), .int(1_000_000))
            }
            let seconds = try LocalClock.seconds(localYear: d.year, month: d.month, day: d.day, hour: d.hour,
                                                 minute: d.minute, second: d.second)
            return .float(Double(seconds) + Double(d.microsecond) / 1e6)
        }
        t.method("astimezone") { interp, args in
            let d = try datetimeReceiver(args)
            let a = try rest(args).parse("astimezone", ["tz"])
            var target: TimezoneObject?
            if let tz = a[0], !tz.isNone {
                guard let zone = tz.as(TimezoneObject.self) else {
                    throw PyError.typeError("astimezone() argument 1 must be datetime.tzinfo, not \(tz.typeName)")
                }
                target = zone
            }
            if let target, target === d.tzinfo { return .object(d) }
            let utc = try d.utcMicroseconds()
            let zone = try target ?? LocalClock.zone(atEpochSeconds: (utc - epochMicroseconds).quotientAndRemainderFloored(dividingBy: 1_000_000).0)
            return .object(try DateTimeObject.at(localMicroseconds: utc + zone.offsetMicroseconds, tzinfo: zone))
        }
        t.method("strftime") { interp, args in
            try args.expect("strftime", min: 2, max: 2)
            let d = try datetimeReceiver(args)
            return .str(try DatetimeText.strftime(args[1], fields: (d.year, d.month, d.day, d.hour, d.minute, d.second),
                                                  microsecond: d.microsecond, zone: d.tzinfo, zoneArgument: .object(d), interp))
        }
        t.method("__hash__") { interp, args in
            let d = try datetimeReceiver(args)
            let moment = d.localMicroseconds - (d.tzinfo?.offsetMicroseconds ?? 0)
            return .int(try interp.hash(.int(moment)))
        }
        t.method("__reduce__") { _, args in
            let d = try datetimeReceiver(args)
            var fields: [Value] = [d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond].map { .int($0) }
            if let tz = d.tzinfo { fields.append(.object(tz)) }
            return .object(PyTuple([.object(datetimeType), .object(PyTuple(fields))]))
        }
    }

    private static func installArithmetic(_ t: PyType) {
        func add(_ value: Value, _ delta: Value, sign: Int) throws -> Value {
            guard let d = value.as(DateTimeObject.self), let td = delta.as(TimedeltaObject.self) else {
                return .object(PyNotImplemented.shared)
            }
            guard let offset = Int(exactly: td.totalMicroseconds * BigInt(sign)) else { throw PyError.overflow("date value out of range") }
            return .object(try d.adding(microseconds: offset))
        }
        t.method("__add__") { _, args in try add(args[0], args[1], sign: 1) }
        t.method("__radd__") { _, args in try add(args[0], args[1], sign: 1) }
        t.method("__sub__") { _, args in
            guard let a = args[0].as(DateTimeObject.self) else { return .object(PyNotImplemented.shared) }
            guard let b = args[1].as(DateTimeObject.self) else { return try add(args[0], args[1], sign: -1) }
            var difference = a.localMicroseconds - b.localMicroseconds
            if a.tzinfo !== b.tzinfo {
                if (a.tzinfo == nil) != (b.tzinfo == nil) {
                    throw PyError.typeError("can't subtract offset-naive and offset-aware datetimes")
                }
                difference -= (a.tzinfo?.offsetMicroseconds ?? 0) - (b.tzinfo?.offsetMicroseconds ?? 0)
            }
            return .object(TimedeltaObject.make(microseconds: difference))
        }
    }

    private static func installComparisons(_ t: PyType) {
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            t.method(name) { _, args in
                guard let a = args[0].as(DateTimeObject.self) else { return .object(PyNotImplemented.shared) }
                guard let b = args[1].as(DateTimeObject.self) else {
                    guard args[1].as(DateObject.self) != nil else { return .object(PyNotImplemented.shared) }
                    if op == .eq || op == .ne { return .bool(op == .ne) }
                    throw PyError.typeError("can't compare \(args[0].typeName) to \(args[1].typeName)")
                }
                var left = a.localMicroseconds, right = b.localMicroseconds
                if a.tzinfo !== b.tzinfo, a.tzinfo?.offsetMicroseconds != b.tzinfo?.offsetMicroseconds {
                    guard let x = a.tzinfo, let y = b.tzinfo else {
                        if op == .eq || op == .ne { return .bool(op == .ne) }
                        throw PyError.typeError("can't compare offset-naive and offset-aware datetimes")
                    }
                    left -= x.offsetMicroseconds
                    right -= y.offsetMicroseconds
                }
                return .bool(Interpreter.order(left, right, op))
            }
        }
    }
}
