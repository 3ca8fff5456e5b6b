import Foundation
import GRDB

/// The model registry: model package groups, their numbered versions and each version's
/// approval history, in the workspace's store. Every change is one transaction.
///
/// Group names are matched without regard to case, as their ARNs (lower case) identify them.
public final class ModelRegistry {
    let store: PipelineStore
    let s3: LocalS3
    private var database: any DatabaseWriter { store.database }
    private var workspace: Workspace { store.workspace }

    public init(store: PipelineStore) {
        self.store = store
        self.s3 = LocalS3(workspace: store.workspace)
    }

    /// A group with the number of its versions, for listings.
    public struct GroupSummary: Equatable, Sendable {
        public let group: StoredModelPackageGroup
        public let versionCount: Int
    }

    // MARK: groups

    /// CreateModelPackageGroup: fails when the name is taken.
    @discardableResult
    public func createGroup(_ name: String, description: String? = nil) throws -> StoredModelPackageGroup {
        try database.write { db in
            if try findGroup(name, db) != nil { throw RegistryError.groupExists(arn: workspace.modelPackageGroupARN(name)) }
            let group = StoredModelPackageGroup(name: name, description: description, createdAt: store.clock())
            try group.insert(db)
            return group
        }
    }

    public func group(_ name: String) throws -> StoredModelPackageGroup {
        try database.read { db in try existingGroup(name, db) }
    }

    /// Every group with its version count, oldest first.
    public func groups() throws -> [GroupSummary] {
        try database.read { db in
            try StoredModelPackageGroup.order(Column("createdAt"), Column("name")).fetchAll(db).map { group in
                GroupSummary(group: group, versionCount: try versionCount(group.name, db))
            }
        }
    }

    /// DeleteModelPackageGroup: only an empty group can go.
    public func deleteGroup(_ name: String) throws {
        try database.write { db in
            let group = try existingGroup(name, db)
            let count = try versionCount(group.name, db)
            guard count == 0 else { throw RegistryError.groupNotEmpty(name: group.name, versions: count) }
            try group.delete(db)
        }
    }

    // MARK: versions

    /// Registers the next version of a group, reading its ModelMetrics reports first.
    /// `createGroup`: a missing group is made (as a pipeline's RegisterModel step does);
    /// otherwise it is an error (as CreateModelPackage answers).
    @discardableResult
    public func register(_ registration: ModelPackageRegistration, createGroup: Bool) throws -> StoredModelPackage {
        let metrics = try ModelMetricsReader.read(registration.rest["ModelMetrics"], s3: s3)
        let user = OSUser.current
        return try database.write { db in
            let now = store.clock()
            let group: StoredModelPackageGroup
            if let found = try findGroup(registration.groupName, db) {
                group = found
            } else if createGroup {
                group = StoredModelPackageGroup(name: registration.groupName, description: nil, createdAt: now)
                try group.insert(db)
            } else {
                throw RegistryError.groupNotFound(arn: workspace.modelPackageGroupARN(registration.groupName))
            }
            let last = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM modelPackage WHERE groupName = ?", arguments: [group.name]) ?? 0
            let package = StoredModelPackage(
                groupName: group.name, version: last + 1, createdAt: now, description: registration.description,
                approvalStatus: registration.approvalStatus.rawValue, approvalDescription: nil, request: registration.rest.text(),
                metrics: metrics.text(), sourceExecutionArn: registration.sourceExecutionArn,
                sourceStepName: registration.sourceStepName, lastModifiedAt: now)
            try package.insert(db)
            var approval = StoredApproval(id: nil, groupName: group.name, version: package.version, at: now, user: user,
                                          oldStatus: nil, newStatus: package.approvalStatus, description: nil)
            try approval.insert(db)
            return package
        }
    }

    /// One version; `name` is its ARN or `group/version`.
    public func package(named name: String) throws -> StoredModelPackage {
        guard let (group, version) = workspace.modelPackageVersion(named: name) else {
            let arn = name.hasPrefix("arn:") ? name : "arn:aws:sagemaker:\(workspace.region):\(Workspace.accountID):model-package/\(name.lowercased())"
            throw RegistryError.packageNotFound(arn: arn)
        }
        return try package(group: group, version: version)
    }

