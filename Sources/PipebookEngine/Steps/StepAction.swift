import Foundation

/// What a step did: the Metadata ListPipelineExecutionSteps shows, the properties later steps
/// read, and for a ConditionStep its outcome.
struct StepResult {
    var metadata: JSONValue = .object([])
    var properties: JSONValue = .object([])
    var conditionOutcome: Bool?
}

/// The work of one step type. `run` does it, or throws a `StepFailure`.
protocol StepAction {
    func run(_ job: StepJob) throws -> StepResult
}

/// One attempt at one step: its resolved arguments and everything an action may use.
final class StepJob: @unchecked Sendable {
    let step: PipelineDefinition.Step
    /// The step's Arguments with every pipeline variable resolved.
    let arguments: JSONValue
    let execution: StoredExecution
    let workspace: Workspace
    let s3: LocalS3
    let services: StepServices
    /// `pipelines-<execution id>-<step name>-<suffix>`, as SageMaker names a pipeline's jobs.
    let jobName: String
    let log: StepLog
    let store: PipelineStore
    private let stopFlag: StopFlag

    init(step: PipelineDefinition.Step, arguments: JSONValue, execution: StoredExecution, workspace: Workspace,
         services: StepServices, jobName: String, log: StepLog, store: PipelineStore, stopFlag: StopFlag) {
        self.step = step
        self.arguments = arguments
        self.execution = execution
        self.workspace = workspace
        self.s3 = LocalS3(workspace: workspace)
        self.services = services
        self.jobName = jobName
        self.log = log
        self.store = store
        self.stopFlag = stopFlag
    }

    var isStopping: Bool { stopFlag.isSet }

    /// The execution's stop flag, for the jobs a step runs itself (a tuning job's training jobs).
    var stopFlagForChildren: StopFlag { stopFlag }

    /// Calls `handler` when the execution is stopped (at once if it already is), until the job ends.
    func onStop(_ handler: @escaping @Sendable () -> Void) { stopFlag.onSet(handler) }

    func arn(_ resource: String) -> String {
        "arn:aws:sagemaker:\(workspace.region):\(Workspace.accountID):\(resource)/\(jobName.lowercased())"
    }

    /// A job's own folder: `.pipebook/jobs/<job name>`, created empty.
    func makeJobFolder() throws -> URL {
        let folder = workspace.root.appendingPathComponent("jobs", isDirectory: true).appendingPathComponent(jobName, isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A flag set once when an execution is asked to stop, with handlers to call then.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var handlers: [@Sendable () -> Void] = []

    var isSet: Bool { lock.withLock { set } }

    func raise() {
        let toCall: [@Sendable () -> Void] = lock.withLock {
            guard !set else { return [] }
            set = true
            defer { handlers = [] }
            return handlers
        }
        toCall.forEach { $0() }
    }

    func onSet(_ handler: @escaping @Sendable () -> Void) {
        let now = lock.withLock { () -> Bool in
            if set { return true }
            handlers.append(handler)
            return false
        }
        if now { handler() }
    }
}

/// A step's log: `.pipebook/logs/<execution id>/<step name>.log`, appended as the job writes.
final class StepLog: @unchecked Sendable {
    let url: URL
    private let lock = NSLock()
    private let handle: FileHandle?

    init(workspace: Workspace, executionId: String, stepName: String) {
        url = StepLog.url(workspace: workspace, executionId: executionId, stepName: stepName)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: url.path) {
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        }
        handle = try? FileHandle(forWritingTo: url)
        _ = try? handle?.seekToEnd()
    }

    static func url(workspace: Workspace, executionId: String, stepName: String) -> URL {
        workspace.root.appendingPathComponent("logs", isDirectory: true)
            .appendingPathComponent(executionId, isDirectory: true).appendingPathComponent(stepName + ".log")
    }

    func write(_ text: String) {
        lock.withLock { try? handle?.write(contentsOf: Data(text.utf8)) }
    }

    func line(_ text: String) { write(text + "\n") }

    func close() { lock.withLock { try? handle?.close() } }
}
