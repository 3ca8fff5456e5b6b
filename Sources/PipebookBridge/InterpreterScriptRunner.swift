import Foundation
import PipebookData
import PipebookEngine
import PipebookLanguage

/// The engine's `ScriptRunner`: every job gets a fresh interpreter that sees the job's
/// `/opt/ml` inside its job folder, its own environment and working directory, and writes its
/// output to the job's log. Scripts reach the workspace's S3 (boto3, sagemaker.s3) through the
/// bridge, as jobs reach S3 on AWS.
public final class InterpreterScriptRunner: ScriptRunner {
    private let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void,
                    cancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) -> String? {
        let interp = makeInterpreter(job, output: output)
        let handle = InterruptHandle(interp)
        cancel { handle.interrupt() }
        let (realScript, fileName) = Self.program(job)
        guard let data = FileManager.default.contents(atPath: realScript), let source = String(data: data, encoding: .utf8) else {
            let message = job.module.map { "python3: No module named \($0)" }
                ?? "python3: can't open file '\(job.scriptPath)': [Errno 2] No such file or directory"
            output(message + "\n")
            return message
        }
        do {
            try interp.run(source, fileName: fileName)
            return nil
        } catch {
            return failure(error, interp, output: output)
        }
    }

    public func callFunction(scriptPath: String, handler: String, event: String,
                             output: @escaping @Sendable (String) -> Void) throws -> String {
        let folder = (scriptPath as NSString).deletingLastPathComponent
        let job = ScriptJob(scriptPath: scriptPath, arguments: [], environment: [:], mounts: [], workingDirectory: folder)
        let interp = makeInterpreter(job, output: output)
        let function = String(handler.split(separator: ".").last ?? "lambda_handler")
        guard let data = FileManager.default.contents(atPath: scriptPath), let source = String(data: data, encoding: .utf8) else {
            throw StepFailure("Cannot read the handler's script \(scriptPath).")
        }
        do {
            try interp.run(source, fileName: scriptPath)
            interp.globals["__pipebook_event__"] = .str(event)
            try interp.run("import json as __pipebook_json__", fileName: "<lambda>")
            let result = try interp.evaluate(
                "__pipebook_json__.dumps(\(function)(__pipebook_json__.loads(__pipebook_event__), None))")
            return result.stringValue ?? "null"
        } catch {
            let reason = failure(error, interp, output: output) ?? "the handler exited"
            throw StepFailure("Lambda handler \(handler) failed: \(reason)")
        }
    }

    private func makeInterpreter(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void) -> Interpreter {
        // Step scripts are ordinary workshop Python: numpy, pandas, scikit-learn, tarfile...
        let interp = Interpreter()
        PipebookData.register(on: interp)
        let workspace = self.workspace
        PipebookBridge.register(on: interp) { workspace }
        interp.standardOutput = output
        interp.standardError = output
        interp.readLine = { _ in nil }
        interp.arguments = [Self.program(job).fileName] + job.arguments
        interp.environment = ProcessInfo.processInfo.environment.merging(job.environment) { $1 }
        if !job.mounts.isEmpty {
            interp.fileSystem = MountedFileSystem(job)
            interp.currentDirectory = job.workingDirectory
        }
        // `python3 SCRIPT` puts the script's folder first on the import path, `python3 -m` the working directory.
        interp.searchPaths = job.module == nil ? [(job.realPath(for: job.scriptPath) as NSString).deletingLastPathComponent]
                                               : [job.realPath(for: job.workingDirectory)]
        return interp
    }

    /// The file a job runs, on disk and as tracebacks name it: its script, or its module of stdlib/.
    private static func program(_ job: ScriptJob) -> (realPath: String, fileName: String) {
        guard let module = job.module else { return (job.realPath(for: job.scriptPath), job.scriptPath) }
        let path = Interpreter.standardLibraryPath + "/" + module.replacingOccurrences(of: ".", with: "/") + ".py"
        return (path, path)
    }

    /// Writes the traceback of a failed script to its output; returns the traceback's last
    /// line, or nil when the script ended with `sys.exit(0)`.
    private func failure(_ error: Error, _ interp: Interpreter, output: (String) -> Void) -> String? {
        guard let e = error as? PyError else {
            output("\(error)\n")
            return "\(error)"
        }
        if e.exception.cls === BuiltinTypes.systemExit {
            switch e.exception.args.first {
            case nil, .none?, .int(0)?, .bool(false)?: return nil
            default: break
            }
        }
        let traceback = interp.formatTraceback(e)
        output(traceback)
        return traceback.split(separator: "\n").last.map(String.init) ?? e.description
    }
}

/// Maps the paths a job's script uses through its mounts.
final class MountedFileSystem: FileSystemMapper, @unchecked Sendable {
    private let job: ScriptJob

    init(_ job: ScriptJob) { self.job = job }

    func realPath(for path: String) -> String { job.realPath(for: path) }
}

/// Lets the engine interrupt a job's interpreter from its own thread.
final class InterruptHandle: @unchecked Sendable {
    private weak var interp: Interpreter?

    init(_ interp: Interpreter) { self.interp = interp }

    func interrupt() { interp?.interrupt() }
}
