import Foundation

/// One execution being run by this process: the scheduler.
///
/// Steps start as soon as every step they wait for has succeeded, up to
/// MaxParallelExecutionSteps at once, each on a thread of its own. A ConditionStep's outcome
/// decides which branch is run; the other branch's steps, and whatever waits for them, never
/// start. After a failure no new step starts; the execution ends once the running ones have.
final class ExecutionRun: @unchecked Sendable {
    private enum State {
        case pending, running, succeeded, failed, stopped, skipped
    }

    let arn: String
    private let store: PipelineStore
    private let workspace: Workspace
    private let services: StepServices
    private let definition: PipelineDefinition
    private let graph: PipelineGraph
    private var execution: StoredExecution
    private let stopFlag = StopFlag()

    private let condition = NSCondition()
    private var states: [String: State] = [:]
    private var properties: [String: JSONValue] = [:]
    private var outcomes: [String: Bool] = [:]
    private var running = 0
    private var failureReason: String?
    private let finished = DispatchSemaphore(value: 0)
    private var isFinished = false

    /// `inherited`: succeeded runs this execution reuses (a retry's, or a selective execution's source);
    /// `selected`: for a selective execution, the only steps that may run.
    init(execution: StoredExecution, definition: PipelineDefinition, store: PipelineStore, services: StepServices,
         inherited: [StoredStepRun], selected: Set<String>? = nil) {
        self.arn = execution.arn
        self.execution = execution
        self.definition = definition
        self.graph = PipelineGraph(definition)
        self.store = store
        self.workspace = store.workspace
        self.services = services
        for step in definition.steps { states[step.name] = .pending }
        for run in inherited where states[run.stepName] != nil {
            states[run.stepName] = .succeeded
            properties[run.stepName] = run.properties.flatMap { try? JSONValue.parse($0) } ?? .object([])
            if let metadata = try? JSONValue.parse(run.metadata), let outcome = metadata["Condition"]?["Outcome"]?.stringValue {
                outcomes[run.stepName] = outcome == "True"
            }
        }
        if let selected {
            for step in definition.steps where states[step.name] == .pending && !selected.contains(step.name) {
                states[step.name] = .skipped
            }
        }
    }

    /// Runs the execution on a background thread.
    func start() {
        let thread = Thread { [self] in schedule() }
        thread.name = "pipebook execution \(execution.executionId)"
        thread.start()
    }

    /// Waits until the execution has ended; false on timeout.
    func wait(timeout: TimeInterval? = nil) -> Bool {
        let result = finished.wait(timeout: timeout.map { .now() + $0 } ?? .distantFuture)
        if result == .success { finished.signal() }
        return result == .success
    }

    /// StopPipelineExecution: running steps are interrupted, no new step starts.
    func stop() {
        condition.withLock {
            guard !isFinished else { return }
            try? store.setStatus(.stopping, of: arn)
            for (name, state) in states where state == .running {
                try? store.markStopping(executionArn: arn, stepName: name)
            }
        }
        stopFlag.raise()
        condition.withLock { condition.broadcast() }
    }

    // MARK: scheduling

    private func schedule() {
        condition.lock()
        while true {
            startReadySteps()
            if running == 0 { break }
            // Wake now and then to notice a StopPipelineExecution made by another process.
            if !condition.wait(until: Date().addingTimeInterval(0.5)), !stopFlag.isSet,
               (try? store.execution(arn).status) == .stopping {
                for (name, state) in states where state == .running {
                    try? store.markStopping(executionArn: arn, stepName: name)
                }
                condition.unlock()
                stopFlag.raise()
                condition.lock()
            }
        }
        condition.unlock()
        finish()
    }

