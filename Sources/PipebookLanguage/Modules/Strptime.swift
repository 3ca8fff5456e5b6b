import Foundation

/// CPython's `_strptime`: the format becomes the same regular expression (matched
/// case-insensitively from the start of the text) and the fields are combined by the same
/// rules, with the C locale's names. Shared by `time.strptime` and `datetime.strptime`.
enum Strptime {
    struct Fields {
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0
        /// Microseconds.
        var fraction = 0
        /// Monday is 0.
        var weekday = 0
        var dayOfYear = 1
        var isDST = -1
        var zoneName: String?
        /// The UTC offset `%z` gave, in seconds and microseconds.
        var offsetSeconds: Int?
        var offsetFraction = 0
    }

    private static let weekdays = ProlepticCalendar.dayNames.map { $0.lowercased() }
    private static let months = ProlepticCalendar.monthNames.map { $0.lowercased() }

    /// The regular expression of each directive, as `_strptime.TimeRE`.
    private static func directives() -> [Character: String] {
        func alternatives(_ values: [String], _ name: String) -> String {
            let sorted = values.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
            return "(?<\(name)>" + sorted.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")"
        }
        var table: [Character: String] = [
            "d": "(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])",
            "f": "(?<f>[0-9]{1,6})",
            "H": "(?<H>2[0-3]|[0-1]\\d|\\d)",
            "I": "(?<I>1[0-2]|0[1-9]|[1-9])",
            "G": "(?<G>\\d\\d\\d\\d)",
            "j": "(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
            "m": "(?<m>1[0-2]|0[1-9]|[1-9])",
            "M": "(?<M>[0-5]\\d|\\d)",
            "S": "(?<S>6[0-1]|[0-5]\\d|\\d)",
            "U": "(?<U>5[0-3]|[0-4]\\d|\\d)",
            "W": "(?<W>5[0-3]|[0-4]\\d|\\d)",
            "w": "(?<w>[0-6])",
            "u": "(?<u>[1-7])",
            "V": "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
            "y": "(?<y>\\d\\d)",
            "Y": "(?<Y>\\d\\d\\d\\d)",
            "z": "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))",
            "A": alternatives(weekdays, "A"),
            "a": alternatives(weekdays.map { String($0.prefix(3)) }, "a"),
            "B": alternatives(months, "B"),
            "b": alternatives(months.map { String($0.prefix(3)) }, "b"),
            "p": alternatives(["am", "pm"], "p"),
            "Z": alternatives(zoneNames(), "Z"),
            "%": "%",
        ]
        table["c"] = try? pattern("%a %b %d %H:%M:%S %Y", table, original: "%c")
        table["x"] = try? pattern("%m/%d/%y", table, original: "%x")
        table["X"] = try? pattern("%H:%M:%S", table, original: "%X")
        return table
    }

    /// The time zone names `%Z` accepts: UTC, GMT and the local zone's names.
    private static func zoneNames() -> [String] {
        var names = ["utc", "gmt"]
        tzset()
        for name in [tzname.0, tzname.1].compactMap({ $0 }).map({ String(cString: $0).lowercased() }) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// `TimeRE.pattern`: regex characters escaped, whitespace runs matching any whitespace,
    /// directives replaced by their expressions.
    private static func pattern(_ format: String, _ table: [Character: String], original: String) throws -> String {
        var escaped = ""
        var inWhitespace = false
        for ch in format {
            if ch.isWhitespace {
                if !inWhitespace { escaped += "\\s+" }
                inWhitespace = true
                continue
            }
            inWhitespace = false
            if "\\.^$*+?(){}[]|".contains(ch) { escaped.append("\\") }
            escaped.append(ch)
        }
        var result = ""
        var rest = Substring(escaped)
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            let directiveIndex = rest.index(after: percent)
            guard directiveIndex < rest.endIndex else {
                throw PyError.valueError("stray % in format '\(original)'")
            }
            let directive = rest[directiveIndex]
            guard let expression = table[directive] else {
                let shown = directive == "\\" ? "%" : String(directive)
                throw PyError.valueError("'\(shown)' is a bad directive in format '\(original)'")
            }
            result += expression
            rest = rest[rest.index(after: directiveIndex)...]
        }
        return result + rest
    }

