import Foundation

/// Runs one step of an execution from Starting to its end: resolves its arguments, looks in
/// the cache, runs its action with retries, and writes each status to the store before the
/// scheduler learns of it.
struct StepRunner {
    let owner: ExecutionRun
    let step: PipelineDefinition.Step

    private var store: PipelineStore { owner.storeForSteps }

    func run() -> (StepStatus, StepResult?) {
        let execution = owner.executionRecord
        var record = StoredStepRun(
            id: nil, executionArn: execution.arn, pipelineName: execution.pipelineName, stepName: step.name,
            stepType: step.type, status: .starting, startTime: Date(), endTime: nil, attemptCount: 1,
            failureReason: nil, metadata: "{}", properties: nil, cacheKey: nil, cacheSource: nil)
        do {
            try store.save(&record)
            let (status, result) = try attempt(&record)
            return (status, result)
        } catch {
            let failure = error as? StepFailure ?? StepFailure("\(error)", kind: .internalError)
            let stopped = owner.stopping.isSet
            record.status = stopped ? .stopped : .failed
            record.failureReason = stopped ? nil : failure.reason
            if let metadata = failure.metadata { record.metadata = metadata.text() }
            record.endTime = Date()
            if !stopped { owner.noteFailure(step.type == "Fail" ? failure.reason : "Step failure: One or multiple steps failed.") }
            do {
                try store.save(&record, detail: record.failureReason)
            } catch {
                // The store itself failed: nothing else can report it.
                FileHandle.standardError.write(Data("pipebook: cannot record step \(step.name): \(error)\n".utf8))
            }
            return (record.status, nil)
        }
    }

    private func attempt(_ record: inout StoredStepRun) throws -> (StepStatus, StepResult?) {
        let execution = owner.executionRecord
        let jobName = JobNames.make(executionId: execution.executionId, stepName: step.name)
        guard let action = StepActions.action(for: step.type) else {
            throw StepFailure("Pipebook cannot run steps of type \(step.type) yet.")
        }
        let arguments = try owner.resolver().resolve(step.body["Arguments"] ?? .object([]))

        let cache = CacheSettings(step.body["CacheConfig"])
        if let cache {
            let key = try CacheKey.compute(step: step, unresolvedArguments: step.body["Arguments"] ?? .object([]),
                                           resolver: owner.resolver(keepingExecutionVariables: true),
                                           s3: LocalS3(workspace: store.workspace))
            record.cacheKey = key
            if let hit = try store.cachedRun(pipelineName: execution.pipelineName, stepName: step.name, key: key,
                                             notBefore: Date().addingTimeInterval(-cache.expireAfter)) {
                let source = hit.cacheSource ?? hit.executionArn
                record.status = .succeeded
                record.endTime = Date()
                record.metadata = hit.metadata
                record.properties = hit.properties
                record.cacheSource = source
                try store.save(&record, detail: "cache hit from \(source)")
                let properties = hit.properties.flatMap { try? JSONValue.parse($0) } ?? .object([])
                return (.succeeded, StepResult(metadata: .object([]), properties: properties))
            }
        }

        record.metadata = StepActions.initialMetadata(stepType: step.type, jobName: jobName, workspace: store.workspace).text()
        // Until the step succeeds its properties are its resolved arguments: what DescribeTrainingJob
        // and the like show of a job that is running or failed.
        record.properties = arguments.text()
        record.status = .executing
        try store.save(&record)

        let log = StepLog(workspace: store.workspace, executionId: execution.executionId, stepName: step.name)
        defer { log.close() }
        let policies = RetryPolicy.all(in: step.body)
        while true {
            if owner.stopping.isSet { throw StepFailure("stopped") }
            let job = StepJob(step: step, arguments: arguments, execution: execution, workspace: store.workspace,
                              services: owner.servicesForSteps, jobName: record.attemptCount == 1 ? jobName : JobNames.make(executionId: execution.executionId, stepName: step.name),
                              log: log, store: store, stopFlag: owner.stopping)
            do {
                let result = try action.run(job)
                // Lineage is written before the step shows Succeeded, so a finished step always has it.
                do {
                    try LineageRecorder(store: store).recordStep(type: step.type, arguments: arguments,
                                                                 properties: result.properties, execution: execution)
                } catch {
                    throw StepFailure("Cannot record the lineage of \(step.name): \(error)", kind: .internalError)
                }
                record.status = .succeeded
                record.endTime = Date()
                record.metadata = result.metadata.text()
                record.properties = result.properties.text()
                try store.save(&record)
                return (.succeeded, result)
            } catch let failure as StepFailure {
                if owner.stopping.isSet { throw failure }
                guard let delay = RetryPolicy.delay(policies, failure: failure, attempt: record.attemptCount) else { throw failure }
                log.line("Attempt \(record.attemptCount) failed: \(failure.reason); retrying in \(delay) s")
                Thread.sleep(forTimeInterval: delay * owner.servicesForSteps.retryDelayScale)
                record.attemptCount += 1
                try store.save(&record, detail: "retry after: \(failure.reason)")
            }
        }
    }
}

/// Job names as SageMaker gives a pipeline's jobs: `pipelines-<execution id>-<step name>-<10 characters>`.
enum JobNames {
    static func make(executionId: String, stepName: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let suffix = String((0..<10).map { _ in alphabet.randomElement()! })
        // Job names are at most 63 characters.
        let stepPart = String(stepName.prefix(63 - "pipelines-".count - executionId.count - 12))
        return "pipelines-\(executionId)-\(stepPart)-\(suffix)"
    }
}

/// A step's CacheConfig: enabled, with how long a result stays usable.
struct CacheSettings {
    let expireAfter: TimeInterval

    init?(_ config: JSONValue?) {
        guard let config, config["Enabled"] == .bool(true) else { return nil }
        // SageMaker requires ExpireAfter with caching; without one, nothing is reused.
        guard let text = config["ExpireAfter"]?.stringValue, let seconds = ISODuration.seconds(text) else { return nil }
        expireAfter = seconds
    }
}

/// ISO 8601 durations as CacheConfig's ExpireAfter writes them: `PT1H`, `P30D`, `P1DT12H30M`.
enum ISODuration {
    static func seconds(_ text: String) -> TimeInterval? {
        guard text.hasPrefix("P") else { return nil }
        var total: TimeInterval = 0
        var number = ""
        var inTime = false
        for ch in text.dropFirst() {
            if ch == "T" { inTime = true; continue }
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let value = Double(number) else { return nil }
            number = ""
            switch (ch, inTime) {
            case ("Y", false): total += value * 365 * 86400
            case ("M", false): total += value * 30 * 86400
            case ("W", false): total += value * 7 * 86400
            case ("D", false): total += value * 86400
            case ("H", true): total += value * 3600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        return number.isEmpty ? total : nil
    }
}
