/// The proleptic Gregorian calendar arithmetic of CPython's datetime module: ordinals count
/// days from 0001-01-01 (ordinal 1).
enum ProlepticCalendar {
    static let minYear = 1
    static let maxYear = 9999
    static let maxOrdinal = 3_652_059

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static let daysInMonthTable = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    private static let daysBeforeMonthTable: [Int] = {
        var table = [-1]
        var sum = 0
        for d in daysInMonthTable.dropFirst() {
            table.append(sum)
            sum += d
        }
        return table
    }()

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        month == 2 && isLeap(year) ? 29 : daysInMonthTable[month]
    }

    static func daysBeforeYear(_ year: Int) -> Int {
        let y = year - 1
        return y * 365 + y / 4 - y / 100 + y / 400
    }

    static func daysBeforeMonth(_ year: Int, _ month: Int) -> Int {
        daysBeforeMonthTable[month] + (month > 2 && isLeap(year) ? 1 : 0)
    }

    static func ordinal(_ year: Int, _ month: Int, _ day: Int) -> Int {
        daysBeforeYear(year) + daysBeforeMonth(year, month) + day
    }

    /// The day of the year, 1 for January 1st.
    static func dayOfYear(_ year: Int, _ month: Int, _ day: Int) -> Int {
        daysBeforeMonth(year, month) + day
    }

    /// Monday is 0, as `date.weekday()`.
    static func weekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
        (ordinal(year, month, day) + 6) % 7
    }

    /// The date of an ordinal, by CPython's `_ord2ymd` (400-, 100-, 4- and 1-year cycles).
    static func date(fromOrdinal n: Int) -> (year: Int, month: Int, day: Int) {
        var n = n - 1
        let n400 = n / 146_097
        n %= 146_097
        var year = n400 * 400 + 1
        let n100 = n / 36_524
        n %= 36_524
        let n4 = n / 1_461
        n %= 1_461
        let n1 = n / 365
        n %= 365
        year += n100 * 100 + n4 * 4 + n1
        if n1 == 4 || n100 == 4 { return (year - 1, 12, 31) }
        let leap = n1 == 3 && (n4 != 24 || n100 == 3)
        var month = (n + 50) >> 5
        var preceding = daysBeforeMonthTable[month] + (month > 2 && leap ? 1 : 0)
        if preceding > n {
            month -= 1
            preceding -= daysInMonthTable[month] + (month == 2 && leap ? 1 : 0)
        }
        return (year, month, n - preceding + 1)
    }

    /// The ordinal of the Monday of ISO week 1 of `year`.
    static func isoWeek1Monday(_ year: Int) -> Int {
        let firstDay = ordinal(year, 1, 1)
        let firstWeekday = (firstDay + 6) % 7
        var monday = firstDay - firstWeekday
        if firstWeekday > 3 { monday += 7 }
        return monday
    }

    /// ISO year, week and weekday (1 for Monday).
    static func isoCalendar(_ year: Int, _ month: Int, _ day: Int) -> (year: Int, week: Int, weekday: Int) {
        var isoYear = year
        var week1Monday = isoWeek1Monday(isoYear)
        let today = ordinal(year, month, day)
        var (week, dayOfWeek) = (today - week1Monday).quotientAndRemainderFloored(dividingBy: 7)
        if week < 0 {
            isoYear -= 1
            week1Monday = isoWeek1Monday(isoYear)
            (week, dayOfWeek) = (today - week1Monday).quotientAndRemainderFloored(dividingBy: 7)
        } else if week >= 52, today >= isoWeek1Monday(isoYear + 1) {
            isoYear += 1
            week = 0
        }
        return (isoYear, week + 1, dayOfWeek + 1)
    }

    /// The date of an ISO year, week and weekday, with CPython's errors.
    static func dateFromISOCalendar(_ year: Int, _ week: Int, _ day: Int) throws -> (year: Int, month: Int, day: Int) {
        guard (minYear...maxYear).contains(year) else { throw PyError.valueError("Year is out of range: \(year)") }
        if !(1...52).contains(week) {
            let firstWeekday = ordinal(year, 1, 1) % 7
            let hasWeek53 = firstWeekday == 4 || (firstWeekday == 3 && isLeap(year))
            guard week == 53 && hasWeek53 else { throw PyError.valueError("Invalid week: \(week)") }
        }
        guard (1...7).contains(day) else { throw PyError.valueError("Invalid day: \(day) (range is [1, 7])") }
        return date(fromOrdinal: isoWeek1Monday(year) + (week - 1) * 7 + (day - 1))
    }
}

extension Int {
    /// Python's `divmod`: the quotient rounded down and a remainder with the divisor's sign.
    func quotientAndRemainderFloored(dividingBy d: Int) -> (Int, Int) {
        var (q, r) = quotientAndRemainder(dividingBy: d)
        if r != 0 && (r < 0) != (d < 0) {
            q -= 1
            r += d
        }
        return (q, r)
    }
}
