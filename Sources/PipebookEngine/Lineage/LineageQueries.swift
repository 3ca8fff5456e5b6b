import Foundation
import GRDB

/// Reading the lineage graph: entities, associations (ListAssociations), QueryLineage, and the
/// entities a command-line argument names.
public struct LineageQueries {
    let store: PipelineStore

    public init(store: PipelineStore) {
        self.store = store
    }

    /// QueryLineage's Direction: `Ascendants` follows associations back to their sources.
    public enum Direction: String, Sendable {
        case ascendants = "Ascendants", descendants = "Descendants", both = "Both"
    }

    /// What QueryLineage answers: the entities reached and the associations followed.
    public struct Result: Equatable, Sendable {
        public var vertices: [LineageEntity]
        public var edges: [LineageAssociation]
    }

    /// The entity with this ARN.
    public func entity(_ arn: String) throws -> LineageEntity {
        guard let found = try store.database.read({ db in try LineageEntity.fetchOne(db, key: arn) }) else {
            throw LineageError.notFound(arn)
        }
        return found
    }

    /// ListArtifacts, ListActions, ListContexts, ListTrialComponents: newest first, narrowed by
    /// what is given (`sourceUri` is an artifact's URI or a job's ARN).
    public func entities(lineageType: LineageType? = nil, sourceUri: String? = nil, type: String? = nil) throws -> [LineageEntity] {
        try store.database.read { db in
            var request = LineageEntity.order(Column("createdAt").desc, Column("rowid").desc)
            if let lineageType { request = request.filter(Column("lineageType") == lineageType.rawValue) }
            if let sourceUri { request = request.filter(Column("sourceUri") == sourceUri) }
            if let type { request = request.filter(Column("type") == type) }
            return try request.fetchAll(db)
        }
    }

    /// ListAssociations: the associations from `sourceArn` and/or to `destinationArn`, newest first.
    public func associations(sourceArn: String? = nil, destinationArn: String? = nil) throws -> [LineageAssociation] {
        try store.database.read { db in
            var request = LineageAssociation.order(Column("id").desc)
            if let sourceArn { request = request.filter(Column("sourceArn") == sourceArn) }
            if let destinationArn { request = request.filter(Column("destinationArn") == destinationArn) }
            return try request.fetchAll(db)
        }
    }

    /// The entities an argument names: a lineage ARN; a job's ARN (its trial component); a model
    /// package's ARN or an S3 URI (the artifacts recorded for it, newest first). Fails naming it
    /// when nothing is recorded.
    public func resolve(_ identifier: String) throws -> [LineageEntity] {
        if let found = try store.database.read({ db in try LineageEntity.fetchOne(db, key: identifier) }) { return [found] }
        var found = try entities(sourceUri: identifier).filter { $0.lineageType == .artifact || $0.lineageType == .trialComponent }
        // `s3://bucket/prefix/` and `s3://bucket/prefix` name the same data set.
        if found.isEmpty, identifier.hasPrefix("s3://"), identifier.hasSuffix("/") {
            found = try entities(lineageType: .artifact, sourceUri: String(identifier.dropLast()))
        }
        guard !found.isEmpty else { throw LineageError.notFound(identifier) }
        return found
    }

    /// QueryLineage: every entity reached from `startArns` within `maxDepth` associations, in the
    /// order reached. Filters (entity kinds, types) choose which entities are returned; the walk
    /// goes through all of them. The start entities are not among the vertices.
    public func query(startArns: [String], direction: Direction = .both, maxDepth: Int = 10,
                      lineageTypes: [LineageType] = [], types: [String] = []) throws -> Result {
        for arn in startArns { _ = try entity(arn) }
        var seen = Set(startArns)
        var frontier = startArns
        var vertices: [LineageEntity] = []
        var edges: [LineageAssociation] = []
        var depth = 0
        while !frontier.isEmpty && depth < maxDepth {
            var next: [String] = []
            for arn in frontier {
                var found: [(LineageAssociation, String)] = []
                if direction != .descendants { found += try associations(destinationArn: arn).map { ($0, $0.sourceArn) } }
                if direction != .ascendants { found += try associations(sourceArn: arn).map { ($0, $0.destinationArn) } }
                for (edge, other) in found {
                    if !edges.contains(edge) { edges.append(edge) }
                    guard seen.insert(other).inserted else { continue }
                    next.append(other)
                    let reached = try entity(other)
                    if (lineageTypes.isEmpty || lineageTypes.contains(reached.lineageType)) && (types.isEmpty || types.contains(reached.type)) {
                        vertices.append(reached)
                    }
                }
            }
            frontier = next
            depth += 1
        }
        return Result(vertices: vertices, edges: edges)
    }
}
