import Foundation
import XCTest

/// `pipebook lineage` over the lineage a pipeline run recorded.
final class LineageCommandTests: XCTestCase {
    let program = """
    import os
    from sagemaker import image_uris
    from sagemaker.estimator import Estimator
    from sagemaker.inputs import TrainingInput
    from sagemaker.model import Model
    from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
    from sagemaker.s3 import S3Uploader
    from sagemaker.workflow.model_step import ModelStep
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.pipeline_context import PipelineSession
    from sagemaker.workflow.steps import ProcessingStep, TrainingStep

    ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
    with open("prep.py", "w") as f:
        f.write("import os\\nos.makedirs('/opt/ml/processing/train', exist_ok=True)\\n"
                "with open('/opt/ml/processing/train/train.csv', 'w') as out:\\n"
                "    out.write(''.join('%d,%f\\\\n' % (i % 5, i / 10) for i in range(20)))\\n")
    with open("data.csv", "w") as f:
        f.write("1,2\\n")
    S3Uploader.upload("data.csv", "s3://lab/raw")
    session = PipelineSession(default_bucket="lab")
    image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
    processor = ScriptProcessor(image_uri=image, command=["python3"], instance_type="ml.m5.xlarge", instance_count=1,
                                role=ROLE, sagemaker_session=session)
    prep = ProcessingStep(name="Prep", step_args=processor.run(
        inputs=[ProcessingInput(source="s3://lab/raw/data.csv", destination="/opt/ml/processing/input")],
        outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train", destination="s3://lab/prep/train")],
        code="prep.py"))
    estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                          output_path="s3://lab/models", sagemaker_session=session, hyperparameters={"num_round": 2})
    train = TrainingStep(name="Train", step_args=estimator.fit(inputs={"train": TrainingInput(
        s3_data=prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri, content_type="text/csv")}))
    model = Model(image_uri=image, model_data=train.properties.ModelArtifacts.S3ModelArtifacts, sagemaker_session=session, role=ROLE)
    register = ModelStep(name="Register", step_args=model.register(
        content_types=["text/csv"], response_types=["text/csv"], inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"], model_package_group_name="Grp"))
    pipeline = Pipeline(name="Lin", steps=[prep, train, register], sagemaker_session=session)
    pipeline.upsert(role_arn=ROLE)
    execution = pipeline.start()
    execution.wait(delay=1, max_attempts=120)
    print(execution.describe()["PipelineExecutionStatus"], execution.arn)
    """

    func testLineageOfAModelPackageAndOfADataSet() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRunner.run(["-c", program], in: folder)
        // wait() prints each transition; the program's own line comes last.
        let last = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(last.hasPrefix("Succeeded arn:"), run.stdout + run.stderr)
        let executionArn = String(last.dropFirst("Succeeded ".count))
        let image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

        let up = try CommandRunner.run(["lineage", "arn:aws:sagemaker:us-east-1:000000000000:model-package/grp/1"], in: folder)
        XCTAssertEqual(up.status, 0, up.stderr)
        let lines = up.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines.prefix(3)), ["What produced arn:aws:sagemaker:us-east-1:000000000000:model-package/grp/1:", "",
                                                "ModelPackage  arn:aws:sagemaker:us-east-1:000000000000:model-package/grp/1"])
        XCTAssertTrue(lines[3].hasPrefix("├─ ContributedTo ← Approval  PendingManualApproval  "), up.stdout)
        XCTAssertEqual(lines[4], "├─ ContributedTo ← Image  \(image)")
        XCTAssertTrue(lines[5].hasPrefix("└─ ContributedTo ← Model  s3://lab/models/pipelines-"), up.stdout)
        XCTAssertTrue(lines[6].hasPrefix("   └─ Produced ← TrainingJob  pipelines-") && lines[6].hasSuffix("  in \(executionArn)"), up.stdout)
        XCTAssertTrue(up.stdout.contains("            ├─ ContributedTo ← DataSet  s3://lab/raw/data.csv  sha256:"), up.stdout)
        XCTAssertTrue(up.stdout.contains("\nData sets:\n  s3://lab/prep/train  sha256:"), up.stdout)
        XCTAssertTrue(up.stdout.contains("\nCode:\n  s3://lab/Lin/code/"), up.stdout)
        XCTAssertTrue(up.stdout.contains("/prep.py\nImages:\n  \(image)\nJobs:\n"), up.stdout)
        XCTAssertTrue(up.stdout.contains("(num_round=2)\n"), up.stdout)
        XCTAssertTrue(up.stdout.hasSuffix("Executions:\n  \(executionArn)\n\n"), up.stdout)

        let down = try CommandRunner.run(["lineage", "s3://lab/raw/data.csv"], in: folder)
        XCTAssertEqual(down.status, 0, down.stderr)
        XCTAssertTrue(down.stdout.hasPrefix("What was produced from s3://lab/raw/data.csv:\n\nDataSet  s3://lab/raw/data.csv  sha256:"), down.stdout)
        XCTAssertTrue(down.stdout.contains("\nData sets produced:\n  s3://lab/prep/train  sha256:"), down.stdout)
        XCTAssertTrue(down.stdout.contains("\nModel packages:\n  arn:aws:sagemaker:us-east-1:000000000000:model-package/grp/1\n"), down.stdout)

        let missing = try CommandRunner.run(["lineage", "s3://lab/never.csv"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "pipebook: ResourceNotFound: No lineage entity, job or artifact has the ARN or URI s3://lab/never.csv.\n")
        XCTAssertEqual(try CommandRunner.run(["lineage"], in: folder).status, 2)
    }
}
