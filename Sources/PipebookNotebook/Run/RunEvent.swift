import Foundation

/// How one cell's run ended.
public enum CellResult: Equatable, Sendable {
    case completed
    /// The cell raised and is tagged `raises-exception`.
    case raisedAsExpected
    case failed
    case timedOut
    /// Ctrl-C.
    case interrupted
    /// Tagged `skip-execution`.
    case skipped

    var isFailure: Bool { self == .failed || self == .timedOut || self == .interrupted }
}

/// What the runner reports as it goes, for a terminal or a test to show.
public enum RunEvent {
    /// A markdown or raw cell was passed.
    case textCell(number: Int, cell: Cell)
    case cellStarted(number: Int, cell: Cell, executionCount: Int)
    /// Text the running cell wrote to `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// An execute_result, display_data or error output of the running cell.
    case output(Output)
    case cellFinished(number: Int, cell: Cell, result: CellResult, duration: TimeInterval)
    case warning(String)
}
