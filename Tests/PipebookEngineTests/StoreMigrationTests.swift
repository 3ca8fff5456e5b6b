import Foundation
import GRDB
import XCTest
@testable import PipebookEngine

/// A workspace written by a Pipebook that had only the store's first migration (v1: pipelines
/// and their versions) opens in this one: the missing migrations run and the pipelines stay.
/// Fixtures/store-v1/pipebook.sqlite is such a workspace's database, written by
/// `testWriteTheV1Fixture` (run with PIPEBOOK_WRITE_STORE_FIXTURE=1): the v1 migration only,
/// then rows through the store's own records, as the v1 store wrote them.
final class StoreMigrationTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/store-v1/pipebook.sqlite")
    static let v1 = "v1: pipelines and their versions"
    static let definition1 = #"{"Version": "2020-12-01", "Metadata": {}, "Parameters": [], "Steps": [{"Name": "Announce", "Type": "Lambda", "Arguments": {}, "FunctionArn": "arn:aws:lambda:us-east-1:000000000000:function:announce", "OutputParameters": []}]}"#
    static let definition2 = #"{"Version": "2020-12-01", "Metadata": {}, "Parameters": [{"Name": "Who", "Type": "String", "DefaultValue": "world"}], "Steps": [{"Name": "Announce", "Type": "Lambda", "Arguments": {"who": {"Get": "Parameters.Who"}}, "FunctionArn": "arn:aws:lambda:us-east-1:000000000000:function:announce", "OutputParameters": []}]}"#
    static let definition3 = #"{"Version": "2020-12-01", "Metadata": {}, "Parameters": [], "Steps": [{"Name": "Stop", "Type": "Fail", "Arguments": {"ErrorMessage": "stopped"}}]}"#

    func testWriteTheV1Fixture() throws {
        guard ProcessInfo.processInfo.environment["PIPEBOOK_WRITE_STORE_FIXTURE"] == "1" else {
            throw XCTSkip("writes Fixtures/store-v1/pipebook.sqlite when PIPEBOOK_WRITE_STORE_FIXTURE=1")
        }
        try? FileManager.default.removeItem(at: Self.fixture)
        let database = try DatabaseQueue(path: Self.fixture.path)
        try StoreSchema.migrator.migrate(database, upTo: Self.v1)
        let day = Date(timeIntervalSince1970: 1_763_900_000)
        try database.write { db in
            try StoredPipeline(name: "Greeting", arn: "arn:aws:sagemaker:us-east-1:000000000000:pipeline/greeting",
                               displayName: "Greeting", description: "says hello", roleArn: "arn:aws:iam::000000000000:role/SageMakerRole",
                               tags: #"[{"Key": "team", "Value": "ml"}]"#, parallelismConfiguration: #"{"MaxParallelExecutionSteps": 2}"#,
                               createdAt: day, lastModifiedAt: day.addingTimeInterval(60)).insert(db)
            try StoredPipelineVersion(pipelineName: "Greeting", version: 1, definition: Self.definition1, createdAt: day).insert(db)
            try StoredPipelineVersion(pipelineName: "Greeting", version: 2, definition: Self.definition2,
                                      createdAt: day.addingTimeInterval(60)).insert(db)
            try StoredPipeline(name: "Stopper", arn: "arn:aws:sagemaker:us-east-1:000000000000:pipeline/stopper",
                               displayName: "Stopper", description: nil, roleArn: "arn:aws:iam::000000000000:role/SageMakerRole",
                               tags: "[]", parallelismConfiguration: nil, createdAt: day, lastModifiedAt: day).insert(db)
            try StoredPipelineVersion(pipelineName: "Stopper", version: 1, definition: Self.definition3, createdAt: day).insert(db)
        }
        try database.close()
    }

    func testTheFixtureHasOnlyTheFirstMigration() throws {
        let database = try DatabaseQueue(path: Self.fixture.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let (applied, tables) = try database.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        }
        XCTAssertEqual(applied, [Self.v1])
        XCTAssertEqual(tables, ["grdb_migrations", "pipeline", "pipelineVersion"])
    }

    func testAV1WorkspaceOpensMigratedWithItsPipelines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = Workspace(root: folder.url.appendingPathComponent(".pipebook"))
        try FileManager.default.createDirectory(at: workspace.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: workspace.databaseURL)

        let store = try PipelineStore(workspace: workspace)
        XCTAssertEqual(try store.list().map(\.pipeline.name), ["Greeting", "Stopper"])
        let greeting = try store.describe("Greeting")
        XCTAssertEqual(greeting.versionCount, 2)
        XCTAssertEqual(greeting.latest.definition, Self.definition2)
        XCTAssertEqual(greeting.pipeline.description, "says hello")
        XCTAssertEqual(greeting.pipeline.tags, #"[{"Key": "team", "Value": "ml"}]"#)
        XCTAssertEqual(greeting.pipeline.parallelismConfiguration, #"{"MaxParallelExecutionSteps": 2}"#)
        XCTAssertEqual(greeting.pipeline.createdAt, Date(timeIntervalSince1970: 1_763_900_000))
        XCTAssertEqual(try store.definition("Greeting", version: 1).definition, Self.definition1)
        XCTAssertEqual(try store.definition("Stopper").definition, Self.definition3)

        // Every migration has run, and the new tables work.
        let database = try DatabaseQueue(path: workspace.databaseURL.path)
        let (applied, complete) = try database.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
             try StoreSchema.migrator.hasCompletedMigrations(db))
        }
        try database.close()
        XCTAssertEqual(applied, StoreSchema.migrator.migrations)
        XCTAssertEqual(applied.first, Self.v1)
        XCTAssertEqual(applied.last, "v4: lineage")
        XCTAssertTrue(complete)
        // The migrated store goes on as usual: an unchanged upsert keeps the versions, a changed one adds one.
        XCTAssertEqual(try store.upsert(PipelineRequest(name: "Greeting", definition: Self.definition2)).version, 2)
        XCTAssertEqual(try store.upsert(PipelineRequest(name: "Stopper", definition: Self.definition1)).version, 2)
    }
}
