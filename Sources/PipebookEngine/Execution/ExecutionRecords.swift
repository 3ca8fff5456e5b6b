import Foundation
import GRDB

/// PipelineExecutionStatus, as SageMaker names it.
public enum ExecutionStatus: String, Codable, Sendable, DatabaseValueConvertible {
    case executing = "Executing", stopping = "Stopping", stopped = "Stopped", failed = "Failed", succeeded = "Succeeded"

    public var isTerminal: Bool { self == .stopped || self == .failed || self == .succeeded }
}

/// StepStatus, as SageMaker names it.
public enum StepStatus: String, Codable, Sendable, DatabaseValueConvertible {
    case starting = "Starting", executing = "Executing", stopping = "Stopping", stopped = "Stopped"
    case failed = "Failed", succeeded = "Succeeded"

    public var isTerminal: Bool { self == .stopped || self == .failed || self == .succeeded }
}

/// One execution of a pipeline: what StartPipelineExecution made and where it stands.
public struct StoredExecution: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "execution"

    public var arn: String
    public var pipelineName: String
    /// The definition version the execution runs (it never changes under a running execution).
    public var pipelineVersion: Int
    /// The last part of the ARN, what `ExecutionVariables.PIPELINE_EXECUTION_ID` gives.
    public var executionId: String
    public var displayName: String
    public var description: String?
    public var status: ExecutionStatus
    public var failureReason: String?
    /// `[{"Name": ..., "Value": ...}]` as JSON text: every parameter, defaults filled in, values as strings.
    public var parameters: String
    public var maxParallelSteps: Int
    /// `{"SourcePipelineExecutionArn": ..., "SelectedSteps": [{"StepName": ...}]}` as JSON text.
    public var selectiveExecution: String?
    /// The process running it (see `ProcessOwnership`); nil once it has ended.
    public var owner: String?
    public var createdAt: Date
    public var lastModifiedAt: Date
}

/// One step of one execution: the row ListPipelineExecutionSteps shows.
public struct StoredStepRun: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "stepRun"

    public var id: Int64?
    public var executionArn: String
    public var pipelineName: String
    public var stepName: String
    public var stepType: String
    public var status: StepStatus
    public var startTime: Date
    public var endTime: Date?
    public var attemptCount: Int
    public var failureReason: String?
    /// The Metadata member of ListPipelineExecutionSteps, as JSON text.
    public var metadata: String
    /// What later steps read with `{"Get": "Steps.<name>...."}`: the step's Describe* response, as JSON text
    /// (its resolved arguments until it succeeds).
    public var properties: String?
    /// The cache key of a cacheable run (see `CacheKey`).
    public var cacheKey: String?
    /// The execution whose run this one reused, on a cache hit.
    public var cacheSource: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A status change, kept in order so that `wait()` and `pipebook execution` can show each as
/// it happens, from any process. `stepName` is nil for the execution's own status.
public struct StoredTransition: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "transition"

    public var id: Int64?
    public var executionArn: String
    public var stepName: String?
    public var status: String
    public var at: Date
    /// A failure reason, or "cache hit" with its source.
    public var detail: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A callback step's token and, once someone answered it, the answer as JSON text.
public struct StoredCallbackToken: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "callbackToken"

    public var token: String
    public var executionArn: String
    public var stepName: String
    /// `{"Status": "Success", "OutputParameters": [...]}` or `{"Status": "Failure", "FailureReason": ...}`.
    public var outcome: String?
}

/// A Lambda function played locally: a function in a Pipebook script.
public struct StoredLambdaFunction: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "lambdaFunction"

    public var arn: String
    public var scriptPath: String
    /// `module.function`, as Lambda names a handler.
    public var handler: String

    public init(arn: String, scriptPath: String, handler: String) {
        self.arn = arn
        self.scriptPath = scriptPath
        self.handler = handler
    }
}
