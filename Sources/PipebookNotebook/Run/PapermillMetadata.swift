import Foundation

/// Where a cell is in a run, as papermill records it in `metadata.papermill.status`.
public enum CellStatus: String, Sendable {
    case pending, running, completed, failed
}

/// papermill's per-cell and per-notebook metadata: times, durations, status, exception.
enum PapermillMetadata {
    /// `datetime.now(timezone.utc).isoformat()`: microseconds and `+00:00`.
    static func timestamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        let micro = Int((date.timeIntervalSince1970 - Double(time)) * 1_000_000)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), min(micro, 999_999))
    }

    static func pending() -> JSON {
        .object([("exception", .null), ("start_time", .null), ("end_time", .null), ("duration", .null),
                 ("status", .string(CellStatus.pending.rawValue))])
    }

    static func started(_ start: Date) -> JSON {
        .object([("exception", .bool(false)), ("start_time", .string(timestamp(start))), ("end_time", .null),
                 ("duration", .null), ("status", .string(CellStatus.running.rawValue))])
    }

    static func finished(_ start: Date, _ end: Date, failed: Bool) -> JSON {
        .object([("exception", .bool(failed)), ("start_time", .string(timestamp(start))), ("end_time", .string(timestamp(end))),
                 ("duration", .double(end.timeIntervalSince(start))),
                 ("status", .string((failed ? CellStatus.failed : .completed).rawValue))])
    }
}
