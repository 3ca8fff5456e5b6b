import Foundation
import GRDB
import XCTest
@testable import PipebookEngine

final class PipelineStoreTests: XCTestCase {
    var folder: TemporaryFolder!
    var workspace: Workspace!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        workspace = Workspace(root: folder.url.appendingPathComponent(".pipebook"))
    }

    override func tearDown() { folder.remove() }

    let definitionA = #"{"Version": "2020-12-01", "Metadata": {}, "Parameters": [], "Steps": []}"#
    let definitionB = #"{"Version": "2020-12-01", "Metadata": {}, "Parameters": [{"Name": "P", "Type": "String"}], "Steps": []}"#

    func testUpsertTwiceUnchangedKeepsOneVersion() throws {
        let store = try PipelineStore(workspace: workspace)
        let first = try store.upsert(PipelineRequest(name: "Demo", definition: definitionA, roleArn: "arn:role"))
        let second = try store.upsert(PipelineRequest(name: "Demo", definition: definitionA, roleArn: "arn:role"))
        XCTAssertEqual(first.version, 1)
        XCTAssertEqual(second.version, 1)
        XCTAssertEqual(try store.versions("Demo").count, 1)
    }

    func testUpsertChangedAddsAVersion() throws {
        let store = try PipelineStore(workspace: workspace)
        try store.upsert(PipelineRequest(name: "Demo", definition: definitionA, roleArn: "arn:role", description: "first"))
        try store.upsert(PipelineRequest(name: "Demo", definition: definitionB, roleArn: "arn:role"))
        XCTAssertEqual(try store.versions("Demo").map(\.version), [2, 1])
        let summary = try store.describe("Demo")
        XCTAssertEqual(summary.latest.definition, definitionB)
        XCTAssertEqual(summary.pipeline.description, "first")  // an update keeps what it does not name
        XCTAssertEqual(summary.pipeline.arn, "arn:aws:sagemaker:us-east-1:000000000000:pipeline/demo")
        XCTAssertEqual(try store.definition("Demo", version: 1).definition, definitionA)
    }

    func testCreateUpdateDeleteErrors() throws {
        let store = try PipelineStore(workspace: workspace)
        try store.create(PipelineRequest(name: "Demo", definition: definitionA))
        XCTAssertThrowsError(try store.create(PipelineRequest(name: "Demo", definition: definitionA))) {
            XCTAssertEqual("\($0)", "ValidationException: Pipeline names must be unique within an AWS account and region. Pipeline with name (Demo) already exists.")
        }
        XCTAssertThrowsError(try store.update(PipelineRequest(name: "Other", definition: definitionA))) {
            XCTAssertEqual("\($0)", "ResourceNotFound: Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/other' does not exist.")
        }
        XCTAssertThrowsError(try store.definition("Demo", version: 7))
        try store.delete("Demo")
        XCTAssertEqual(try store.list().count, 0)
        XCTAssertThrowsError(try store.describe("Demo"))
    }

    func testAWorkspaceOpensAgainAndKeepsItsPipelines() throws {
        do {
            let store = try PipelineStore(workspace: workspace)
            try store.upsert(PipelineRequest(name: "Kept", definition: definitionA, tags: [("team", "ml")],
                                             maxParallelExecutionSteps: 3))
        }
        let reopened = try PipelineStore(workspace: workspace)
        let summary = try reopened.describe("Kept")
        XCTAssertEqual(summary.versionCount, 1)
        XCTAssertEqual(summary.pipeline.tags, #"[{"Key": "team", "Value": "ml"}]"#)
        XCTAssertEqual(summary.pipeline.parallelismConfiguration, #"{"MaxParallelExecutionSteps": 3}"#)
        let applied = try DatabaseQueue(path: workspace.databaseURL.path).read { db in
            try StoreSchema.migrator.appliedMigrations(db)
        }
        XCTAssertEqual(applied, StoreSchema.migrator.migrations)
    }
}