    public func package(group: String, version: Int) throws -> StoredModelPackage {
        try database.read { db in try existingPackage(group, version, db) }
    }

    /// A group's versions, newest first; every group's when `group` is nil.
    public func packages(group: String? = nil) throws -> [StoredModelPackage] {
        try database.read { db in
            var request = StoredModelPackage.order(Column("createdAt").desc, Column("version").desc)
            if let group { request = request.filter(Column("groupName") == (try existingGroup(group, db)).name) }
            return try request.fetchAll(db)
        }
    }

    /// Approves or rejects a version (or puts it back to PendingManualApproval), recording
    /// the change, its time and the OS user in the approval history.
    @discardableResult
    public func setApproval(group: String, version: Int, to status: ModelApprovalStatus, description: String?) throws -> StoredModelPackage {
        try update(group: group, version: version, approval: status, approvalDescription: description)
    }

    /// UpdateModelPackage in one transaction: a new approval status (recorded in the history
    /// with its time and the OS user), an approval description, and `request`, which turns the
    /// stored request members (CustomerMetadataProperties, InferenceSpecification, ...) into new ones.
    @discardableResult
    public func update(group: String, version: Int, approval status: ModelApprovalStatus?, approvalDescription: String?,
                       request change: ((JSONValue) throws -> JSONValue)? = nil) throws -> StoredModelPackage {
        let user = OSUser.current
        return try database.write { db in
            var package = try existingPackage(group, version, db)
            let now = store.clock()
            if let status {
                var approval = StoredApproval(id: nil, groupName: package.groupName, version: version, at: now, user: user,
                                              oldStatus: package.approvalStatus, newStatus: status.rawValue,
                                              description: approvalDescription)
                try approval.insert(db)
                package.approvalStatus = status.rawValue
                try LineageRecorder(store: store).recordApproval(
                    modelPackageArn: store.workspace.modelPackageARN(package.groupName, version: version), status: status.rawValue,
                    description: approvalDescription, user: user, at: now, db)
            }
            if let approvalDescription { package.approvalDescription = approvalDescription }
            if let change { package.request = try change(try JSONValue.parse(package.request)).text() }
            package.lastModifiedAt = now
            try package.update(db)
            return package
        }
    }

    /// DeleteModelPackage: the version and its approval history.
    public func deletePackage(group: String, version: Int) throws {
        try database.write { db in _ = try existingPackage(group, version, db).delete(db) }
    }

    /// Every approval status a version has had, oldest first: its registration, then each change.
    public func approvalHistory(group: String, version: Int) throws -> [StoredApproval] {
        try database.read { db in
            let package = try existingPackage(group, version, db)
            return try StoredApproval.filter(Column("groupName") == package.groupName && Column("version") == version)
                .order(Column("id")).fetchAll(db)
        }
    }

    // MARK: lookups

    private func findGroup(_ name: String, _ db: Database) throws -> StoredModelPackageGroup? {
        try StoredModelPackageGroup.filter(sql: "lower(name) = lower(?)", arguments: [name]).fetchOne(db)
    }

    private func existingGroup(_ name: String, _ db: Database) throws -> StoredModelPackageGroup {
        guard let group = try findGroup(name, db) else { throw RegistryError.groupNotFound(arn: workspace.modelPackageGroupARN(name)) }
        return group
    }

    private func existingPackage(_ group: String, _ version: Int, _ db: Database) throws -> StoredModelPackage {
        guard let found = try findGroup(group, db),
              let package = try StoredModelPackage.fetchOne(db, key: ["groupName": found.name, "version": version]) else {
            throw RegistryError.packageNotFound(arn: workspace.modelPackageARN(group, version: version))
        }
        return package
    }

    private func versionCount(_ group: String, _ db: Database) throws -> Int {
        try StoredModelPackage.filter(Column("groupName") == group).fetchCount(db)
    }
}
