import Foundation
import GRDB

/// A model package group: the versions of one model, numbered from 1.
public struct StoredModelPackageGroup: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "modelPackageGroup"

    public var name: String
    public var description: String?
    public var createdAt: Date
}

/// One version of a model package group: what CreateModelPackage (or a pipeline's
/// RegisterModel step) registered, and where its approval stands.
public struct StoredModelPackage: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "modelPackage"

    public var groupName: String
    public var version: Int
    public var createdAt: Date
    public var description: String?
    /// A `ModelApprovalStatus` raw value.
    public var approvalStatus: String
    public var approvalDescription: String?
    /// The CreateModelPackage request as JSON text, less the members that have columns
    /// (group, description, approval): InferenceSpecification, ModelMetrics, CustomerMetadataProperties, ...
    public var request: String
    /// The ModelMetrics reports read at registration, as JSON text: `{"ModelQuality.Statistics": <report>, ...}`.
    public var metrics: String
    /// The pipeline execution and step that registered this version; nil for CreateModelPackage calls.
    public var sourceExecutionArn: String?
    public var sourceStepName: String?
    public var lastModifiedAt: Date?
}

/// One change of a version's approval status, oldest first in `ModelRegistry.approvalHistory`.
/// Registration is the first entry (no old status).
public struct StoredApproval: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "modelApproval"

    public var id: Int64?
    public var groupName: String
    public var version: Int
    public var at: Date
    /// The login name of the OS user who made the change.
    public var user: String
    public var oldStatus: String?
    public var newStatus: String
    public var description: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A model: what CreateModel (or a pipeline's model step) made.
public struct StoredModel: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "model"

    public var name: String
    /// The CreateModel request as JSON text, less ModelName: PrimaryContainer or Containers, ExecutionRoleArn, ...
    public var request: String
    public var sourceExecutionArn: String?
    public var createdAt: Date
}

/// The approval statuses SageMaker allows, in the service model's order (its error messages list them so).
public enum ModelApprovalStatus: String, CaseIterable, Sendable {
    case approved = "Approved"
    case rejected = "Rejected"
    case pendingManualApproval = "PendingManualApproval"
}
