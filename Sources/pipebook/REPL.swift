import Foundation
import PipebookLanguage

/// The interactive interpreter: `>>> ` and `... ` prompts, the value of each expression
/// echoed and kept in `_`, tracebacks that leave the session running.
final class REPL {
    private let interp = Interpreter()
    private let reader = LineReader()
    private var entryNumber = 0

    func run() -> Int32 {
        interp.arguments = [""]
        interp.searchPaths = [FileManager.default.currentDirectoryPath]
        if reader.interactive {
            print("\(PythonCommand.version)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.")
            LineReader.completer = { [interp] text in Completion.candidates(for: text, in: interp) }
        }
        let interrupts = PromptInterrupts(interp)
        defer { interrupts.stop() }
        while true {
            guard let entry = readEntry(interrupts) else {
                if reader.interactive { print() }
                return 0
            }
            if entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
            entryNumber += 1
            interrupts.running = true
            defer { interrupts.running = false }
            do {
                if let value = try interp.runCell(entry, fileName: "<stdin>"), !value.isNone {
                    interp.standardOutput(try interp.repr(value) + "\n")
                    interp.globals["_"] = value
                }
            } catch let e as PyError where e.exception.cls === BuiltinTypes.systemExit {
                return PythonCommand.report(e, interp)
            } catch {
                _ = PythonCommand.report(error, interp)
            }
        }
    }

    /// Reads lines until they form a complete entry: a compound statement ends at a blank line.
    private func readEntry(_ interrupts: PromptInterrupts) -> String? {
        var lines: [String] = []
        while true {
            interrupts.cancelled = false
            guard let line = reader.readLine(prompt: lines.isEmpty ? ">>> " : "... ") else {
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            }
            if interrupts.cancelled {
                lines = []
                continue
            }
            lines.append(line)
            let source = lines.joined(separator: "\n")
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

/// Ctrl-C: drops the line being typed at a prompt, or interrupts the running code.
final class PromptInterrupts {
    var running = false
    var cancelled = false
    private let source: DispatchSourceSignal

    init(_ interp: Interpreter) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        source.resume()
        source.setEventHandler { [unowned self] in
            if self.running {
                interp.interrupt()
            } else {
                self.cancelled = true
                print("\nKeyboardInterrupt")
                LineReader.discardCurrentLine()
            }
        }
    }

    func stop() {
        source.cancel()
    }
}
