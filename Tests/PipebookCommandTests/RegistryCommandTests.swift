import Foundation
import XCTest

/// `pipebook registry`, `pipebook registry GROUP` and approvals from the command line, over a
/// registry a program filled.
final class RegistryCommandTests: XCTestCase {
    func testListShowApproveAndReject() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = """
        import json
        import boto3
        from sagemaker import _engine
        _engine.s3_create_bucket("workshop")
        _engine.s3_put_text(json.dumps({"regression_metrics": {"mse": {"value": 4.5, "standard_deviation": 2.25}}}), "s3://workshop/evaluation.json")
        sm = boto3.client("sagemaker")
        sm.create_model_package_group(ModelPackageGroupName="Abalone", ModelPackageGroupDescription="abalone ages")
        for _ in range(2):
            sm.create_model_package(ModelPackageGroupName="Abalone", InferenceSpecification={"Containers": [{"Image": "xgboost"}]},
                                    ModelMetrics={"ModelQuality": {"Statistics": {"ContentType": "application/json", "S3Uri": "s3://workshop/evaluation.json"}}})
        """
        let run = try CommandRunner.run(["-c", program], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)

        let groups = try CommandRunner.run(["registry"], in: folder)
        XCTAssertTrue(groups.stdout.hasPrefix("GROUP    VERSIONS  CREATED              DESCRIPTION\nAbalone  2         20"), groups.stdout)
        XCTAssertTrue(groups.stdout.hasSuffix("  abalone ages\n"), groups.stdout)

        let approve = try CommandRunner.run(["registry", "approve", "Abalone/2", "--description", "mse below 6"], in: folder)
        XCTAssertEqual(approve.stdout, "Abalone/2: Approved\n", approve.stderr)
        XCTAssertEqual(try CommandRunner.run(["registry", "reject", "abalone/1"], in: folder).stdout, "Abalone/1: Rejected\n")

        let versions = try CommandRunner.run(["registry", "Abalone"], in: folder).stdout
        let lines = versions.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(2)), ["Model package group Abalone",
                                                 "VERSION  STATUS    CREATED              SOURCE EXECUTION  mse  mse std"], versions)
        XCTAssertTrue(lines[2].hasPrefix("2        Approved  20") && lines[2].hasSuffix("  -                 4.5  2.25"), versions)
        XCTAssertTrue(lines[3].hasPrefix("1        Rejected  20"), versions)

        let history = try CommandRunner.run(["-c", """
        import boto3
        d = boto3.client("sagemaker").describe_model_package(ModelPackageName="Abalone/2")
        print(d["ModelApprovalStatus"], d["ApprovalDescription"])
        """], in: folder)
        XCTAssertEqual(history.stdout, "Approved mse below 6\n", history.stderr)

        let missing = try CommandRunner.run(["registry", "approve", "Abalone/9"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "pipebook: ValidationException: ModelPackage arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/9 does not exist.\n")
        XCTAssertEqual(try CommandRunner.run(["registry", "Nope"], in: folder).stderr,
                       "pipebook: ValidationException: ModelPackageGroup arn:aws:sagemaker:us-east-1:000000000000:model-package-group/nope does not exist.\n")
        let usage = try CommandRunner.run(["registry", "approve", "Abalone"], in: folder)
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.hasPrefix("usage: pipebook registry "), usage.stderr)
    }

    func testAnEmptyRegistrySaysHowToFillIt() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try CommandRunner.run(["registry"], in: folder).stdout,
                       "No model package groups yet: a RegisterModel step or create_model_package_group makes one.\n")
    }
}
