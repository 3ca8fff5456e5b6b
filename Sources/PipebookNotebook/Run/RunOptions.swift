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
