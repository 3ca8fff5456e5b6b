import Foundation
import GRDB

/// Executions in the store. Every status change is written, with its transition, in one
/// transaction before anyone is told of it, so a process that dies leaves a state some other
/// process can read and repair.
extension PipelineStore {
    public func insert(_ execution: StoredExecution) throws {
        try database.write { db in
            try execution.insert(db)
            var transition = StoredTransition(executionArn: execution.arn, stepName: nil, status: execution.status.rawValue,
                                              at: execution.createdAt, detail: nil)
            try transition.insert(db)
        }
    }

    public func execution(_ arn: String) throws -> StoredExecution {
        try database.read { db in
            guard let found = try StoredExecution.fetchOne(db, key: arn) else {
                throw PipelineStoreError.executionNotFound(arn: arn)
            }
            return found
        }
    }

    /// ListPipelineExecutions: newest first; every pipeline's when `pipelineName` is nil.
    public func executions(pipelineName: String? = nil) throws -> [StoredExecution] {
        try database.read { db in
            var request = StoredExecution.order(Column("createdAt").desc, Column("rowid").desc)
            if let pipelineName { request = request.filter(Column("pipelineName") == pipelineName) }
            return try request.fetchAll(db)
        }
    }

    /// Sets an execution's status (and reason), recording the transition; `owner` is cleared
    /// when the status is terminal.
    public func setStatus(_ status: ExecutionStatus, reason: String? = nil, of arn: String) throws {
        try database.write { db in
            guard var execution = try StoredExecution.fetchOne(db, key: arn) else {
                throw PipelineStoreError.executionNotFound(arn: arn)
            }
            execution.status = status
            if let reason { execution.failureReason = reason }
            if status.isTerminal { execution.owner = nil }
            execution.lastModifiedAt = clock()
            try execution.update(db)
            var transition = StoredTransition(executionArn: arn, stepName: nil, status: status.rawValue,
                                              at: execution.lastModifiedAt, detail: reason)
            try transition.insert(db)
        }
    }

    /// Makes an execution run again under `owner` (RetryPipelineExecution).
    public func reopen(_ arn: String, owner: String) throws {
        try database.write { db in
            guard var execution = try StoredExecution.fetchOne(db, key: arn) else {
                throw PipelineStoreError.executionNotFound(arn: arn)
            }
            guard execution.status == .failed || execution.status == .stopped else {
                throw PipelineStoreError.validation("Pipeline execution with ARN \(arn) is in status \(execution.status.rawValue). Only executions in Failed or Stopped status can be retried.")
            }
            execution.status = .executing
            execution.failureReason = nil
            execution.owner = owner
            execution.lastModifiedAt = clock()
            try execution.update(db)
            // Runs that did not succeed start over; succeeded ones are kept and reused.
            try StoredStepRun.filter(Column("executionArn") == arn && Column("status") != StepStatus.succeeded.rawValue).deleteAll(db)
            var transition = StoredTransition(executionArn: arn, stepName: nil, status: ExecutionStatus.executing.rawValue,
                                              at: execution.lastModifiedAt, detail: "retry")
            try transition.insert(db)
        }
    }

    /// Writes a step run (inserting it the first time) with its transition.
    public func save(_ run: inout StoredStepRun, detail: String? = nil) throws {
        let now = clock()
        try database.write { db in
            try run.save(db)
            var transition = StoredTransition(executionArn: run.executionArn, stepName: run.stepName,
                                              status: run.status.rawValue, at: run.endTime ?? now, detail: detail)
            try transition.insert(db)
            try db.execute(sql: "UPDATE execution SET lastModifiedAt = ? WHERE arn = ?", arguments: [now, run.executionArn])
        }
    }

    /// An execution's step runs, newest first, as ListPipelineExecutionSteps orders them.
    public func stepRuns(_ arn: String) throws -> [StoredStepRun] {
        try database.read { db in
            try StoredStepRun.filter(Column("executionArn") == arn)
                .order(Column("startTime").desc, Column("id").desc).fetchAll(db)
        }
    }

