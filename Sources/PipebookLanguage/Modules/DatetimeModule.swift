/// `datetime`: date, datetime, time, timedelta and fixed-offset timezones, with CPython's
/// reprs, arithmetic, comparisons, formatting and parsing. Time zones other than fixed offsets
/// (tzinfo subclasses, zoneinfo) are not supported.
enum DatetimeModule {
    static let isoCalendarDateType = NamedTupleType.make(name: "IsoCalendarDate", module: "datetime",
                                                         fields: ["year", "week", "weekday"],
                                                         reprPrefix: "datetime.IsoCalendarDate")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("datetime")
        m.value("MINYEAR", .int(ProlepticCalendar.minYear))
        m.value("MAXYEAR", .int(ProlepticCalendar.maxYear))
        m.value("date", .object(DateObject.dateType))
        m.value("datetime", .object(DateTimeObject.datetimeType))
        m.value("time", .object(TimeObject.type))
        m.value("timedelta", .object(TimedeltaObject.type))
        m.value("tzinfo", .object(TzinfoBase.type))
        m.value("timezone", .object(TimezoneObject.type))
        m.value("UTC", .object(TimezoneObject.utc))
        return m.module
    }
}