    /// Parses `text` by `format`; `function` names the caller in type errors.
    static func parse(_ textValue: Value, _ formatValue: Value, _ interp: Interpreter) throws -> Fields {
        for (index, argument) in [textValue, formatValue].enumerated() where argument.stringValue == nil {
            throw PyError.typeError("strptime() argument \(index) must be str, not <class '\(argument.type.name)'>")
        }
        let text = textValue.stringValue!, format = formatValue.stringValue!
        let expression = try pattern(format, directives(), original: format)
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: expression, options: [.caseInsensitive])
        } catch {
            throw PyError.unsupported("the strptime format '\(format)' (it repeats a directive)")
        }
        let nsText = text as NSString
        guard let match = regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: nsText.length)) else {
            throw PyError.valueError("time data \(Interpreter.quote(text)) does not match format \(Interpreter.quote(format))")
        }
        let end = match.range.location + match.range.length
        if end != nsText.length {
            throw PyError.valueError("unconverted data remains: \(nsText.substring(from: end))")
        }
        func group(_ name: String) -> String? {
            let range = match.range(withName: name)
            return range.location == NSNotFound ? nil : nsText.substring(with: range)
        }
        func number(_ name: String) throws -> Int? {
            guard let s = group(name) else { return nil }
            if let i = Int(s.trimmingCharacters(in: .whitespaces)) { return i }
            return try interp.parseInt(s, base: 10).bigIntValue.flatMap { Int(exactly: $0) }
        }
        return try combine(group: group, number: number)
    }

    /// `_strptime`'s second half: the fields from the matched groups.
    private static func combine(group: (String) -> String?, number: (String) throws -> Int?) throws -> Fields {
        var fields = Fields()
        var year: Int?
        var isoYear = try number("G")
        if let y = try number("y") { year = y <= 68 ? y + 2000 : y + 1900 }
        if let y = try number("Y") { year = y }
        if let m = try number("m") { fields.month = m }
        if let b = group("B") { fields.month = months.firstIndex(of: b.lowercased())! + 1 }
        if let b = group("b") { fields.month = months.map { String($0.prefix(3)) }.firstIndex(of: b.lowercased())! + 1 }
        if let d = try number("d") { fields.day = d }
        if let h = try number("H") { fields.hour = h }
        if let h = try number("I") {
            fields.hour = h
            switch group("p")?.lowercased() {
            case "pm": if h != 12 { fields.hour += 12 }
            default: if h == 12 { fields.hour = 0 }
            }
        }
        if let m = try number("M") { fields.minute = m }
        if let s = try number("S") { fields.second = s }
        if let f = group("f") { fields.fraction = Int(f + String(repeating: "0", count: 6 - f.count)) ?? 0 }
        var weekday: Int?
        if let a = group("A") { weekday = weekdays.firstIndex(of: a.lowercased()) }
        if let a = group("a") { weekday = weekdays.map { String($0.prefix(3)) }.firstIndex(of: a.lowercased()) }
        if let w = try number("w") { weekday = w == 0 ? 6 : w - 1 }
        if let u = try number("u") { weekday = u - 1 }
        var julian = try number("j")
        var weekOfYear: Int?
        var weekStartsMonday = false
        if let u = try number("U") { weekOfYear = u }
        if let w = try number("W") {
            weekOfYear = w
            weekStartsMonday = true
        }
        let isoWeek = try number("V")
        if let z = group("z") { try parseOffset(z, into: &fields) }
        if let zone = group("Z") {
            fields.zoneName = zone
            let lower = zone.lowercased()
            tzset()
            let names = [tzname.0, tzname.1].map { $0.map { String(cString: $0).lowercased() } ?? "" }
            if ["utc", "gmt", names[0]].contains(lower) {
                fields.isDST = 0
            } else if daylight != 0 && lower == names[1] {
                fields.isDST = 1
            }
            if names[0] == names[1] && daylight != 0 && !["utc", "gmt"].contains(lower) { fields.isDST = -1 }
        }

        if year == nil, isoYear != nil {
            if isoWeek == nil || weekday == nil {
                throw PyError.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
            }
            if julian != nil {
                throw PyError.valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
            }
        } else if weekOfYear == nil, isoWeek != nil {
            if weekday == nil {
                throw PyError.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
            }
            throw PyError.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
        }
        // Without a year, February 29th is read in 1904, then reported in 1900 as CPython does.
        var leapYearFix = false
        var y = year ?? 1900
        if year == nil && fields.month == 2 && fields.day == 29 {
            y = 1904
            leapYearFix = true
        }
        if julian == nil, let weekday {
            if let weekOfYear {
                julian = try julianDay(year: y, week: weekOfYear, weekday: weekday, weekStartsMonday: weekStartsMonday)
            } else if let iso = isoYear, let week = isoWeek {
                let correction = (try Self.validOrdinal(iso, 1, 4) + 6) % 7 + 1 + 3
                var ordinal = week * 7 + weekday + 1 - correction
                var adjustedYear = iso
                if ordinal < 1 {
                    ordinal += try validOrdinal(iso, 1, 1)
                    adjustedYear -= 1
                    ordinal -= try validOrdinal(adjustedYear, 1, 1)
                }
                y = adjustedYear
                julian = ordinal
                isoYear = adjustedYear
            }
            if let j = julian, j <= 0 {
                y -= 1
                julian = j + (ProlepticCalendar.isLeap(y) ? 366 : 365)
            }
        }
        if let j = julian {
            let (ry, rm, rd) = ProlepticCalendar.date(fromOrdinal: j - 1 + (try validOrdinal(y, 1, 1)))
            y = ry
            fields.month = rm
            fields.day = rd
            fields.dayOfYear = j
        } else {
            fields.dayOfYear = try validOrdinal(y, fields.month, fields.day) - ProlepticCalendar.ordinal(y, 1, 1) + 1
        }
        fields.weekday = weekday ?? ProlepticCalendar.weekday(y, fields.month, fields.day)
        fields.year = leapYearFix ? 1900 : y
        return fields
    }

    /// The ordinal of a date that must exist (`datetime.date(y, m, d).toordinal()`).
    private static func validOrdinal(_ year: Int, _ month: Int, _ day: Int) throws -> Int {
        try DateObject.check(year: year, month: month, day: day)
        return ProlepticCalendar.ordinal(year, month, day)
    }

    /// `_calc_julian_from_U_or_W`.
    private static func julianDay(year: Int, week: Int, weekday: Int, weekStartsMonday: Bool) throws -> Int {
        var firstWeekday = (try validOrdinal(year, 1, 1) + 6) % 7
        var day = weekday
        if !weekStartsMonday {
            firstWeekday = (firstWeekday + 1) % 7
            day = (day + 1) % 7
        }
        let week0Length = (7 - firstWeekday) % 7
        if week == 0 { return 1 + day - firstWeekday }
        return 1 + week0Length + 7 * (week - 1) + day
    }

    /// `%z`: "Z", or ±HH[:]MM[[:]SS[.ffffff]].
    private static func parseOffset(_ z: String, into fields: inout Fields) throws {
        if z == "Z" || z == "z" {
            fields.offsetSeconds = 0
            return
        }
        var chars = Array(z)
        if chars[3] == ":" {
            chars.remove(at: 3)
            if chars.count > 5 {
                guard chars[5] == ":" else { throw PyError.valueError("Inconsistent use of : in \(z)") }
                chars.remove(at: 5)
            }
        }
        let digits = String(chars)
        func part(_ range: Range<Int>) -> Int {
            range.upperBound <= chars.count ? Int(String(chars[range])) ?? 0 : 0
        }
        var seconds = part(1..<3) * 3600 + part(3..<5) * 60 + part(5..<7)
        let remainder = chars.count > 8 ? String(chars[8...]) : ""
        var fraction = Int(remainder + String(repeating: "0", count: 6 - remainder.count)) ?? 0
        if digits.hasPrefix("-") {
            seconds = -seconds
            fraction = -fraction
        }
        fields.offsetSeconds = seconds
        fields.offsetFraction = fraction
    }
}
