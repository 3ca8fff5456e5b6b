import Foundation
import PipebookEngine
import PipebookLanguage

/// The lineage calls stdlib/sagemaker/lineage is written over: Describe*/List* of lineage
/// entities, ListAssociations and QueryLineage. Answers are JSON text.
enum LineageFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        func queries() throws -> LineageQueries { LineageQueries(store: try context.store()) }

        m.function("lineage_describe") { _, args in
            let arn = try args.string(0, "lineage_describe")
            return try BridgeErrors.converting { .str(entity(try queries().entity(arn)).text()) }
        }
        // (lineage type or None, source URI or None, type or None): newest first.
        m.function("lineage_list") { _, args in
            try BridgeErrors.converting {
                let lineageType = try args.optionalString(0).map { name -> LineageType in
                    guard let t = LineageType(rawValue: name) else { throw LineageError.validation("Unknown lineage type \(name).") }
                    return t
                }
                let found = try queries().entities(lineageType: lineageType, sourceUri: args.optionalString(1), type: args.optionalString(2))
                return .str(JSONValue.array(found.map(entity)).text())
            }
        }
        // (source ARN or None, destination ARN or None): AssociationSummaries, newest first.
        m.function("lineage_associations") { _, args in
            try BridgeErrors.converting {
                let q = try queries()
                let found = try q.associations(sourceArn: args.optionalString(0), destinationArn: args.optionalString(1))
                return .str(JSONValue.array(try found.map { try summary($0, q) }).text())
            }
        }
        // QueryLineage's request as JSON: StartArns, Direction, IncludeEdges, Filters (Types, LineageTypes), MaxDepth.
        m.function("lineage_query") { _, args in
            let text = try args.string(0, "lineage_query")
            return try BridgeErrors.converting { .str(try query(JSONValue.parse(text), queries()).text()) }
        }
    }

    /// An entity in one shape for every kind; stdlib maps it to the Describe* response of its kind.
    static func entity(_ e: LineageEntity) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("Arn", .string(e.arn)), ("LineageType", .string(e.lineageType.rawValue)), ("Type", .string(e.type)),
        ]
        if let name = e.name { members.append(("Name", .string(name))) }
        if let uri = e.sourceUri { members.append(("SourceUri", .string(uri))) }
        if let digest = e.digest { members.append(("Digest", .string(digest))) }
        members.append(("Properties", e.propertiesJSON))
        if let parent = e.parentArn { members.append(("ParentArn", .string(parent))) }
        if let description = e.description { members.append(("Description", .string(description))) }
        if let status = e.status { members.append(("Status", .string(status))) }
        members.append(("CreationTime", .string(StoreFunctions.timestamp(e.createdAt))))
        return .object(members)
    }

    /// ListAssociations' AssociationSummary; unnamed entities (a job's artifacts) have no name member.
    private static func summary(_ a: LineageAssociation, _ q: LineageQueries) throws -> JSONValue {
        let source = try q.entity(a.sourceArn)
        let destination = try q.entity(a.destinationArn)
        var members: [(key: String, value: JSONValue)] = [
            ("SourceArn", .string(a.sourceArn)), ("DestinationArn", .string(a.destinationArn)),
            ("SourceType", .string(source.type)), ("DestinationType", .string(destination.type)),
            ("AssociationType", .string(a.associationType.rawValue)),
        ]
        if let name = source.name { members.append(("SourceName", .string(name))) }
        if let name = destination.name { members.append(("DestinationName", .string(name))) }
        members.append(("CreationTime", .string(StoreFunctions.timestamp(a.createdAt))))
        return .object(members)
    }

    private static func query(_ request: JSONValue, _ q: LineageQueries) throws -> JSONValue {
        let starts = request["StartArns"]?.arrayValue?.compactMap(\.stringValue) ?? []
        guard !starts.isEmpty else { throw LineageError.validation("StartArns must name at least one entity.") }
        let directionName = request["Direction"]?.stringValue ?? "Both"
        guard let direction = LineageQueries.Direction(rawValue: directionName) else {
            throw LineageError.validation("Direction must be Both, Ascendants or Descendants, not \(directionName).")
        }
        let filters = request["Filters"] ?? .object([])
        let lineageTypes = try (filters["LineageTypes"]?.arrayValue ?? []).map { value -> LineageType in
            guard let name = value.stringValue, let t = LineageType(rawValue: name) else {
                throw LineageError.validation("Pipebook filters lineage by Artifact, Action, Context and TrialComponent; not \(value.text()).")
            }
            return t
        }
        for unsupported in ["CreatedBefore", "CreatedAfter", "ModifiedBefore", "ModifiedAfter", "Properties"] where filters[unsupported] != nil {
            throw LineageError.validation("Pipebook does not support the lineage filter \(unsupported).")
        }
        var maxDepth = 10
        if case .int(let n)? = request["MaxDepth"] { maxDepth = n }
        let result = try q.query(startArns: starts, direction: direction, maxDepth: maxDepth, lineageTypes: lineageTypes,
                                 types: filters["Types"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let includeEdges = request["IncludeEdges"] != .bool(false)
        return .object([
            ("Vertices", .array(result.vertices.map {
                .object([("Arn", .string($0.arn)), ("Type", .string($0.type)), ("LineageType", .string($0.lineageType.rawValue))])
            })),
            ("Edges", .array(includeEdges ? result.edges.map {
                .object([("SourceArn", .string($0.sourceArn)), ("DestinationArn", .string($0.destinationArn)),
                         ("AssociationType", .string($0.associationType.rawValue))])
            } : [])),
        ])
    }
}
