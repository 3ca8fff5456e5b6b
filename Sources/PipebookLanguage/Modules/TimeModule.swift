import BigInt
import Foundation

/// `time`: clocks, an interruptible sleep, struct_time conversions, strftime (through the C
/// library, as CPython) and strptime.
enum TimeModule {
    static let structTimeType = NamedTupleType.make(
        name: "struct_time", module: "time",
        fields: ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
        reprPrefix: "time.struct_time")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("time")
        m.value("struct_time", .object(structTimeType))
        tzset()
        // CPython takes these from January and July local times, as here.
        let january = brokenDownTime(localSeconds: 1_704_067_200)   // 2024-01-01
        let july = brokenDownTime(localSeconds: 1_719_792_000)      // 2024-07-01
        let standard = january.tm_isdst > 0 ? july : january
        let summer = january.tm_isdst > 0 ? january : july
        m.value("timezone", .int(-standard.tm_gmtoff))
        m.value("altzone", .int(-summer.tm_gmtoff))
        m.value("daylight", .int(january.tm_gmtoff != july.tm_gmtoff ? 1 : 0))
        m.value("tzname", .object(PyTuple([.str(zoneName(standard)), .str(zoneName(summer))])))

        m.function("time") { _, args in
            try args.expect("time.time", min: 0, max: 0)
            return .float(Date().timeIntervalSince1970)
        }
        m.function("time_ns") { _, args in
            try args.expect("time.time_ns", min: 0, max: 0)
            return .int(clockNanoseconds(CLOCK_REALTIME))
        }
        for (name, clock) in [("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
                              ("process_time", CLOCK_PROCESS_CPUTIME_ID)] {
            m.function(name) { _, args in
                try args.expect("time.\(name)", min: 0, max: 0)
                return .float(Double(clockNanoseconds(clock)) / 1e9)
            }
            m.function(name + "_ns") { _, args in
                try args.expect("time.\(name)_ns", min: 0, max: 0)
                return .int(clockNanoseconds(clock))
            }
        }
        m.function("sleep") { interp, args in
            try args.expect("time.sleep", min: 1, max: 1)
            try sleep(seconds(args[0], interp), interp)
            return .none
        }
        m.function("gmtime") { interp, args in
            try args.expect("gmtime", min: 0, max: 1)
            return structTime(try brokenDownTime(timestamp(args.positional.first, interp), utc: true))
        }
        m.function("localtime") { interp, args in
            try args.expect("localtime", min: 0, max: 1)
            return structTime(try brokenDownTime(timestamp(args.positional.first, interp), utc: false))
        }
        m.function("mktime") { interp, args in
            try args.expect("time.mktime", min: 1, max: 1)
            var t = try cTime(args[0], interp, function: "mktime")
            t.tm_wday = -1
            let seconds = Foundation.mktime(&t)
            if seconds == -1 && t.tm_wday == -1 { throw PyError.overflow("mktime argument out of range") }
            return .float(Double(seconds))
        }
        m.function("asctime") { interp, args in
            try args.expect("asctime", min: 0, max: 1)
            let t = try args.positional.first.map { try cTime($0, interp, function: "asctime") }
                ?? brokenDownTime(Int(Date().timeIntervalSince1970.rounded(.down)), utc: false)
            return .str(asctime(t))
        }
        m.function("ctime") { interp, args in
            try args.expect("ctime", min: 0, max: 1)
            return .str(asctime(try brokenDownTime(timestamp(args.positional.first, interp), utc: false)))
        }
        m.function("strftime") { interp, args in
            try args.expect("strftime", min: 1, max: 2)
            guard let format = args[0].stringValue else {
                throw PyError.typeError("strftime() argument 1 must be str, not \(args[0].typeName)")
            }
            if args.count == 2 {
                return .str(try strftime(format, cTime(args[1], interp, function: "strftime"), zone: zoneName(of: args[1])))
            }
            let now = try brokenDownTime(Int(Date().timeIntervalSince1970.rounded(.down)), utc: false)
            return .str(try strftime(format, now, zone: zoneName(now)))
        }
        m.function("strptime") { interp, args in
            try args.expect("strptime", min: 1, max: 2)
            let format = args.count == 2 ? args[1] : .str("%a %b %d %H:%M:%S %Y")
            let parsed = try Strptime.parse(args[0], format, interp)
            return NamedTupleType.instance(structTimeType, [
                .int(parsed.year), .int(parsed.month), .int(parsed.day), .int(parsed.hour), .int(parsed.minute),
                .int(parsed.second), .int(parsed.weekday), .int(parsed.dayOfYear), .int(parsed.isDST),
            ])
        }
        return m.module
    }

