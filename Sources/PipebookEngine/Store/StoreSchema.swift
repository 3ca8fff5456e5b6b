import GRDB

/// The store's schema, as GRDB migrations. A migration, once released, never changes: a new
/// column or table is a new migration appended here, so a workspace made by an older Pipebook
/// opens in a newer one (GRDB runs the migrations it has not seen, in order).
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: pipelines and their versions") { db in
            try db.create(table: "pipeline") { t in
                t.primaryKey("name", .text)
                t.column("arn", .text).notNull()
                t.column("displayName", .text).notNull()
                t.column("description", .text)
                t.column("roleArn", .text)
                t.column("tags", .text).notNull().defaults(to: "[]")
                t.column("parallelismConfiguration", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("lastModifiedAt", .datetime).notNull()
            }
            try db.create(table: "pipelineVersion") { t in
                t.column("pipelineName", .text).notNull()
                    .references("pipeline", column: "name", onDelete: .cascade)
                t.column("version", .integer).notNull()
                t.column("definition", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.primaryKey(["pipelineName", "version"])
            }
        }
        return migrator
    }
}
