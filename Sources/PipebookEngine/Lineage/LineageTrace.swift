import Foundation

/// The answer to one of lineage's two questions, as a tree: what produced some entities (going
/// back along associations: the data, code, images, approvals and jobs, each job with the
/// execution and parameters it ran with), or what was produced from them (going forward).
public struct LineageTrace {
    /// One entity of the tree; `repeated` when it was shown earlier (its subtree is not repeated).
    public struct Node {
        public let entity: LineageEntity
        public let association: AssociationType?
        public let children: [Node]
        public let repeated: Bool
    }

    public let direction: LineageQueries.Direction
    public let roots: [Node]
    /// Every entity reached, each once, in the order the tree shows them (the roots excluded).
    public let reached: [LineageEntity]
    /// The pipeline-execution context of each job reached, by the job's ARN.
    public let executions: [String: LineageEntity]

    /// Walks from `roots` back (`.ascendants`) or forward (`.descendants`).
    public init(from roots: [LineageEntity], direction: LineageQueries.Direction, queries: LineageQueries) throws {
        precondition(direction != .both, "a trace goes one way")
        self.direction = direction
        var shown = Set<String>()
        var reached: [LineageEntity] = []
        var executions: [String: LineageEntity] = [:]
        func node(_ entity: LineageEntity, _ association: AssociationType?) throws -> Node {
            guard shown.insert(entity.arn).inserted else {
                return Node(entity: entity, association: association, children: [], repeated: true)
            }
            if association != nil { reached.append(entity) }
            if let parent = entity.parentArn { executions[entity.arn] = try queries.entity(parent) }
            // Oldest first: a job's image, then its inputs in the order it declared them.
            let edges = try (direction == .ascendants ? queries.associations(destinationArn: entity.arn)
                                                      : queries.associations(sourceArn: entity.arn)).reversed()
            let children = try edges.map { edge in
                try node(queries.entity(direction == .ascendants ? edge.sourceArn : edge.destinationArn), edge.associationType)
            }
            return Node(entity: entity, association: association, children: children, repeated: false)
        }
        self.roots = try roots.map { try node($0, nil) }
        self.reached = reached
        self.executions = executions
    }

    /// The trial components reached: the jobs.
    public var jobs: [LineageEntity] { reached.filter { $0.lineageType == .trialComponent } }

    /// The URIs of the code the jobs reached ran: their inputs named `code` and Code artifacts.
    public var code: [String] {
        var uris = jobs.compactMap { $0.propertiesJSON["InputArtifacts"]?["code"]?["Value"]?.stringValue }
        uris += reached.filter { $0.type == "Code" }.compactMap(\.sourceUri)
        return uris.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The artifacts of one type reached (code uploaded as a processing input excluded from `DataSet`).
    public func artifacts(ofType type: String) -> [LineageEntity] {
        let code = Set(code)
        return reached.filter { $0.lineageType == .artifact && $0.type == type && !(type == "DataSet" && code.contains($0.sourceUri ?? "")) }
    }

    /// The executions the jobs reached ran in, each once.
    public var executionContexts: [LineageEntity] {
        jobs.compactMap { executions[$0.arn] }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
