import Foundation
import GRDB

/// Models (CreateModel and a pipeline's model steps) in the workspace's store.
/// Names are matched without regard to case, as their ARNs (lower case) identify them.
public final class ModelCatalog {
    let store: PipelineStore
    private var database: any DatabaseWriter { store.database }

    public init(store: PipelineStore) { self.store = store }

    /// CreateModel: fails when the name is taken, unless `replacing` (a pipeline's model step,
    /// run again by a new execution, makes its model anew).
    @discardableResult
    public func create(name: String, request: JSONValue, sourceExecutionArn: String? = nil, replacing: Bool = false) throws -> StoredModel {
        try database.write { db in
            if let existing = try find(name, db) {
                guard replacing else { throw RegistryError.modelExists(arn: store.workspace.modelARN(name)) }
                try existing.delete(db)
            }
            let rest = (request.objectValue ?? []).filter { $0.key != "ModelName" }
            let model = StoredModel(name: name, request: JSONValue.object(rest).text(), sourceExecutionArn: sourceExecutionArn,
                                    createdAt: store.clock())
            try model.insert(db)
            return model
        }
    }

    public func model(_ name: String) throws -> StoredModel {
        try database.read { db in
            guard let model = try find(name, db) else { throw RegistryError.modelNotFound(arn: store.workspace.modelARN(name)) }
            return model
        }
    }

    /// Every model, oldest first.
    public func models() throws -> [StoredModel] {
        try database.read { db in try StoredModel.order(Column("createdAt"), Column("name")).fetchAll(db) }
    }

    public func delete(_ name: String) throws {
        try database.write { db in
            guard let model = try find(name, db) else { throw RegistryError.modelNotFound(arn: store.workspace.modelARN(name)) }
            try model.delete(db)
        }
    }

    private func find(_ name: String, _ db: Database) throws -> StoredModel? {
        try StoredModel.filter(sql: "lower(name) = lower(?)", arguments: [name]).fetchOne(db)
    }
}
