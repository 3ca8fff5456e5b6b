import Foundation
import GRDB

/// AssociationType, as AddAssociation takes it.
public enum AssociationType: String, Codable, Sendable, DatabaseValueConvertible {
    /// The source was an input of the destination (a data set, an image, a model read by a job).
    case contributedTo = "ContributedTo"
    /// The destination was made by the source (a job's outputs).
    case produced = "Produced"
    /// The two belong together (a model package and its group).
    case associatedWith = "AssociatedWith"
    case derivedFrom = "DerivedFrom"
}

/// One edge of the lineage graph: `sourceArn` → `destinationArn`. Rows keep the order they were
/// made in (`id`): ListAssociations lists newest first, which decides the visualizer's row order.
public struct LineageAssociation: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "lineageAssociation"

    public var id: Int64?
    public var sourceArn: String
    public var destinationArn: String
    public var associationType: AssociationType
    public var createdAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
