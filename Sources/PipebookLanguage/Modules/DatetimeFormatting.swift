import Foundation

/// Text forms of dates and times: ISO 8601 output and parsing as CPython's C datetime does
/// them, and strftime through the C library with `%z`, `%Z` and `%f` filled in first.
enum DatetimeText {
    static func two(_ v: Int) -> String { String(v).leftPadded(to: 2) }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(String(year).leftPadded(to: 4))-\(two(month))-\(two(day))"
    }

    /// `HH:MM:SS.ffffff` cut to `timespec`.
    static func time(_ h: Int, _ m: Int, _ s: Int, _ us: Int, timespec: String) throws -> String {
        switch timespec {
        case "auto": return us == 0 ? "\(two(h)):\(two(m)):\(two(s))" : "\(two(h)):\(two(m)):\(two(s)).\(String(us).leftPadded(to: 6))"
        case "hours": return two(h)
        case "minutes": return "\(two(h)):\(two(m))"
        case "seconds": return "\(two(h)):\(two(m)):\(two(s))"
        case "milliseconds": return "\(two(h)):\(two(m)):\(two(s)).\(String(us / 1000).leftPadded(to: 3))"
        case "microseconds": return "\(two(h)):\(two(m)):\(two(s)).\(String(us).leftPadded(to: 6))"
        default: throw PyError.valueError("Unknown timespec value")
        }
    }

    /// A UTC offset as `+HH<sep>MM[<sep>SS[.ffffff]]`.
    static func offset(_ offset: TimedeltaObject, separator: String) -> String {
        var total = offset.days * 86400 + offset.seconds
        var us = offset.microseconds
        var sign = "+"
        if offset.days < 0 {
            sign = "-"
            let negative = offset.totalMicroseconds * -1
            total = Int(negative / 1_000_000)
            us = Int(negative % 1_000_000)
        }
        let (hours, rest) = total.quotientAndRemainder(dividingBy: 3600)
        let (minutes, seconds) = rest.quotientAndRemainder(dividingBy: 60)
        var text = "\(sign)\(two(hours))\(separator)\(two(minutes))"
        if seconds != 0 || us != 0 { text += "\(separator)\(two(seconds))" }
        if us != 0 { text += "." + String(us).leftPadded(to: 6) }
        return text
    }

    /// `timespec` as `isoformat` takes it, argument `position` of the call.
    static func timespec(_ v: Value?, position: Int) throws -> String {
        guard let v else { return "auto" }
        guard let s = v.stringValue else {
            throw PyError.typeError("isoformat() argument \(position) must be str, not \(v.typeName)")
        }
        return s
    }

    /// CPython's `wrap_strftime`: `%z`, `%Z` and `%f` replaced, then the C library's strftime.
    static func strftime(_ formatValue: Value, fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int),
                         microsecond: Int, zone: TimezoneObject?, zoneArgument: Value, _ interp: Interpreter) throws -> String {
        guard let format = formatValue.stringValue else {
            throw PyError.typeError("strftime() argument 1 must be str, not \(formatValue.typeName)")
        }
        var rewritten = ""
        var chars = format.makeIterator()
        while let ch = chars.next() {
            guard ch == "%" else {
                rewritten.append(ch)
                continue
            }
            guard let directive = chars.next() else {
                rewritten.append("%")
                break
            }
            switch directive {
            case "z": rewritten += zone.map { offset($0.offset, separator: "") } ?? ""
            case "Z": rewritten += try zone.map { try $0.name(for: zoneArgument, interp).replacingOccurrences(of: "%", with: "%%") } ?? ""
            case "f": rewritten += String(microsecond).leftPadded(to: 6)
            default:
                rewritten.append("%")
                rewritten.append(directive)
            }
        }
        var t = tm()
        t.tm_year = Int32(fields.year - 1900)
        t.tm_mon = Int32(fields.month - 1)
        t.tm_mday = Int32(fields.day)
        t.tm_hour = Int32(fields.hour)
        t.tm_min = Int32(fields.minute)
        t.tm_sec = Int32(fields.second)
        t.tm_wday = Int32((ProlepticCalendar.weekday(fields.year, fields.month, fields.day) + 1) % 7)
        t.tm_yday = Int32(ProlepticCalendar.dayOfYear(fields.year, fields.month, fields.day) - 1)
        t.tm_isdst = -1
        return try TimeModule.strftime(rewritten, t)
    }

    /// `__format__`: strftime, or str() for an empty format.
    static func format(_ value: Value, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        try args.expect("__format__", min: 2, max: 2)
        guard let spec = args[1].stringValue else {
            throw PyError.typeError("__format__() argument 1 must be str, not \(args[1].typeName)")
        }
        if spec.isEmpty { return .str(try interp.str(value)) }
        return try interp.callMethod(value, "strftime", Arguments([args[1]]))
    }
}