    private static func clockNanoseconds(_ clock: clockid_t) -> Int {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return spec.tv_sec * 1_000_000_000 + spec.tv_nsec
    }

    /// A duration in seconds as `time.sleep` takes it: a float, or an int through `__index__`.
    private static func seconds(_ v: Value, _ interp: Interpreter) throws -> Double {
        let seconds: Double
        if case .float(let d) = v {
            if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            seconds = d
        } else {
            seconds = try Interpreter.double(interp.indexArgument(v))
        }
        if seconds < 0 { throw PyError.valueError("sleep length must be non-negative") }
        return seconds
    }

    /// Sleeps in short slices so that an interrupt (Ctrl-C, a host's stop) ends it at once.
    static func sleep(_ seconds: Double, _ interp: Interpreter) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            try interp.checkInterrupt()
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            Thread.sleep(forTimeInterval: min(left, 0.02))
        }
    }

    /// A timestamp argument (None for now) as whole seconds, rounded down as CPython does.
    static func timestamp(_ v: Value?, _ interp: Interpreter) throws -> Int {
        guard let v, !v.isNone else { return Int(Date().timeIntervalSince1970.rounded(.down)) }
        if case .float(let d) = v {
            if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            guard let i = Int(exactly: d.rounded(.down)) else {
                throw PyError.overflow("timestamp out of range for platform time_t")
            }
            return i
        }
        guard let i = Int(exactly: try interp.indexArgument(v)) else {
            throw PyError.overflow("timestamp out of range for platform time_t")
        }
        return i
    }

    /// The C library's broken-down time for a timestamp, in UTC or local time.
    static func brokenDownTime(_ seconds: Int, utc: Bool) throws -> tm {
        var t = tm()
        var clock = time_t(seconds)
        let ok = utc ? gmtime_r(&clock, &t) != nil : localtime_r(&clock, &t) != nil
        if !ok { throw PyError.overflow("timestamp out of range for platform time_t") }
        return t
    }

    private static func brokenDownTime(localSeconds: Int) -> tm {
        (try? brokenDownTime(localSeconds, utc: false)) ?? tm()
    }

    private static func zoneName(_ t: tm) -> String {
        t.tm_zone.map { String(cString: $0) } ?? ""
    }

    /// A struct_time of a C broken-down time, with its zone name and UTC offset.
    static func structTime(_ t: tm) -> Value {
        let value = NamedTupleType.instance(structTimeType, [
            .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)), .int(Int(t.tm_hour)),
            .int(Int(t.tm_min)), .int(Int(t.tm_sec)), .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1),
            .int(Int(t.tm_isdst)),
        ])
        addZone(value, name: .str(zoneName(t)), offset: .int(t.tm_gmtoff))
        return value
    }

    /// A struct_time of fields as datetime's `timetuple()` makes it (no zone known).
    static func structTime(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, isDST: Int) -> Value {
        let value = NamedTupleType.instance(structTimeType, [
            .int(year), .int(month), .int(day), .int(hour), .int(minute), .int(second),
            .int(ProlepticCalendar.weekday(year, month, day)), .int(ProlepticCalendar.dayOfYear(year, month, day)),
            .int(isDST),
        ])
        addZone(value, name: .none, offset: .none)
        return value
    }

    /// `tm_zone` and `tm_gmtoff`: attributes of a struct_time that are not among its items.
    private static func addZone(_ value: Value, name: Value, offset: Value) {
        guard let state = value.as(PyTuple.self)?.subclass else { return }
        state.dict["tm_zone"] = name
        state.dict["tm_gmtoff"] = offset
    }

    /// A struct_time or 9-tuple argument as a C broken-down time, checked as CPython's
    /// `gettmarg` and `checktm` do.
    static func cTime(_ v: Value, _ interp: Interpreter, function: String) throws -> tm {
        guard let tuple = v.as(PyTuple.self) else { throw PyError.typeError("Tuple or struct_time argument required") }
        guard tuple.items.count == 9 else { throw PyError.typeError("\(function)(): illegal time tuple argument") }
        var fields: [Int32] = []
        for item in tuple.items {
            guard let i = Int32(exactly: try interp.indexArgument(item)) else {
                throw PyError.overflow("Python int too large to convert to C int")
            }
            fields.append(i)
        }
        var t = tm()
        t.tm_year = fields[0] &- 1900
        t.tm_mon = fields[1] - 1
        t.tm_mday = fields[2]
        t.tm_hour = fields[3]
        t.tm_min = fields[4]
        t.tm_sec = fields[5]
        t.tm_wday = (fields[6] + 1) % 7
        t.tm_yday = fields[7] - 1
        t.tm_isdst = max(-1, min(1, fields[8]))
        if let offset = tuple.subclass?.dict["tm_gmtoff"]?.bigIntValue, let seconds = Int(exactly: offset) {
            t.tm_gmtoff = seconds
        }
        if t.tm_mon == -1 { t.tm_mon = 0 } else if !(0...11).contains(t.tm_mon) { throw PyError.valueError("month out of range") }
        if t.tm_mday == 0 { t.tm_mday = 1 } else if !(0...31).contains(t.tm_mday) { throw PyError.valueError("day of month out of range") }
        if !(0...23).contains(t.tm_hour) { throw PyError.valueError("hour out of range") }
        if !(0...59).contains(t.tm_min) { throw PyError.valueError("minute out of range") }
        if !(0...61).contains(t.tm_sec) { throw PyError.valueError("seconds out of range") }
        if t.tm_wday < 0 { throw PyError.valueError("day of week out of range") }
        if t.tm_yday == -1 { t.tm_yday = 0 } else if !(0...365).contains(t.tm_yday) { throw PyError.valueError("day of year out of range") }
        return t
    }

    /// `time.asctime`'s fixed format: "Tue Jan  2 03:04:05 2024".
    static func asctime(_ t: tm) -> String {
        let day = String(ProlepticCalendar.dayNames[(Int(t.tm_wday) + 6) % 7].prefix(3))
        let month = String(ProlepticCalendar.monthNames[Int(t.tm_mon)].prefix(3))
        let mday = String(t.tm_mday).leftPadded(to: 2, with: " ")
        func two(_ v: Int32) -> String { String(v).leftPadded(to: 2) }
        return "\(day) \(month) \(mday) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    /// The zone name a struct_time carries (`tm_zone`), for `%Z`.
    static func zoneName(of v: Value) -> String? {
        v.as(PyTuple.self)?.subclass?.dict["tm_zone"]?.stringValue
    }

    /// The C library's strftime, growing the buffer as CPython does.
    static func strftime(_ format: String, _ time: tm, zone: String? = nil) throws -> String {
        if format.utf8.contains(0) { throw PyError.valueError("embedded null character") }
        if format.isEmpty { return "" }
        return (zone ?? "").withCString { zoneText in
            var t = time
            t.tm_zone = zone == nil ? nil : zoneText
            var size = 1024
            while true {
                var buffer = [CChar](repeating: 0, count: size)
                let length = Foundation.strftime(&buffer, size, format, &t)
                if length > 0 || size >= 256 * format.utf8.count {
                    return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
                size *= 2
            }
        }
    }
}
