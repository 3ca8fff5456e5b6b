import ArgumentParser
import Foundation
import PipebookLanguage
import PipebookNotebook

/// `pipebook run NOTEBOOK`: runs every cell, shows the outputs, writes the executed notebook.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipebook run",
        abstract: "Run every cell of a notebook (.ipynb or percent-format .py) in one Python session.",
        discussion: """
        Exit status: 0 when every cell ran, 1 when a cell failed, 2 for a notebook that cannot be read, \
        130 after Ctrl-C. Cells tagged skip-execution are skipped; cells tagged raises-exception may raise.
        """)

    @Argument(help: "The notebook to run.")
    var notebook: String

    @Option(name: .short, help: ArgumentHelp("Write the executed notebook here, after every cell.", valueName: "OUT"))
    var output: String?

    @Flag(help: "Write the executed notebook over the input.")
    var inplace = false

    @Flag(help: "Leave markdown cells out of the terminal output.")
    var quiet = false

    @Flag(help: "Run on after a failed cell (the exit status is still 1).")
    var allowErrors = false

    @Flag(help: "Refuse !command shell lines.")
    var noShell = false

    @Option(help: ArgumentHelp("Interrupt a cell that runs longer than this.", valueName: "SECONDS"))
    var cellTimeout: Double?

    // Read by `main` before ArgumentParser sees the arguments (it takes two values); declared
    // here for the help text.
    @Option(name: .customShort("p"), help: ArgumentHelp("Set a parameter, as papermill does: VALUE is True, False, None, an int or a float, else a string. Repeatable.", valueName: "NAME VALUE"))
    var parameterHelp: [String] = []

    var parameters: [NotebookParameter] = []

    enum CodingKeys: String, CodingKey {
        case notebook, output, inplace, quiet, allowErrors, noShell, cellTimeout, parameterHelp
    }

    func validate() throws {
        if inplace && output != nil { throw ValidationError("give either -o OUT or --inplace, not both") }
        if let cellTimeout, cellTimeout <= 0 { throw ValidationError("--cell-timeout needs a positive number of seconds") }
    }

    /// Parses the arguments after `run` and runs; returns the exit status.
    static func main(_ arguments: [String]) -> Int32 {
        var rest: [String] = []
        var parameters: [NotebookParameter] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-p" || argument == "--parameter" {
                guard index + 2 < arguments.count else {
                    return CommandSupport.usageError("-p needs a NAME and a VALUE", usage: helpMessage())
                }
                parameters.append(NotebookParameter(name: arguments[index + 1], text: arguments[index + 2]))
                index += 3
            } else {
                rest.append(argument)
                index += 1
            }
        }
        do {
            var command = try parse(rest)
            command.parameters = parameters
            return command.execute()
        } catch {
            return CommandSupport.exit(for: error, command: self)
        }
    }

    private func execute() -> Int32 {
        var notebookValue: Notebook
        do {
            notebookValue = try NotebookFile.read(notebook)
        } catch {
            return CommandSupport.fail("\(error)")
        }
        if let bad = parameters.first(where: { !CommandSupport.isIdentifier($0.name) }) {
            return CommandSupport.fail("-p \(bad.name): a parameter name must be a Python identifier")
        }
        let destination = inplace ? notebook : output
        var options = RunOptions()
        options.allowErrors = allowErrors
        options.allowShell = !noShell
        options.cellTimeout = cellTimeout
        options.parameters = parameters
        options.outputPath = destination
        options.inputPath = notebook
        options.notebookName = URL(fileURLWithPath: notebook).lastPathComponent

        let reporter = RunReporter(notebookName: options.notebookName, quiet: quiet, style: .forStandardOutput())
        let interpreter = Interpreter.forPipebook()
        interpreter.arguments = [notebook]
        interpreter.searchPaths = [URL(fileURLWithPath: notebook).deletingLastPathComponent().path]
        let runner = NotebookRunner(options: options, interpreter: interpreter, report: reporter.handle)
        let interrupts = RunInterrupts(runner)
        defer { interrupts.stop() }
        let summary: RunSummary
        do {
            summary = try runner.run(&notebookValue)
        } catch {
            return CommandSupport.fail("\(error)")
        }
        reporter.finish(summary, writtenTo: destination)
        if !summary.interrupted { PythonCommand.waitForExecutions() }
        if summary.interrupted { return 130 }
        return summary.succeeded ? 0 : 1
    }
}

/// Ctrl-C during `pipebook run`: the running cell gets KeyboardInterrupt and the run stops
/// after writing what it has.
final class RunInterrupts {
    private let source: DispatchSourceSignal

    init(_ runner: NotebookRunner) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { runner.interrupt() }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
