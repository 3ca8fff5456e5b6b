import Foundation
import GRDB
import XCTest
@testable import PipebookEngine

/// The model registry's engine API: versions, metrics reports, the approval history, refusals
/// that write nothing, and the v3 migration of v2's reserved version numbers.
final class ModelRegistryTests: XCTestCase {
    var folder: TemporaryFolder!
    var store: PipelineStore!
    var registry: ModelRegistry!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        let workspace = Workspace(root: folder.url.appendingPathComponent(".pipebook"))
        store = try PipelineStore(workspace: workspace)
        registry = ModelRegistry(store: store)
        try LocalS3(workspace: workspace).put(Data(#"{"regression_metrics": {"mse": {"value": 4.5, "standard_deviation": 2.25}}}"#.utf8),
                                              at: S3Location(uri: "s3://bucket/eval/evaluation.json"))
    }

    override func tearDown() { folder.remove() }

    func request(_ group: String, metrics: String = "s3://bucket/eval/evaluation.json", status: String? = nil) throws -> ModelPackageRegistration {
        var members: [(key: String, value: JSONValue)] = [
            ("ModelPackageGroupName", .string(group)),
            ("InferenceSpecification", .object([("Containers", .array([.object([("Image", .string("xgboost"))])]))])),
            ("ModelMetrics", .object([("ModelQuality", .object([("Statistics", .object([
                ("ContentType", .string("application/json")), ("S3Uri", .string(metrics))]))]))])),
        ]
        if let status { members.append(("ModelApprovalStatus", .string(status))) }
        return try ModelPackageRegistration(request: .object(members), sourceExecutionArn: "arn:aws:sagemaker:us-east-1:000000000000:pipeline/p/execution/abc123",
                                            sourceStepName: "Register")
    }

    func testVersionsCountFromOneAndKeepTheirMetricsReport() throws {
        let first = try registry.register(try request("Abalone"), createGroup: true)
        let second = try registry.register(try request("abalone", status: "Approved"), createGroup: true)
        XCTAssertEqual([first.version, second.version], [1, 2])
        XCTAssertEqual(second.groupName, "Abalone")  // group names match without regard to case
        XCTAssertEqual(first.approvalStatus, "PendingManualApproval")
        XCTAssertEqual(second.approvalStatus, "Approved")
        XCTAssertEqual(first.metrics, #"{"ModelQuality.Statistics": {"regression_metrics": {"mse": {"value": 4.5, "standard_deviation": 2.25}}}}"#)
        XCTAssertEqual(first.sourceStepName, "Register")
        XCTAssertEqual(try registry.groups().map(\.versionCount), [2])
        XCTAssertThrowsError(try registry.register(try request("Other"), createGroup: false)) { error in
            XCTAssertEqual("\(error)", "ValidationException: ModelPackageGroup arn:aws:sagemaker:us-east-1:000000000000:model-package-group/other does not exist.")
        }
    }

    func testApprovalHistoryKeepsEveryChangeWithItsUser() throws {
        try registry.register(try request("Abalone"), createGroup: true)
        try registry.setApproval(group: "Abalone", version: 1, to: .approved, description: "good mse")
        try registry.setApproval(group: "abalone", version: 1, to: .rejected, description: nil)
        let history = try registry.approvalHistory(group: "Abalone", version: 1)
        XCTAssertEqual(history.map(\.oldStatus), [nil, "PendingManualApproval", "Approved"])
        XCTAssertEqual(history.map(\.newStatus), ["PendingManualApproval", "Approved", "Rejected"])
        XCTAssertEqual(history.map(\.description), [nil, "good mse", nil])
        let user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        XCTAssertEqual(Set(history.map(\.user)), [user])
        XCTAssertEqual(try registry.package(group: "Abalone", version: 1).approvalDescription, "good mse")
        // Deleting the version deletes its history.
        try registry.deletePackage(group: "Abalone", version: 1)
        XCTAssertThrowsError(try registry.approvalHistory(group: "Abalone", version: 1))
        let left = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM modelApproval") }
        XCTAssertEqual(left, 0)
    }

    func testAMissingMetricsFileOrABadStatusWritesNothing() throws {
        XCTAssertThrowsError(try registry.register(try request("Abalone", metrics: "s3://bucket/eval/nothing.json"), createGroup: true)) { error in
            XCTAssertEqual("\(error)", "ValidationException: ModelMetrics.ModelQuality.Statistics.S3Uri: there is no metrics file at s3://bucket/eval/nothing.json.")
        }
        XCTAssertThrowsError(try request("Abalone", status: "Approve")) { error in
            XCTAssertEqual("\(error)", "ValidationException: 1 validation error detected: Value 'Approve' at 'modelApprovalStatus' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected, PendingManualApproval]")
        }
        XCTAssertEqual(try registry.groups().count, 0)  // not even the group
        XCTAssertEqual(try registry.register(try request("Abalone"), createGroup: true).version, 1)
    }

    func testTheV3MigrationTurnsReservedVersionsIntoAGroup() throws {
        let database = try DatabaseQueue()
        try StoreSchema.migrator.migrate(database, upTo: "v2: executions, their step runs and transitions")
        try database.write { db in
            for version in 1...2 {
                try db.execute(sql: "INSERT INTO modelPackage (groupName, version, createdAt) VALUES (?, ?, ?)",
                               arguments: ["Old", version, Date(timeIntervalSince1970: 1_763_900_000 + Double(version))])
            }
        }
        let migrated = try PipelineStore(database: database, workspace: store.workspace)
        let registry = ModelRegistry(store: migrated)
        XCTAssertEqual(try registry.groups().map { [$0.group.name: $0.versionCount] }, [["Old": 2]])
        XCTAssertEqual(try registry.package(group: "Old", version: 2).approvalStatus, "PendingManualApproval")
        XCTAssertEqual(try registry.register(try request("Old"), createGroup: false).version, 3)
    }
}
