import Foundation
import PipebookLanguage
import PipebookNotebook

/// The interactive interpreter: `>>> ` and `... ` prompts, the value of each expression
/// echoed and kept in `_`, tracebacks that leave the session running. The IPython lines
/// workshops use (`!command`, `%pwd`, `%cd`, `%env`, `%time`, `%%writefile`) work as in a notebook.
final class REPL {
    private let interp = Interpreter.forPipebook()
    private let reader = LineReader()
    private var entryNumber = 0
    private let ipython = IPythonSyntax()

    func run() -> Int32 {
        interp.arguments = [""]
        interp.searchPaths = [FileManager.default.currentDirectoryPath]
        ShellModule.register(in: interp)
        if reader.interactive {
            print("\(PythonCommand.version)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.")
            LineReader.completer = { [interp] text in Completion.candidates(for: text, in: interp) }
        }
        let interrupts = PromptInterrupts(interp)
        defer { interrupts.stop() }
        while true {
            guard let entry = readEntry(interrupts) else {
                if reader.interactive { print() }
                PythonCommand.waitForExecutions()
                return 0
            }
            if entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
            entryNumber += 1
            interrupts.setRunning(true)
            defer { interrupts.setRunning(false) }
            do {
                if let value = try interp.runCell(try translated(entry), fileName: "<stdin>"), !value.isNone {
                    interp.standardOutput(try interp.repr(value) + "\n")
                    interp.globals["_"] = value
                }
            } catch let unsupported as UnsupportedMagic {
                // IPython's word for a magic it cannot run.
                interp.standardError("UsageError: \(unsupported.message)\n")
            } catch let e as PyError where e.exception.cls === BuiltinTypes.systemExit {
                return PythonCommand.report(e, interp)
            } catch {
                _ = PythonCommand.report(error, interp)
            }
        }
    }

    /// The entry with its IPython lines turned into Python (most entries have none).
    private func translated(_ entry: String) throws -> String {
        guard let python = try ipython.translate(entry) else { return entry }
        if interp.globals[IPythonSyntax.helperName] == nil {
            try interp.run("import _magics as \(IPythonSyntax.helperName)\n", fileName: "<pipebook>")
        }
        return python
    }

    /// Reads lines until they form a complete entry: a compound statement ends at a blank line.
    private func readEntry(_ interrupts: PromptInterrupts) -> String? {
        var lines: [String] = []
        while true {
            let input = reader.readLine(prompt: lines.isEmpty ? ">>> " : "... ") { interrupts.takeInterrupt() }
            let line: String
            switch input {
            case .endOfInput:
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            case .interrupted:
                print("\nKeyboardInterrupt")
                lines = []
                continue
            case .line(let text):
                line = text
            }
            lines.append(line)
            let source = lines.joined(separator: "\n")
            // A cell magic (`%%writefile f`) takes the lines after it, up to a blank line.
            if lines[0].hasPrefix("%%") {
                if lines.count == 1 || !line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                return lines.dropLast().joined(separator: "\n")
            }
            let isBlockContinuation = lines.count > 1 && !line.trimmingCharacters(in: .whitespaces).isEmpty
            do {
                _ = try Parser.parseModule(source + "\n", fileName: "<stdin>")
                // A block stays open until a blank line closes it.
                if isBlockContinuation || (lines.count == 1 && line.hasSuffix(":")) { continue }
                return source
            } catch let e as SyntaxError where e.isIncompleteInput {
                continue
            } catch {
                return source
            }
        }
    }
}

/// Ctrl-C: interrupts running code, or tells the prompt to drop the line being typed.
final class PromptInterrupts {
    private let lock = NSLock()
    private var running = false
    private var pending = false
    private let source: DispatchSourceSignal

    init(_ interp: Interpreter) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            self.lock.lock()
            defer { self.lock.unlock() }
            // Shell commands run in a process group of their own: Ctrl-C is passed on to them.
            if self.running {
                interp.interrupt()
                ShellModule.interruptRunningCommands()
            } else {
                self.pending = true
            }
        }
        source.resume()
    }

    /// Whether Ctrl-C was pressed at the prompt since the last call.
    func takeInterrupt() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let was = pending
        pending = false
        return was
    }

    func setRunning(_ value: Bool) {
        lock.lock()
        running = value
        pending = false
        lock.unlock()
    }

    func stop() {
        source.cancel()
    }
}
