import Foundation
import PipebookEngine
import PipebookLanguage

/// The part of `pipebook` that behaves like the `python3` command: a file, `-c`, `-`, or the REPL.
enum PythonCommand {
    static let version = "Pipebook 0.1.0 (Python 3.11 subset)"

    static let usage = """
    usage: pipebook [option] ... [-c cmd | file | -] [arg] ...
           pipebook run NOTEBOOK [-o OUT | --inplace] [options]   (pipebook run --help)
           pipebook convert IN OUT
    Options:
    -c cmd : program passed in as string (terminates option list)
    -h     : print this help message and exit (also --help)
    -V     : print the Python version number and exit (also --version)
    file   : program read from script file
    -      : program read from stdin (default; interactive mode if a tty)
    arg ...: arguments passed to program in sys.argv[1:]

    pipebook pipelines [NAME], pipebook definition NAME [--version N]:
             the pipelines stored by pipeline.upsert() (see pipebook pipelines --help)
    pipebook lineage ARN: what produced a model package or a job's outputs, what was produced
             from a data set (an S3 URI)

    Environment:
    PIPEBOOK_HISTORY : the REPL's history file (default ~/.pipebook_history)
    PIPEBOOK_STDLIB  : the folder of Pipebook's modules written in Python
    NO_COLOR         : no colour in output

    """

    /// Runs the command and returns the process exit status.
    static func main(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            if isatty(STDIN_FILENO) != 0 { return REPL().run() }
            return runSource(readStandardInput(), fileName: "<stdin>", argv: [""])
        }
        switch first {
        case "-h", "--help":
            print(usage, terminator: "")
            return 0
        case "-V", "--version":
            print(version)
            return 0
        case "-c":
            guard arguments.count >= 2 else {
                FileHandle.standardError.write(Data("Argument expected for the -c option\n\(usage)".utf8))
                return 2
            }
            return runSource(arguments[1], fileName: "<string>", argv: ["-c"] + arguments.dropFirst(2))
        case "-":
            return runSource(readStandardInput(), fileName: "<stdin>", argv: ["-"] + arguments.dropFirst())
        default:
            if first.hasPrefix("-") {
                FileHandle.standardError.write(Data("Unknown option: \(first)\n\(usage)".utf8))
                return 2
            }
            return runFile(first, argv: Array(arguments))
        }
    }

    private static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }

    private static func runFile(_ path: String, argv: [String]) -> Int32 {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory"
            FileHandle.standardError.write(Data("pipebook: can't open file '\(url.path)': \(reason)\n".utf8))
            return 2
        }
        guard let source = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("SyntaxError: \(path) is not UTF-8 text: Pipebook reads Python source in UTF-8\n".utf8))
            return 1
        }
        return runSource(source, fileName: path, argv: argv, folder: url.deletingLastPathComponent().path)
    }

    /// Runs a program in a fresh interpreter, printing any uncaught error as CPython does.
    static func runSource(_ source: String, fileName: String, argv: [String], folder: String? = nil) -> Int32 {
        let interp = Interpreter.forPipebook()
        interp.arguments = argv
        interp.searchPaths = [folder ?? FileManager.default.currentDirectoryPath]
        let interrupts = InterruptForwarder(interp)
        defer { interrupts.stop() }
        let status: Int32
        do {
            try interp.run(source, fileName: fileName)
            status = 0
        } catch {
            status = report(error, interp)
        }
        waitForExecutions()
        return status
    }

    /// Pipeline executions run in this process: a program that ends before they do waits for them.
    static func waitForExecutions() {
        let running = RunningExecutions.shared.arns
        guard !running.isEmpty else { return }
        let names = running.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", ")
        FileHandle.standardError.write(Data("pipebook: waiting for \(running.count) pipeline execution(s) still running: \(names)\n".utf8))
        RunningExecutions.shared.waitForAll()
    }

    /// Prints an uncaught error and returns the exit status CPython would.
    static func report(_ error: Error, _ interp: Interpreter) -> Int32 {
        switch error {
        case let e as PyError:
            if e.exception.cls === BuiltinTypes.systemExit {
                return exitStatus(for: e, interp)
            }
            interp.standardError(interp.formatTraceback(e))
            return e.exception.cls === BuiltinTypes.keyboardInterrupt ? 130 : 1
        case let s as SyntaxError:
            interp.standardError(s.description)
            return 1
        default:
            interp.standardError("\(error)\n")
            return 1
        }
    }

    /// `raise SystemExit(code)`: None is 0, an int is itself, anything else is printed and gives 1.
    private static func exitStatus(for e: PyError, _ interp: Interpreter) -> Int32 {
        guard let code = e.exception.args.first else { return 0 }
        switch code {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        case .bool(let b): return b ? 1 : 0
        default:
            interp.standardError(((try? interp.str(code)) ?? "") + "\n")
            return 1
        }
    }
}

/// Turns Ctrl-C into a KeyboardInterrupt inside the running program.
final class InterruptForwarder {
    private let source: DispatchSourceSignal

    init(_ interp: Interpreter) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { interp.interrupt() }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
