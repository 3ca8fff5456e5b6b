import Foundation

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
