import Foundation
import GRDB

/// A stored pipeline: what CreatePipeline and UpdatePipeline set.
public struct StoredPipeline: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "pipeline"

    public var name: String
    public var arn: String
    public var displayName: String
    public var description: String?
    public var roleArn: String?
    /// `[{"Key": ..., "Value": ...}]` as JSON text.
    public var tags: String
    /// `{"MaxParallelExecutionSteps": n}` as JSON text.
    public var parallelismConfiguration: String?
    public var createdAt: Date
    public var lastModifiedAt: Date
}

/// One version of a pipeline's definition. Versions count from 1.
public struct StoredPipelineVersion: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "pipelineVersion"

    public var pipelineName: String
    public var version: Int
    /// The definition JSON exactly as `pipeline.definition()` returned it.
    public var definition: String
    public var createdAt: Date
}

/// A pipeline with the number of its versions and its newest definition, for listings.
public struct PipelineSummary: Equatable, Sendable {
    public let pipeline: StoredPipeline
    public let versionCount: Int
    public let latest: StoredPipelineVersion
}

/// What a create, update or upsert asks for.
public struct PipelineRequest: Sendable {
    public var name: String
    public var definition: String
    public var roleArn: String?
    public var description: String?
    /// Tags as `(Key, Value)` pairs.
    public var tags: [(key: String, value: String)]
    public var maxParallelExecutionSteps: Int?

    public init(name: String, definition: String, roleArn: String? = nil, description: String? = nil,
                tags: [(key: String, value: String)] = [], maxParallelExecutionSteps: Int? = nil) {
        self.name = name
        self.definition = definition
        self.roleArn = roleArn
        self.description = description
        self.tags = tags
        self.maxParallelExecutionSteps = maxParallelExecutionSteps
    }
}

/// Why the store refused a request, with SageMaker's messages.
public enum PipelineStoreError: Error, Equatable, CustomStringConvertible {
    case alreadyExists(name: String, arn: String)
    case notFound(arn: String)
    case noSuchVersion(name: String, version: Int)
    case executionNotFound(arn: String)
    /// A request SageMaker would refuse with a ValidationException (bad start parameters, a retry of a running execution).
    case validation(String)

    public var description: String {
        switch self {
        case .alreadyExists(let name, _):
            return "ValidationException: Pipeline names must be unique within an AWS account and region. Pipeline with name (\(name)) already exists."
        case .notFound(let arn):
            return "ResourceNotFound: Pipeline '\(arn)' does not exist."
        case .noSuchVersion(let name, let version):
            return "ResourceNotFound: Pipeline '\(name)' has no version \(version)."
        case .executionNotFound(let arn):
            return "ResourceNotFound: Pipeline execution '\(arn)' does not exist."
        case .validation(let message):
            return "ValidationException: \(message)"
        }
    }
}
