import Foundation
import PipebookDigests
@testable import PipebookEngine
import XCTest

/// Lineage recorded by a whole run in the engine (processing, built-in XGBoost training, a
/// registered model version), its two answers, approvals, and the text display.
final class LineageTests: XCTestCase {
    /// A processing script that writes a small training set into its `train` output.
    final class SplitRunner: ScriptRunner, @unchecked Sendable {
        func run(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void,
                 cancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) -> String? {
            let folder = job.realPath(for: "/opt/ml/processing/train")
            let rows = (0..<20).map { "\(Double($0 % 5)),\(Double($0) / 10)" }.joined(separator: "\n") + "\n"
            try? Data(rows.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("train.csv"))
            return nil
        }

        func callFunction(scriptPath: String, handler: String, event: String, output: @escaping @Sendable (String) -> Void) throws -> String { "{}" }
    }

    static let image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
    static let definition = """
    {"Version": "2020-12-01", "Parameters": [{"Name": "InputData", "Type": "String", "DefaultValue": "s3://lab/raw/data.csv"},
                                             {"Name": "Rounds", "Type": "String", "DefaultValue": "2"}],
     "Steps": [
      {"Name": "Prep", "Type": "Processing", "Arguments": {
        "AppSpecification": {"ImageUri": "\(image)", "ContainerEntrypoint": ["python3", "/opt/ml/processing/input/code/prep.py"]},
        "ProcessingInputs": [
          {"InputName": "input-1", "S3Input": {"S3Uri": {"Get": "Parameters.InputData"}, "LocalPath": "/opt/ml/processing/input"}},
          {"InputName": "code", "S3Input": {"S3Uri": "s3://lab/code/prep.py", "LocalPath": "/opt/ml/processing/input/code"}}],
        "ProcessingOutputConfig": {"Outputs": [
          {"OutputName": "train", "S3Output": {"S3Uri": "s3://lab/prep/train", "LocalPath": "/opt/ml/processing/train"}}]}}},
      {"Name": "Train", "Type": "Training", "Arguments": {
        "AlgorithmSpecification": {"TrainingImage": "\(image)", "TrainingInputMode": "File"},
        "HyperParameters": {"num_round": {"Get": "Parameters.Rounds"}, "objective": "reg:squarederror"},
        "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
          "S3Uri": {"Get": "Steps.Prep.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"}}}}],
        "OutputDataConfig": {"S3OutputPath": "s3://lab/models"}}},
      {"Name": "Register", "Type": "RegisterModel", "Arguments": {
        "ModelPackageGroupName": "Grp", "ModelApprovalStatus": "PendingManualApproval",
        "InferenceSpecification": {"Containers": [{"Image": "\(image)",
          "ModelDataUrl": {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}]}}}]}
    """

