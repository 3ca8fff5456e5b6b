import Foundation
import PipebookLanguage

/// Runs a notebook's code cells in order in one interpreter session, as Jupyter does: names one
/// cell defines are seen by the next, each cell's outputs are collected in nbformat's types, and
/// papermill's metadata records each cell's times and status. With an output path, the notebook
/// is written after every cell (in the background, so a quick cell does not wait for the disk)
/// and once more, waited for, at the end.
public final class NotebookRunner {
    public let interpreter: Interpreter
    public let options: RunOptions
    private let report: (RunEvent) -> Void
    private let syntax: IPythonSyntax

    /// The outputs of the cell running now; the interpreter's output callbacks append to them.
    private var outputs: [Output] = []
    private let interruptLock = NSLock()
    private var cellRunning = false
    private var timedOut = false
    private var userInterrupted = false

    public init(options: RunOptions, interpreter: Interpreter = Interpreter(), report: @escaping (RunEvent) -> Void = { _ in }) {
        self.options = options
        self.interpreter = interpreter
        self.report = report
        self.syntax = IPythonSyntax(allowShell: options.allowShell)
        interpreter.standardOutput = { [unowned self] text in self.stream("stdout", text) }
        interpreter.standardError = { [unowned self] text in self.stream("stderr", text) }
        ShellModule.register(in: interpreter)
        interpreter.registerModule("_notebook_host") { [unowned self] _ in self.hostModule() }
        interpreter.globals["display"] = DisplayFormatter(interp: interpreter).displayFunction()
    }

    /// Stops the running cell with KeyboardInterrupt and ends the run (Ctrl-C). Any thread.
    public func interrupt() {
        interruptLock.lock()
        defer { interruptLock.unlock() }
        userInterrupted = true
        if cellRunning {
            interpreter.interrupt()
            ShellModule.interruptRunningCommands()
        }
    }

    /// Runs every cell of `notebook`, updating its outputs and metadata in place.
    public func run(_ notebook: inout Notebook) throws -> RunSummary {
        let started = Date()
        var summary = RunSummary()
        if let warning = ParameterInjection.inject(options.parameters, into: &notebook) { report(.warning(warning)) }
        notebook.assignMissingCellIDs()
        prepare(&notebook, started: started)
        let saver = options.outputPath.map(NotebookSaver.init)
        // The first write waits, so a path that cannot be written stops the run before any cell.
        try saver?.save(notebook)
        try saver?.flush()

        var executionCount = 0
        // Cells whose metadata changed since the last write (markdown and skipped cells).
        var unsaved: [Int] = []
        for index in notebook.cells.indices {
            let number = index + 1
            if summary.interrupted || (summary.failed > 0 && !options.allowErrors) { break }
            // Ctrl-C between two cells ends the run before the next one starts.
            if isInterrupted {
                summary.interrupted = true
                break
            }
            let cellStart = Date()
            guard notebook.cells[index].kind == .code else {
                report(.textCell(number: number, cell: notebook.cells[index]))
                notebook.cells[index].metadata["papermill"] = PapermillMetadata.finished(cellStart, Date(), failed: false)
                unsaved.append(index)
                continue
            }
            if notebook.cells[index].tags.contains("skip-execution") {
                summary.skipped += 1
                notebook.cells[index].metadata["papermill"] = PapermillMetadata.finished(cellStart, Date(), failed: false)
                unsaved.append(index)
                report(.cellFinished(number: number, cell: notebook.cells[index], result: .skipped, duration: 0))
                continue
            }
            executionCount += 1
            notebook.cells[index].metadata["papermill"] = PapermillMetadata.started(cellStart)
            notebook.cells[index].executionCount = executionCount
            // A cell that runs a while shows as running in the file; a quick one costs no extra write.
            saver?.saveLater(notebook, changed: unsaved + [index], after: Self.runningStateDelay)
            report(.cellStarted(number: number, cell: notebook.cells[index], executionCount: executionCount))

            let result = runCell(notebook.cells[index], number: number, executionCount: executionCount)
            let cellEnd = Date()
            notebook.cells[index].outputs = outputs
            outputs = []
            notebook.cells[index].metadata["papermill"] = PapermillMetadata.finished(cellStart, cellEnd, failed: result.isFailure)
            summary.cellsRun += 1
            if result.isFailure {
                summary.failed += 1
                summary.firstFailure = summary.firstFailure ?? number
                notebook.metadata["papermill"]?["exception"] = .bool(true)
            }
            if result == .interrupted { summary.interrupted = true }
            try saver?.save(notebook, changed: unsaved + [index])
            unsaved = []
            report(.cellFinished(number: number, cell: notebook.cells[index], result: result,
                                 duration: cellEnd.timeIntervalSince(cellStart)))
        }
        let ended = Date()
        summary.duration = ended.timeIntervalSince(started)
        notebook.metadata["papermill"]?["end_time"] = .string(PapermillMetadata.timestamp(ended))
        notebook.metadata["papermill"]?["duration"] = .double(summary.duration)
        if notebook.metadata["papermill"]?["exception"] == .null { notebook.metadata["papermill"]?["exception"] = .bool(false) }
        try saver?.save(notebook, changed: unsaved)
        try saver?.flush()
        return summary
    }

