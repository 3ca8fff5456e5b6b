import Foundation

/// StartPipelineExecution and what follows it: stop, retry, and the repair of executions
/// whose process died. Executions run in the background of this process.
public final class PipelineExecutor {
    public let store: PipelineStore
    public let services: StepServices

    public init(store: PipelineStore, services: StepServices) {
        self.store = store
        self.services = services
    }

    private var workspace: Workspace { store.workspace }

    /// What StartPipelineExecution takes besides the pipeline's name.
    public struct StartRequest: Sendable {
        public var parameters: [(name: String, value: String)]
        public var displayName: String?
        public var description: String?
        /// The definition version to run (PipelineVersionId); the newest when nil.
        public var version: Int?
        public var maxParallelSteps: Int?
        /// `SourcePipelineExecutionArn` and the selected step names.
        public var selective: (source: String, steps: [String])?

        public init(parameters: [(name: String, value: String)] = [], displayName: String? = nil, description: String? = nil,
                    maxParallelSteps: Int? = nil, selective: (source: String, steps: [String])? = nil) {
            self.parameters = parameters
            self.displayName = displayName
            self.description = description
            self.maxParallelSteps = maxParallelSteps
            self.selective = selective
        }
    }

    /// Checks the parameters, stores the execution (Executing) and starts it; returns at once.
    /// Nothing is stored when the parameters are refused.
    @discardableResult
    public func start(pipelineName: String, _ request: StartRequest = StartRequest()) throws -> StoredExecution {
        recoverAbandonedExecutions()
        let summary = try store.describe(pipelineName)
        let version = try request.version.map { try store.definition(pipelineName, version: $0) } ?? summary.latest
        let definition = try PipelineDefinition(text: version.definition)
        let parameters = try ExecutionParameters.check(request.parameters, definition: definition)
        var inherited: [StoredStepRun] = []
        var selectiveText: String?
        if let selective = request.selective {
            let source = try store.execution(selective.source)
            for name in selective.steps where definition.step(named: name) == nil {
                throw PipelineStoreError.validation("Step \(name) is not in pipeline \(pipelineName).")
            }
            inherited = try store.stepRuns(source.arn).filter { $0.status == .succeeded && !selective.steps.contains($0.stepName) }
            selectiveText = JSONValue.object([
                ("SourcePipelineExecutionArn", .string(source.arn)),
                ("SelectedSteps", .array(selective.steps.map { .object([("StepName", .string($0))]) })),
            ]).text()
        }
        let configured = summary.pipeline.parallelismConfiguration.flatMap { try? JSONValue.parse($0) }?["MaxParallelExecutionSteps"]
        var maxParallel = ProcessInfo.processInfo.activeProcessorCount
        if case .int(let n)? = configured { maxParallel = n }
        if let n = request.maxParallelSteps { maxParallel = n }
        let id = ExecutionIds.make()
        let now = Date()
        let execution = StoredExecution(
            arn: "\(workspace.pipelineARN(pipelineName))/execution/\(id)", pipelineName: pipelineName,
            pipelineVersion: version.version, executionId: id,
            displayName: request.displayName ?? "execution-\(Int64(now.timeIntervalSince1970 * 1000))",
            description: request.description, status: .executing, failureReason: nil,
            parameters: JSONValue.array(parameters.map { .object([("Name", .string($0.name)), ("Value", .string($0.value))]) }).text(),
            maxParallelSteps: max(1, maxParallel), selectiveExecution: selectiveText,
            owner: try ProcessOwnership.currentOwner(in: workspace), createdAt: now, lastModifiedAt: now)
        try store.insert(execution)
        launch(execution, definition: definition, inherited: inherited, selected: request.selective.map { Set($0.steps) })
        return execution
    }

    /// StopPipelineExecution. An execution run by another process is marked Stopping; that
    /// process stops it.
    public func stop(_ arn: String) throws {
        let execution = try store.execution(arn)
        guard !execution.status.isTerminal else { return }
        if let run = RunningExecutions.shared.run(arn) {
            run.stop()
        } else {
            try store.setStatus(.stopping, of: arn)
        }
    }

    /// RetryPipelineExecution: the failed and never-run steps run again; succeeded ones are kept.
    public func retry(_ arn: String) throws {
        recoverAbandonedExecutions()
        let execution = try store.execution(arn)
        let definitionText = try store.definition(execution.pipelineName, version: execution.pipelineVersion).definition
        let definition = try PipelineDefinition(text: definitionText)
        try store.reopen(arn, owner: try ProcessOwnership.currentOwner(in: workspace))
        let kept = try store.stepRuns(arn).filter { $0.status == .succeeded }
        var selected: Set<String>?
        if let text = execution.selectiveExecution, let config = try? JSONValue.parse(text) {
            selected = Set(config["SelectedSteps"]?.arrayValue?.compactMap { $0["StepName"]?.stringValue } ?? [])
        }
        launch(try store.execution(arn), definition: definition, inherited: kept, selected: selected)
    }

    private func launch(_ execution: StoredExecution, definition: PipelineDefinition, inherited: [StoredStepRun], selected: Set<String>?) {
        let run = ExecutionRun(execution: execution, definition: definition, store: store, services: services,
                               inherited: inherited, selected: selected)
        RunningExecutions.shared.add(run)
        run.start()
    }

    /// Marks Failed every execution whose process has died mid-run, and its unfinished steps.
    public func recoverAbandonedExecutions() {
        guard let owned = try? store.ownedExecutions() else { return }
        for execution in owned where !execution.status.isTerminal {
            guard let owner = execution.owner, ProcessOwnership.isGone(owner, in: workspace) else { continue }
            let reason = "The Pipebook process running this execution ended before it finished; retry() resumes it."
            for var run in (try? store.stepRuns(execution.arn)) ?? [] where !run.status.isTerminal {
                run.status = .failed
                run.failureReason = reason
                run.endTime = Date()
                try? store.save(&run, detail: reason)
            }
            try? store.setStatus(.failed, reason: reason, of: execution.arn)
        }
    }
}

/// Execution ids as SageMaker makes them: 12 lower-case letters and digits.
enum ExecutionIds {
    static func make() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }
}
