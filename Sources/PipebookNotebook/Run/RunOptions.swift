import Foundation

/// How `pipebook run` runs a notebook.
public struct RunOptions {
    /// Go on after a cell fails (the run still counts as failed).
    public var allowErrors = false
    /// Let `!command` lines run in the shell.
    public var allowShell = true
    /// Interrupt a cell that runs longer than this many seconds.
    public var cellTimeout: TimeInterval?
    /// papermill-style parameters, injected after the cell tagged `parameters`.
    public var parameters: [NotebookParameter] = []
    /// Where the executed notebook is written after every cell; nil: nowhere.
    public var outputPath: String?
    /// The notebook's path, recorded in papermill's metadata.
    public var inputPath: String?
    /// The notebook's name in tracebacks and messages.
    public var notebookName = "notebook"

    public init() {}
}

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

/// The totals of a run.
public struct RunSummary: Equatable {
    public var cellsRun = 0
    public var failed = 0
    public var skipped = 0
    public var duration: TimeInterval = 0
    /// Set when a Ctrl-C stopped the run.
    public var interrupted = false
    /// The number (1-based, among all cells) of the first cell that failed.
    public var firstFailure: Int?

    public var succeeded: Bool { failed == 0 && !interrupted }
}