    /// Clears old outputs and marks every cell pending, as papermill does before a run.
    private func prepare(_ notebook: inout Notebook, started: Date) {
        for index in notebook.cells.indices {
            if notebook.cells[index].kind == .code {
                notebook.cells[index].outputs = []
                notebook.cells[index].executionCount = nil
            }
            notebook.cells[index].metadata["papermill"] = PapermillMetadata.pending()
        }
        var papermill = notebook.metadata["papermill"] ?? .emptyObject
        // Parameters of an earlier papermill run do not describe this one.
        if options.parameters.isEmpty { papermill["parameters"] = .emptyObject }
        papermill["default_parameters"] = .emptyObject
        papermill["environment_variables"] = .emptyObject
        papermill["input_path"] = options.inputPath.map { .string($0) } ?? .null
        papermill["output_path"] = options.outputPath.map { .string($0) } ?? .null
        papermill["start_time"] = .string(PapermillMetadata.timestamp(started))
        papermill["end_time"] = .null
        papermill["duration"] = .null
        papermill["exception"] = .null
        notebook.metadata["papermill"] = papermill
    }

    /// Runs one code cell; its outputs are left in `outputs`.
    private func runCell(_ cell: Cell, number: Int, executionCount: Int) -> CellResult {
        let fileName = "\(options.notebookName), cell \(number)"
        let source: String
        do {
            source = try syntax.translate(cell.source) ?? cell.source
        } catch let unsupported as UnsupportedMagic {
            addError(name: "UsageError", value: unsupported.message,
                     traceback: ["File \"\(fileName)\", line \(unsupported.line)", "UsageError: \(unsupported.message)"])
            return .failed
        } catch {
            addError(name: "UsageError", value: "\(error)", traceback: ["UsageError: \(error)"])
            return .failed
        }
        if source != cell.source { ensureMagicsImported() }
        let timer = startTimer()
        let value: Value?
        do {
            value = try interpreter.runCell(source, fileName: fileName)
            stopTimer(timer)
        } catch let error as PyError {
            stopTimer(timer)
            return failure(error, fileName: fileName, cell: cell)
        } catch let error as SyntaxError {
            stopTimer(timer)
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            addError(name: error.kind.rawValue, value: error.message, traceback: lines.last == "" ? Array(lines.dropLast()) : lines)
            return .failed
        } catch {
            stopTimer(timer)
            addError(name: "RuntimeError", value: "\(error)", traceback: ["RuntimeError: \(error)"])
            return .failed
        }
        if let late = lateInterrupt(fileName: fileName) { return late }
        do {
            if let value, !value.isNone, !Self.endsWithSemicolon(cell.source) {
                interpreter.globals["_"] = value
                let (data, metadata) = try DisplayFormatter(interp: interpreter).format(value)
                add(.executeResult(executionCount: executionCount, data: data, metadata: metadata))
            }
            return .completed
        } catch let error as PyError {
            return failure(error, fileName: fileName, cell: cell)
        } catch {
            addError(name: "RuntimeError", value: "\(error)", traceback: ["RuntimeError: \(error)"])
            return .failed
        }
    }