    /// The runs of steps of `stepType` (Processing, Training, Transform) that ran their job
    /// themselves, oldest first: DescribeTrainingJob and the like find a job among them (a
    /// cache hit ran no job; it shows another run's).
    public func jobRuns(stepType: String) throws -> [StoredStepRun] {
        try database.read { db in
            try StoredStepRun.filter(Column("stepType") == stepType && Column("cacheSource") == nil)
                .order(Column("startTime"), Column("id")).fetchAll(db)
        }
    }

    /// The transitions of an execution after the one with id `after`, oldest first.
    public func transitions(_ arn: String, after: Int64 = 0) throws -> [StoredTransition] {
        try database.read { db in
            try StoredTransition.filter(Column("executionArn") == arn && Column("id") > after)
                .order(Column("id")).fetchAll(db)
        }
    }

    /// The newest succeeded run of this pipeline's step with this cache key, started no earlier than `notBefore`.
    public func cachedRun(pipelineName: String, stepName: String, key: String, notBefore: Date) throws -> StoredStepRun? {
        try database.read { db in
            try StoredStepRun.filter(Column("pipelineName") == pipelineName && Column("stepName") == stepName
                                     && Column("cacheKey") == key && Column("status") == StepStatus.succeeded.rawValue
                                     && Column("startTime") >= notBefore)
                .order(Column("startTime").desc).fetchOne(db)
        }
    }

    /// Executions that some process claims to be running.
    public func ownedExecutions() throws -> [StoredExecution] {
        try database.read { db in try StoredExecution.filter(Column("owner") != nil).fetchAll(db) }
    }

    // MARK: callbacks

    public func insert(_ token: StoredCallbackToken) throws {
        try database.write { db in try token.insert(db) }
    }

    public func callbackToken(_ token: String) throws -> StoredCallbackToken? {
        try database.read { db in try StoredCallbackToken.fetchOne(db, key: token) }
    }

    /// Records the answer to a callback token; fails when the token is unknown or already answered.
    public func answer(token: String, outcome: JSONValue) throws {
        try database.write { db in
            guard var stored = try StoredCallbackToken.fetchOne(db, key: token) else {
                throw PipelineStoreError.validation("Callback token \(token) does not exist.")
            }
            guard stored.outcome == nil else {
                throw PipelineStoreError.validation("Callback token \(token) has already been used.")
            }
            stored.outcome = outcome.text()
            try stored.update(db)
        }
    }

    // MARK: Lambda functions

    public func register(_ function: StoredLambdaFunction) throws {
        try database.write { db in try function.save(db) }
    }

    public func lambdaFunction(_ arn: String) throws -> StoredLambdaFunction? {
        try database.read { db in try StoredLambdaFunction.fetchOne(db, key: arn) }
    }

    /// Shows new Metadata on a running step (a callback's token) without a status change.
    public func updateMetadata(_ metadata: JSONValue, executionArn: String, stepName: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE stepRun SET metadata = ? WHERE executionArn = ? AND stepName = ?",
                           arguments: [metadata.text(), executionArn, stepName])
        }
    }

    /// Marks a running step Stopping (StopPipelineExecution reached it); its runner writes Stopped when it ends.
    public func markStopping(executionArn: String, stepName: String) throws {
        let now = clock()
        try database.write { db in
            try db.execute(sql: "UPDATE stepRun SET status = ? WHERE executionArn = ? AND stepName = ? AND status IN (?, ?)",
                           arguments: [StepStatus.stopping.rawValue, executionArn, stepName,
                                       StepStatus.starting.rawValue, StepStatus.executing.rawValue])
            guard db.changesCount > 0 else { return }
            var transition = StoredTransition(executionArn: executionArn, stepName: stepName, status: StepStatus.stopping.rawValue,
                                              at: now, detail: nil)
            try transition.insert(db)
        }
    }
}
