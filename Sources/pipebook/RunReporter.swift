import Foundation
import PipebookNotebook

/// Shows a notebook run in the terminal as it happens: a header per cell, its output as it is
/// written, its result as IPython shows it (`Out[n]: ...`), a status line, and the totals.
final class RunReporter {
    private let style: TerminalStyle
    private let quiet: Bool
    private let notebookName: String
    /// Whether the last text written to standard output ended a line, so the status line starts on one.
    private var atLineStart = true

    init(notebookName: String, quiet: Bool, style: TerminalStyle) {
        self.notebookName = notebookName
        self.quiet = quiet
        self.style = style
    }

    func handle(_ event: RunEvent) {
        switch event {
        case .textCell(_, let cell):
            guard !quiet, !cell.source.isEmpty else { return }
            out(cell.source.split(separator: "\n", omittingEmptySubsequences: false).map { style.dim("  " + $0) }.joined(separator: "\n") + "\n")
        case .cellStarted(let number, let cell, let count):
            out(style.bold("In [\(count)] cell \(number):") + " " + cell.firstLine + "\n")
        case .stream(let name, let text):
            if name == "stderr" { err(text) } else { out(text) }
        case .output(let output):
            show(output)
        case .cellFinished(let number, let cell, let result, let duration):
            finish(number: number, cell: cell, result: result, duration: duration)
        case .warning(let message):
            err(style.yellow("pipebook: warning: \(message)") + "\n")
        }
    }

    private func show(_ output: Output) {
        switch output {
        case .executeResult(let count, let data, _):
            let text = data.plainText ?? ""
            let prompt = style.red("Out[\(count.map(String.init) ?? " ")]:")
            // IPython starts a multi-line result on a line of its own.
            out(prompt + (text.contains("\n") ? "\n" : " ") + text + "\n")
        case .displayData(let data, _):
            out((data.plainText ?? "") + "\n")
        case .error(_, _, let traceback):
            err(style.red(traceback.joined(separator: "\n")) + "\n")
        case .stream, .unknown:
            break
        }
    }

    private func finish(number: Int, cell: Cell, result: CellResult, duration: TimeInterval) {
        if !atLineStart { out("\n") }
        let time = Self.duration(duration)
        switch result {
        case .completed:
            out(style.dim("  completed in \(time)") + "\n")
        case .raisedAsExpected:
            out(style.dim("  raised, as its raises-exception tag allows, in \(time)") + "\n")
        case .skipped:
            out(style.dim("cell \(number) skipped (skip-execution): \(cell.firstLine)") + "\n")
        case .failed, .timedOut, .interrupted:
            let summary = cell.outputs.last.flatMap { output -> String? in
                if case .error(let name, let value, _) = output { return value.isEmpty ? name : "\(name): \(value)" }
                return nil
            } ?? "failed"
            out(style.red("  failed in \(time)") + "\n")
            err(style.red("pipebook: \(notebookName), cell \(number) failed: \(summary)") + "\n")
        }
    }

    func finish(_ summary: RunSummary, writtenTo path: String?) {
        var line = "\(summary.cellsRun) cell\(summary.cellsRun == 1 ? "" : "s") run, \(summary.failed) failed, \(summary.skipped) skipped in \(Self.duration(summary.duration))"
        if summary.interrupted { line += ", interrupted" }
        if let path { line += "; written to \(path)" }
        out((summary.succeeded ? style.green(line) : style.red(line)) + "\n")
    }

    static func duration(_ t: TimeInterval) -> String {
        t < 1 ? String(format: "%.1f ms", t * 1000) : String(format: "%.2f s", t)
    }

    private func out(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
        atLineStart = text.hasSuffix("\n")
    }

    private func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