    /// A timeout or Ctrl-C that came while the cell was finishing (or inside a builtin that does
    /// not look for interrupts): the cell still counts as interrupted, and the request is used
    /// up here so it cannot hit the next cell.
    private func lateInterrupt(fileName: String) -> CellResult? {
        interruptLock.lock()
        let wasTimeout = timedOut, wasUser = userInterrupted
        interruptLock.unlock()
        guard wasTimeout || wasUser else { return nil }
        // A Python call raises the pending KeyboardInterrupt, if the interpreter still holds one.
        _ = try? interpreter.evaluate("(lambda: None)()")
        if wasTimeout, let limit = options.cellTimeout {
            let message = "\(fileName) ran longer than --cell-timeout \(Self.seconds(limit)) and was interrupted"
            addError(name: "TimeoutError", value: message, traceback: ["TimeoutError: \(message)"])
            return .timedOut
        }
        addError(name: "KeyboardInterrupt", value: "", traceback: ["KeyboardInterrupt"])
        return .interrupted
    }

    private func failure(_ error: PyError, fileName: String, cell: Cell) -> CellResult {
        let isInterrupt = error.exception.cls === BuiltinTypes.keyboardInterrupt
        interruptLock.lock()
        let wasTimeout = isInterrupt && timedOut
        let wasUser = isInterrupt && userInterrupted
        interruptLock.unlock()
        if wasTimeout, let limit = options.cellTimeout {
            let message = "\(fileName) ran longer than --cell-timeout \(Self.seconds(limit)) and was interrupted"
            addError(name: "TimeoutError", value: message, traceback: tracebackLines(error) + ["TimeoutError: \(message)"])
            return .timedOut
        }
        addError(name: error.exception.cls.name, value: (try? interpreter.str(.object(error.exception))) ?? "",
                 traceback: tracebackLines(error))
        if wasUser { return .interrupted }
        return cell.tags.contains("raises-exception") ? .raisedAsExpected : .failed
    }

    private func tracebackLines(_ error: PyError) -> [String] {
        var lines = interpreter.formatTraceback(error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private func addError(name: String, value: String, traceback: [String]) {
        add(.error(name: name, value: value, traceback: traceback))
    }

    private func add(_ output: Output) {
        outputs.append(output)
        report(.output(output))
    }

    /// Consecutive writes to one stream make one output, as Jupyter merges them.
    private func stream(_ name: String, _ text: String) {
        if case .stream(let lastName, let lastText)? = outputs.last, lastName == name {
            outputs[outputs.count - 1] = .stream(name: name, text: lastText + text)
        } else {
            outputs.append(.stream(name: name, text: text))
        }
        report(.stream(name: name, text: text))
    }

    private func ensureMagicsImported() {
        guard interpreter.globals[IPythonSyntax.helperName] == nil else { return }
        try? interpreter.run("import _magics as \(IPythonSyntax.helperName)\n", fileName: "<pipebook>")
    }

    /// The native module `display()` publishes through.
    private func hostModule() -> PyModule {
        let module = PyModule(name: "_notebook_host")
        module.globals["publish"] = .object(PyNativeFunction(name: "publish") { [unowned self] _, args in
            let bound = try args.bind("publish", ["data", "metadata"], required: 1)
            let metadata = bound[1].map(DisplayFormatter.metadata) ?? .emptyObject
            self.add(.displayData(data: DisplayFormatter.bundle(bound[0]!), metadata: metadata))
            return .none
        })
        return module
    }

    // MARK: Interrupts

    private var isInterrupted: Bool {
        interruptLock.lock()
        defer { interruptLock.unlock() }
        return userInterrupted
    }

    private func startTimer() -> DispatchWorkItem? {
        interruptLock.lock()
        cellRunning = true
        timedOut = false
        let interruptNow = userInterrupted
        interruptLock.unlock()
        if interruptNow { interpreter.interrupt() }
        guard let limit = options.cellTimeout else { return nil }
        let work = DispatchWorkItem { [weak self] in
            guard let self else { return }
            self.interruptLock.lock()
            defer { self.interruptLock.unlock() }
            guard self.cellRunning else { return }
            self.timedOut = true
            self.interpreter.interrupt()
            ShellModule.interruptRunningCommands()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: work)
        return work
    }

    private func stopTimer(_ work: DispatchWorkItem?) {
        work?.cancel()
        interruptLock.lock()
        cellRunning = false
        interruptLock.unlock()
    }

    /// How long a cell runs before the file is written to show it running.
    static let runningStateDelay: TimeInterval = 0.05

    /// IPython shows no result for a cell whose last line ends in `;`.
    static func endsWithSemicolon(_ source: String) -> Bool {
        let lastLine = source.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        let code = lastLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return code.trimmingCharacters(in: .whitespaces).hasSuffix(";")
    }

    static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? "\(Int(t)) s" : "\(t) s"
    }
}