    /// Under the lock: marks steps that can never run as skipped, and starts those that can.
    private func startReadySteps() {
        var changed = true
        while changed {
            changed = false
            for step in definition.steps where states[step.name] == .pending {
                let upstream = (graph.upstream[step.name] ?? []).compactMap { states[$0] }
                if upstream.contains(where: { $0 == .pending || $0 == .running || $0 == .failed || $0 == .stopped }) { continue }
                var skip = upstream.contains(.skipped)
                if case .branch(let conditionName, let isIf) = step.placement, outcomes[conditionName] != isIf { skip = true }
                if skip {
                    states[step.name] = .skipped
                    changed = true
                    continue
                }
                guard failureReason == nil, !stopFlag.isSet, running < execution.maxParallelSteps else { continue }
                states[step.name] = .running
                running += 1
                let thread = Thread { [self] in
                    let (status, result) = StepRunner(owner: self, step: step).run()
                    condition.withLock {
                        states[step.name] = status == .succeeded ? .succeeded : (status == .stopped ? .stopped : .failed)
                        if let result {
                            properties[step.name] = result.properties
                            if let outcome = result.conditionOutcome { outcomes[step.name] = outcome }
                        }
                        running -= 1
                        condition.broadcast()
                    }
                }
                thread.name = "pipebook step \(step.name)"
                thread.stackSize = 16 << 20
                thread.start()
            }
        }
    }

    private func finish() {
        do {
            if stopFlag.isSet {
                try store.setStatus(.stopped, of: arn)
            } else if let failureReason {
                try store.setStatus(.failed, reason: failureReason, of: arn)
            } else {
                try store.setStatus(.succeeded, of: arn)
            }
        } catch {
            FileHandle.standardError.write(Data("pipebook: cannot record the end of \(arn): \(error)\n".utf8))
        }
        condition.withLock { isFinished = true }
        RunningExecutions.shared.remove(self)
        finished.signal()
    }

    // MARK: what step runners use

    /// Records why the execution fails (the first reason wins).
    func noteFailure(_ reason: String) {
        condition.withLock { if failureReason == nil { failureReason = reason } }
    }

    var stopping: StopFlag { stopFlag }
    var storeForSteps: PipelineStore { store }
    var servicesForSteps: StepServices { services }
    var executionRecord: StoredExecution { execution }

    /// A resolver over what this execution knows now.
    func resolver(keepingExecutionVariables: Bool = false) -> ValueResolver {
        let snapshot = condition.withLock { properties }
        let parameters = ExecutionParameters.typedValues(execution: execution, definition: definition)
        let s3 = LocalS3(workspace: workspace)
        let definition = self.definition
        return ValueResolver(
            parameters: parameters,
            executionVariables: executionVariables(),
            stepProperties: { snapshot[$0] },
            propertyFile: { step, name in
                try PropertyFiles.read(step: step, name: name, definition: definition, properties: snapshot[step], s3: s3)
            },
            keepsExecutionVariables: keepingExecutionVariables)
    }

    private func executionVariables() -> [String: JSONValue] {
        [
            "PipelineName": .string(execution.pipelineName),
            "PipelineArn": .string(workspace.pipelineARN(execution.pipelineName)),
            "PipelineExecutionId": .string(execution.executionId),
            "PipelineExecutionArn": .string(execution.arn),
            "StartDateTime": .string(Timestamps.iso8601(execution.createdAt)),
            "CurrentDateTime": .string(Timestamps.iso8601(Date())),
        ]
    }
}

/// The executions this process is running, so that it can wait for them before it exits.
public final class RunningExecutions: @unchecked Sendable {
    public static let shared = RunningExecutions()
    private let lock = NSLock()
    private var runs: [String: ExecutionRun] = [:]

    func add(_ run: ExecutionRun) { lock.withLock { runs[run.arn] = run } }
    func remove(_ run: ExecutionRun) { _ = lock.withLock { runs.removeValue(forKey: run.arn) } }
    func run(_ arn: String) -> ExecutionRun? { lock.withLock { runs[arn] } }

    /// The ARNs of the executions still running.
    public var arns: [String] { lock.withLock { Array(runs.keys).sorted() } }

    /// Waits for every running execution (including any started meanwhile) to end.
    public func waitForAll() {
        while let next = lock.withLock({ runs.values.first }) { _ = next.wait() }
    }

    /// Waits for one execution if this process runs it; false on timeout.
    public func wait(_ arn: String, timeout: TimeInterval?) -> Bool {
        guard let run = run(arn) else { return true }
        return run.wait(timeout: timeout)
    }
}

/// Timestamps as SageMaker's API and ExecutionVariables give them.
public enum Timestamps {
    /// `2024-05-01T12:00:00.123Z`.
    public static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