/// ISO 8601 parsing, ported from CPython 3.11's `_datetimemodule.c` so that exactly the same
/// strings are accepted: it reads the UTF-8 bytes as C strings, with a terminating zero.
struct ISOParser {
    private let bytes: [UInt8]
    let length: Int

    init(_ text: String) {
        bytes = Array(text.utf8) + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        length = text.utf8.count
    }

    private func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// `n` digits at `p`: the value and the position after them, or nil.
    private func digits(_ p: Int, _ n: Int) -> (Int, Int)? {
        var value = 0
        for i in p..<(p + n) {
            guard isDigit(at(i)) else { return nil }
            value = value * 10 + Int(at(i) - 0x30)
        }
        return (value, p + n)
    }

    /// The date in the first `end` bytes: year, month, day; nil when malformed.
    func date(start: Int = 0, end: Int) -> (Int, Int, Int)? {
        guard let (year, afterYear) = digits(start, 4) else { return nil }
        var p = afterYear
        let separated = at(p) == UInt8(ascii: "-")
        if separated { p += 1 }
        if at(p) == UInt8(ascii: "W") {
            p += 1
            guard let (week, afterWeek) = digits(p, 2) else { return nil }
            p = afterWeek
            var day = 1
            if p - start < end {
                if separated {
                    guard at(p) == UInt8(ascii: "-") else { return nil }
                    p += 1
                }
                guard let (d, _) = digits(p, 1) else { return nil }
                day = d
            }
            return try? ProlepticCalendar.dateFromISOCalendar(year, week, day)
        }
        guard let (month, afterMonth) = digits(p, 2) else { return nil }
        p = afterMonth
        if separated {
            guard at(p) == UInt8(ascii: "-") else { return nil }
            p += 1
        }
        guard let (day, _) = digits(p, 2) else { return nil }
        return (year, month, day)
    }

    /// `HH[:MM[:SS[.ffffff]]]` between `start` and `end`: the fields and whether text remains
    /// (`parse_hh_mm_ss_ff`); nil when malformed.
    private func clock(_ start: Int, _ end: Int) -> (fields: [Int], more: Bool)? {
        var values = [0, 0, 0, 0]
        var p = start
        var separated = true
        for i in 0..<3 {
            guard let (v, after) = digits(p, 2) else { return nil }
            values[i] = v
            p = after
            let c = at(p)
            p += 1
            if i == 0 { separated = c == UInt8(ascii: ":") }
            if p >= end { return (values, c != 0) }
            if separated && c == UInt8(ascii: ":") { continue }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") { break }
            if !separated { p -= 1 } else { return nil }
        }
        let count = min(end - p, 6)
        guard count > 0, let (fraction, after) = digits(p, count) else { return nil }
        let corrections = [100_000, 10_000, 1_000, 100, 10]
        values[3] = count < 6 ? fraction * corrections[count - 1] : fraction
        p = after
        while isDigit(at(p)) { p += 1 }
        return (values, at(p) != 0)
    }

    /// The time from `start` to the end: hour, minute, second, microsecond and the UTC
    /// offset (seconds, microseconds) when one is given; nil when malformed.
    func time(start: Int) -> (fields: [Int], offset: (Int, Int)?)? {
        let end = length
        var zonePosition = start
        repeat {
            let c = at(zonePosition)
            if c == UInt8(ascii: "Z") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { break }
            zonePosition += 1
        } while zonePosition < end
        guard let (fields, more) = clock(start, zonePosition) else { return nil }
        if zonePosition >= end { return more ? nil : (fields, nil) }
        if at(zonePosition) == UInt8(ascii: "Z") {
            return at(zonePosition + 1) == 0 ? (fields, (0, 0)) : nil
        }
        let sign = at(zonePosition) == UInt8(ascii: "-") ? -1 : 1
        guard let (zone, zoneMore) = clock(zonePosition + 1, end), !zoneMore else { return nil }
        return (fields, (sign * (zone[0] * 3600 + zone[1] * 60 + zone[2]), sign * zone[3]))
    }

    /// Where the date ends in a datetime string (`_find_isoformat_datetime_separator`).
    func separatorPosition() -> Int? {
        if length == 7 { return 7 }
        if length < 7 { return nil }
        if at(4) == UInt8(ascii: "-") {
            guard at(5) == UInt8(ascii: "W") else { return 10 }
            if length > 8 && at(8) == UInt8(ascii: "-") {
                if length == 9 { return nil }
                if length > 10 && isDigit(at(10)) { return 8 }
                return 10
            }
            return 8
        }
        guard at(4) == UInt8(ascii: "W") else { return 8 }
        var index = 7
        while index < length && isDigit(at(index)) { index += 1 }
        if index < 9 { return index }
        return index % 2 == 0 ? 7 : 8
    }
}