    var folder: TemporaryFolder!
    var store: PipelineStore!
    var execution: StoredExecution!
    var queries: LineageQueries { LineageQueries(store: store) }
    let packageArn = "arn:aws:sagemaker:us-east-1:000000000000:model-package/grp/1"

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try PipelineStore(workspace: Workspace(root: folder.url.appendingPathComponent(".pipebook")))
        let s3 = LocalS3(workspace: store.workspace)
        try s3.put(Data("1,2\n".utf8), at: S3Location(uri: "s3://lab/raw/data.csv"))
        try s3.put(Data("print('prep')\n".utf8), at: S3Location(uri: "s3://lab/code/prep.py"))
        try store.upsert(PipelineRequest(name: "Lin", definition: Self.definition))
        let executor = PipelineExecutor(store: store, services: StepServices(scriptRunner: SplitRunner()))
        execution = try executor.start(pipelineName: "Lin", .init(parameters: [("Rounds", "3")]))
        XCTAssertTrue(RunningExecutions.shared.wait(execution.arn, timeout: 60))
        let reasons = try store.stepRuns(execution.arn).compactMap(\.failureReason)
        XCTAssertEqual(try store.execution(execution.arn).status, .succeeded, "\(reasons)")
    }

    override func tearDown() {
        RunningExecutions.shared.waitForAll()
        folder.remove()
    }

    func testTheModelPackageTracesBackToItsDataCodeImageParametersAndExecution() throws {
        let trace = try LineageTrace(from: queries.resolve(packageArn), direction: .ascendants, queries: queries)
        var digest = SHA256()
        digest.update(Array("1,2\n".utf8))
        XCTAssertEqual(trace.artifacts(ofType: "DataSet").map(\.sourceUri), ["s3://lab/prep/train", "s3://lab/raw/data.csv"])
        XCTAssertEqual(trace.artifacts(ofType: "DataSet").last?.digest, "sha256:" + digest.hexDigest())
        XCTAssertEqual(trace.code, ["s3://lab/code/prep.py"])
        XCTAssertEqual(trace.artifacts(ofType: "Image").map(\.sourceUri), [Self.image])
        XCTAssertEqual(trace.artifacts(ofType: "Model").count, 1)
        XCTAssertEqual(trace.jobs.map(\.type), ["TrainingJob", "ProcessingJob"])
        XCTAssertEqual(trace.jobs.first?.propertiesJSON["Parameters"]?["num_round"]?["StringValue"]?.stringValue, "3")
        XCTAssertEqual(trace.executionContexts.map(\.sourceUri), [execution.arn])
        XCTAssertEqual(trace.executionContexts.first?.propertiesJSON.text(), #"{"InputData": "s3://lab/raw/data.csv", "Rounds": "3"}"#)
        XCTAssertEqual(trace.reached.filter { $0.lineageType == .action }.map(\.type), ["Approval"])
    }

    func testTheDataSetTracesForwardToEverythingMadeFromIt() throws {
        let trace = try LineageTrace(from: queries.resolve("s3://lab/raw/data.csv"), direction: .descendants, queries: queries)
        XCTAssertEqual(trace.reached.map(\.type), ["ProcessingJob", "DataSet", "TrainingJob", "Model", "ModelPackage", "ModelGroup"])
        XCTAssertEqual(trace.artifacts(ofType: "ModelPackage").map(\.sourceUri), [packageArn])
    }

    /// ListAssociations newest first gives SageMaker's row order: code, data, image; then outputs.
    func testAJobsAssociationsListInSageMakersOrder() throws {
        let job = try XCTUnwrap(queries.entities(lineageType: .trialComponent, type: "ProcessingJob").first)
        let inputs = try queries.associations(destinationArn: job.arn).map { try queries.entity($0.sourceArn).sourceUri }
        XCTAssertEqual(inputs, ["s3://lab/code/prep.py", "s3://lab/raw/data.csv", Self.image])
        XCTAssertEqual(try queries.associations(sourceArn: job.arn).map(\.associationType), [.produced])
    }

    func testApprovalsAreActionsOnTheModelPackage() throws {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        let action = try LineageRecorder(store: store).recordApproval(modelPackageArn: packageArn, status: "Approved",
                                                                      description: "good enough", user: "ana", at: at)
        XCTAssertEqual(action.name, "grp-1-Approved-1700000000000")
        let package = try XCTUnwrap(queries.resolve(packageArn).first)
        let approvals = try queries.associations(destinationArn: package.arn).compactMap { a -> String? in
            let e = try queries.entity(a.sourceArn)
            return e.type == "Approval" ? e.propertiesJSON["ModelApprovalStatus"]?.stringValue : nil
        }
        XCTAssertEqual(approvals, ["Approved", "PendingManualApproval"])
        XCTAssertThrowsError(try LineageRecorder(store: store).recordApproval(
            modelPackageArn: "arn:aws:sagemaker:us-east-1:000000000000:model-package/none/1", status: "Approved",
            description: nil, user: nil, at: at)) { error in
            XCTAssertEqual(error as? LineageError, .unknownModelPackage("arn:aws:sagemaker:us-east-1:000000000000:model-package/none/1"))
        }
    }

    func testTheTextShowsTheTreeAndTheAnswer() throws {
        let text = LineageDisplay.text(try LineageTrace(from: queries.resolve(packageArn), direction: .ascendants, queries: queries))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "ModelPackage  \(packageArn)")
        XCTAssertTrue(lines[1].hasPrefix("├─ ContributedTo ← Approval  PendingManualApproval  "), text)
        XCTAssertEqual(lines[2], "├─ ContributedTo ← Image  \(Self.image)")
        XCTAssertTrue(lines[3].hasPrefix("└─ ContributedTo ← Model  s3://lab/models/pipelines-"), text)
        XCTAssertTrue(lines[4].hasPrefix("   └─ Produced ← TrainingJob  pipelines-") && lines[4].hasSuffix("  in \(execution.arn)"), text)
        XCTAssertEqual(lines[5], "      ├─ ContributedTo ← Image  \(Self.image)  (shown above)")
        XCTAssertTrue(text.contains("Data sets:\n  s3://lab/prep/train  sha256:"), text)
        XCTAssertTrue(text.contains("Code:\n  s3://lab/code/prep.py\nImages:\n  \(Self.image)\nJobs:\n"), text)
        XCTAssertTrue(text.contains("Executions:\n  \(execution.arn)  (InputData=s3://lab/raw/data.csv, Rounds=3)\n"), text)
    }

    func testAnUnknownArnIsRefusedByName() {
        XCTAssertThrowsError(try queries.resolve("s3://lab/never")) { error in
            XCTAssertEqual("\(error)", "ResourceNotFound: No lineage entity, job or artifact has the ARN or URI s3://lab/never.")
        }
    }
}
