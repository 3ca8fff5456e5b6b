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
        migrator.registerMigration("v2: executions, their step runs and transitions") { db in
            try db.create(table: "execution") { t in
                t.primaryKey("arn", .text)
                t.column("pipelineName", .text).notNull().indexed()
                t.column("pipelineVersion", .integer).notNull()
                t.column("executionId", .text).notNull()
                t.column("displayName", .text).notNull()
                t.column("description", .text)
                t.column("status", .text).notNull()
                t.column("failureReason", .text)
                t.column("parameters", .text).notNull()
                t.column("maxParallelSteps", .integer).notNull()
                t.column("selectiveExecution", .text)
                t.column("owner", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("lastModifiedAt", .datetime).notNull()
            }
            try db.create(table: "stepRun") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("executionArn", .text).notNull().indexed()
                    .references("execution", column: "arn", onDelete: .cascade)
                t.column("pipelineName", .text).notNull()
                t.column("stepName", .text).notNull()
                t.column("stepType", .text).notNull()
                t.column("status", .text).notNull()
                t.column("startTime", .datetime).notNull()
                t.column("endTime", .datetime)
                t.column("attemptCount", .integer).notNull()
                t.column("failureReason", .text)
                t.column("metadata", .text).notNull()
                t.column("properties", .text)
                t.column("cacheKey", .text)
                t.column("cacheSource", .text)
                t.uniqueKey(["executionArn", "stepName"])
            }
            try db.create(index: "stepRunCache", on: "stepRun", columns: ["pipelineName", "stepName", "cacheKey"])
            try db.create(table: "transition") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("executionArn", .text).notNull().indexed()
                    .references("execution", column: "arn", onDelete: .cascade)
                t.column("stepName", .text)
                t.column("status", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("detail", .text)
            }
            try db.create(table: "callbackToken") { t in
                t.primaryKey("token", .text)
                t.column("executionArn", .text).notNull()
                t.column("stepName", .text).notNull()
                t.column("outcome", .text)
            }
            try db.create(table: "modelPackage") { t in
                t.column("groupName", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.primaryKey(["groupName", "version"])
            }
            try db.create(table: "lambdaFunction") { t in
                t.primaryKey("arn", .text)
                t.column("scriptPath", .text).notNull()
                t.column("handler", .text).notNull()
            }
        }
        migrator.registerMigration("v3: model registry, approval history and models") { db in
            try db.create(table: "modelPackageGroup") { t in
                t.primaryKey("name", .text)
                t.column("description", .text)
                t.column("createdAt", .datetime).notNull()
            }
            // Groups v2 only reserved version numbers in become real groups, so the versions
            // their executions registered keep their numbers.
            try db.execute(sql: """
                INSERT INTO modelPackageGroup (name, createdAt)
                SELECT groupName, MIN(createdAt) FROM modelPackage GROUP BY groupName
                """)
            try db.alter(table: "modelPackage") { t in
                t.add(column: "description", .text)
                t.add(column: "approvalStatus", .text).notNull().defaults(to: "PendingManualApproval")
                t.add(column: "approvalDescription", .text)
                // The CreateModelPackage request, as JSON, less what has a column of its own.
                t.add(column: "request", .text).notNull().defaults(to: "{}")
                // {"ModelQuality.Statistics": <the file's JSON>, ...}: the ModelMetrics files read at registration.
                t.add(column: "metrics", .text).notNull().defaults(to: "{}")
                t.add(column: "sourceExecutionArn", .text)
                t.add(column: "sourceStepName", .text)
                t.add(column: "lastModifiedAt", .datetime)
            }
            try db.create(table: "modelApproval") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("groupName", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("at", .datetime).notNull()
                t.column("user", .text).notNull()
                t.column("oldStatus", .text)
                t.column("newStatus", .text).notNull()
                t.column("description", .text)
                t.foreignKey(["groupName", "version"], references: "modelPackage", onDelete: .cascade)
            }
            try db.create(index: "modelApprovalVersion", on: "modelApproval", columns: ["groupName", "version"])
            try db.create(table: "model") { t in
                t.primaryKey("name", .text)
                // The CreateModel request, as JSON, less ModelName.
                t.column("request", .text).notNull()
                t.column("sourceExecutionArn", .text)
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v4: lineage") { db in
            try db.create(table: "lineageEntity") { t in
                t.primaryKey("arn", .text)
                t.column("lineageType", .text).notNull()
                t.column("name", .text)
                t.column("type", .text).notNull()
                t.column("sourceUri", .text).indexed()
                t.column("digest", .text)
                t.column("properties", .text).notNull()
                t.column("parentArn", .text).indexed()
                t.column("description", .text)
                t.column("status", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "lineageAssociation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sourceArn", .text).notNull().indexed()
                t.column("destinationArn", .text).notNull().indexed()
                t.column("associationType", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["sourceArn", "destinationArn"])
            }
        }
        return migrator
    }
}
