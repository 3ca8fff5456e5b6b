import Foundation
import GRDB

/// The local pipeline store: SQLite through GRDB, in the workspace's `pipebook.sqlite`.
///
/// It keeps what SageMaker keeps for CreatePipeline/UpdatePipeline: the pipeline's settings
/// and every version of its definition. A write stores a new version only when the
/// definition differs from the newest one.
public final class PipelineStore {
    let database: any DatabaseWriter
    public let workspace: Workspace
    let clock: @Sendable () -> Date

    /// Opens (creating and migrating as needed) the store of a workspace.
    public convenience init(workspace: Workspace) throws {
        try workspace.ensureExists()
        var configuration = Configuration()
        // Several Pipebook processes may share a workspace: wait for another's write rather than fail.
        configuration.busyMode = .timeout(30)
        // Two processes opening a new workspace at once would both see the schema missing and
        // both create it; a lock file makes the second wait and then find it made.
        let lock = try WorkspaceLock(workspace.root.appendingPathComponent("pipebook.lock"))
        defer { lock.release() }
        try self.init(database: DatabaseQueue(path: workspace.databaseURL.path, configuration: configuration), workspace: workspace)
    }

    /// A store over any database (tests use an in-memory queue); migrates it.
    public init(database: any DatabaseWriter, workspace: Workspace, clock: @escaping @Sendable () -> Date = Date.init) throws {
        self.database = database
        self.workspace = workspace
        self.clock = clock
        try StoreSchema.migrator.migrate(database)
    }

    /// CreatePipeline: fails when the name is taken.
    @discardableResult
    public func create(_ request: PipelineRequest) throws -> StoredPipelineVersion {
        try database.write { db in
            if try StoredPipeline.fetchOne(db, key: request.name) != nil {
                throw PipelineStoreError.alreadyExists(name: request.name, arn: workspace.pipelineARN(request.name))
            }
            return try write(request, over: nil, db)
        }
    }

    /// UpdatePipeline: fails when there is no such pipeline.
    @discardableResult
    public func update(_ request: PipelineRequest) throws -> StoredPipelineVersion {
        try database.write { db in
            guard let existing = try StoredPipeline.fetchOne(db, key: request.name) else {
                throw PipelineStoreError.notFound(arn: workspace.pipelineARN(request.name))
            }
            return try write(request, over: existing, db)
        }
    }

    /// Creates the pipeline or updates it, as the SDK's `Pipeline.upsert` does.
    @discardableResult
    public func upsert(_ request: PipelineRequest) throws -> StoredPipelineVersion {
        try database.write { db in
            try write(request, over: try StoredPipeline.fetchOne(db, key: request.name), db)
        }
    }

    private func write(_ request: PipelineRequest, over existing: StoredPipeline?, _ db: Database) throws -> StoredPipelineVersion {
        let now = clock()
        var pipeline = existing ?? StoredPipeline(
            name: request.name, arn: workspace.pipelineARN(request.name), displayName: request.name,
            description: nil, roleArn: nil, tags: "[]", parallelismConfiguration: nil, createdAt: now, lastModifiedAt: now)
        // As in SageMaker, an update keeps what it does not name.
        if let role = request.roleArn { pipeline.roleArn = role }
        if let description = request.description { pipeline.description = description }
        if !request.tags.isEmpty {
            pipeline.tags = JSONValue.array(request.tags.map {
                .object([("Key", .string($0.key)), ("Value", .string($0.value))])
            }).text()
        }
        if let n = request.maxParallelExecutionSteps {
            pipeline.parallelismConfiguration = JSONValue.object([("MaxParallelExecutionSteps", .int(n))]).text()
        }
        let latest = try latestVersion(request.name, db)
        if let latest, latest.definition == request.definition {
            if existing != nil && pipeline != existing { pipeline.lastModifiedAt = now }
            try pipeline.save(db)
            return latest
        }
        pipeline.lastModifiedAt = now
        try pipeline.save(db)
        let version = StoredPipelineVersion(pipelineName: request.name, version: (latest?.version ?? 0) + 1,
                                            definition: request.definition, createdAt: now)
        try version.insert(db)
        return version
    }

    private func latestVersion(_ name: String, _ db: Database) throws -> StoredPipelineVersion? {
        try StoredPipelineVersion.filter(Column("pipelineName") == name).order(Column("version").desc).fetchOne(db)
    }

    /// DescribePipeline: the pipeline and its newest version.
    public func describe(_ name: String) throws -> PipelineSummary {
        try database.read { db in
            guard let pipeline = try StoredPipeline.fetchOne(db, key: name),
                  let latest = try latestVersion(name, db) else {
                throw PipelineStoreError.notFound(arn: workspace.pipelineARN(name))
            }
            let count = try StoredPipelineVersion.filter(Column("pipelineName") == name).fetchCount(db)
            return PipelineSummary(pipeline: pipeline, versionCount: count, latest: latest)
        }
    }

    /// Every stored pipeline, by name.
    public func list() throws -> [PipelineSummary] {
        let names = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pipeline ORDER BY name")
        }
        return try names.map(describe)
    }

    /// ListPipelineVersions: newest first.
    public func versions(_ name: String) throws -> [StoredPipelineVersion] {
        try database.read { db in
            guard try StoredPipeline.fetchOne(db, key: name) != nil else {
                throw PipelineStoreError.notFound(arn: workspace.pipelineARN(name))
            }
            return try StoredPipelineVersion.filter(Column("pipelineName") == name)
                .order(Column("version").desc).fetchAll(db)
        }
    }

    /// The definition of one version, the newest when `version` is nil.
    public func definition(_ name: String, version: Int? = nil) throws -> StoredPipelineVersion {
        guard let version else { return try describe(name).latest }
        return try database.read { db in
            guard try StoredPipeline.fetchOne(db, key: name) != nil else {
                throw PipelineStoreError.notFound(arn: workspace.pipelineARN(name))
            }
            guard let found = try StoredPipelineVersion.fetchOne(db, key: ["pipelineName": name, "version": version]) else {
                throw PipelineStoreError.noSuchVersion(name: name, version: version)
            }
            return found
        }
    }

    /// DeletePipeline: the pipeline and all its versions. Returns its ARN.
    @discardableResult
    public func delete(_ name: String) throws -> String {
        try database.write { db in
            guard try StoredPipeline.deleteOne(db, key: name) else {
                throw PipelineStoreError.notFound(arn: workspace.pipelineARN(name))
            }
            return workspace.pipelineARN(name)
        }
    }
}
