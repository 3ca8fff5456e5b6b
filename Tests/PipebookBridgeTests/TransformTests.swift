import Foundation
import XCTest

/// Batch transform of models with an inference script, served as SageMaker's scikit-learn image
/// serves them. The expected outputs in Pipelines/transform/expected were written by
/// Pipelines/transform/generate.py with the image's numpy, scikit-learn and serving toolkit.
final class TransformTests: SagemakerTestCase {
    static let pipeline = """
    import _pipebook_engine
    from sagemaker.sklearn.estimator import SKLearn
    from sagemaker.inputs import TrainingInput
    from sagemaker.model import Model
    from sagemaker.s3 import S3Downloader, S3Uploader
    from sagemaker.sklearn.model import SKLearnModel
    from sagemaker.transformer import Transformer
    from sagemaker.workflow.model_step import ModelStep
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.pipeline_context import PipelineSession
    from sagemaker.workflow.steps import TrainingStep, TransformStep
    from botocore.exceptions import WaiterError

    ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
    session = PipelineSession(default_bucket="workshop")
    S3Uploader.upload("transform/train.csv", "s3://workshop/transform/train")
    S3Uploader.upload("transform/test.csv", "s3://workshop/transform/test")
    estimator = SKLearn(entry_point="train.py", source_dir="transform", framework_version="1.2-1", instance_type="ml.m5.xlarge",
                        role=ROLE, sagemaker_session=session, output_path="s3://workshop/transform/models")
    train = TrainingStep(name="Train", step_args=estimator.fit(inputs={"train": TrainingInput(s3_data="s3://workshop/transform/train")}))

    def serve(name, model, strategy):
        create = ModelStep(name=name + "Model", step_args=model.create(instance_type="ml.m5.large"))
        transformer = Transformer(model_name=create.properties.ModelName, instance_type="ml.m5.xlarge", instance_count=1,
                                  output_path="s3://workshop/transform/" + name, strategy=strategy, assemble_with="Line",
                                  accept="text/csv", sagemaker_session=session)
        return [create, TransformStep(name=name, step_args=transformer.transform(
            data="s3://workshop/transform/test", content_type="text/csv", split_type="Line"))]

    def sklearn_model(name, folder):
        return SKLearnModel(model_data=train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE, entry_point="inference.py",
                            source_dir="transform/" + folder, framework_version="1.2-1", name=name.lower() + "-model",
                            sagemaker_session=session)

    def run(name, *steps):
        pipeline = Pipeline(name=name, steps=[train] + [s for group in steps for s in group], sagemaker_session=session)
        pipeline.upsert(role_arn=ROLE)
        execution = pipeline.start()
        try:
            execution.wait(delay=1, max_attempts=300)
        except WaiterError:
            pass
        return execution

    def report(execution, step):
        status = {s["StepName"]: s for s in execution.list_steps()}[step]
        print(step, status["StepStatus"], "|", status.get("FailureReason"))

    def expected(name):
        with open("transform/expected/" + name + ".out") as f:
            return f.read()

    """

    func testInferenceScriptsServeWithTheImagesDefaultsAndTheirOwnHandlers() throws {
        let output = try run(Self.pipeline + """
        execution = run("Serving", serve("DefaultsMulti", sklearn_model("DefaultsMulti", "defaults"), "MultiRecord"),
                        serve("CustomSingle", sklearn_model("CustomSingle", "custom"), "SingleRecord"),
                        serve("CustomMulti", sklearn_model("CustomMulti", "custom"), "MultiRecord"))
        for name in ("DefaultsMulti", "CustomSingle", "CustomMulti"):
            report(execution, name)
            out = S3Downloader.read_file("s3://workshop/transform/" + name + "/test.csv.out")
            print(name, "matches" if out == expected({"DefaultsMulti": "defaults-multi", "CustomSingle": "custom-single",
                                                      "CustomMulti": "custom-multi"}[name]) else repr(out))
        log = _pipebook_engine.execution_log(execution.arn, "CustomSingle")
        print("model_fn loaded 9 coefficients" in log, "test.csv: 10 records in 10 requests -> test.csv.out" in log)
        print("test.csv: 10 records in 1 requests" in _pipebook_engine.execution_log(execution.arn, "CustomMulti"))
        """)
        XCTAssertTrue(output.contains("DefaultsMulti Succeeded | None\nDefaultsMulti matches\n"), output)
        XCTAssertTrue(output.contains("CustomSingle Succeeded | None\nCustomSingle matches\n"), output)
        XCTAssertTrue(output.contains("CustomMulti Succeeded | None\nCustomMulti matches\n"), output)
        XCTAssertTrue(output.hasSuffix("True True\nTrue\n"), output)
    }

    func testAHandlerThatRaisesFailsTheStepNamingItAndTheRecords() throws {
        let output = try run(Self.pipeline + """
        execution = run("Raising", serve("Raising", sklearn_model("Raising", "raising"), "MultiRecord"))
        report(execution, "Raising")
        log = _pipebook_engine.execution_log(execution.arn, "Raising")
        print("Traceback (most recent call last):" in log, "in check" in log)
        """)
        XCTAssertTrue(output.contains("Raising Failed | AlgorithmError: predict_fn raised ValueError: rings cannot be predicted for 10 rows (inference.py, records 1-10 of test.csv)\n"), output)
        XCTAssertTrue(output.hasSuffix("True True\n"), output)
    }

    /// The image's default input_fn squeezes a one-record request to one dimension, which
    /// scikit-learn's predict refuses: SingleRecord needs an input_fn of one's own.
    func testTheDefaultHandlersRefuseSingleRecordsAsTheImageDoes() throws {
        let output = try run(Self.pipeline + """
        execution = run("DefaultsSingle", serve("DefaultsSingle", sklearn_model("DefaultsSingle", "defaults"), "SingleRecord"))
        report(execution, "DefaultsSingle")
        """)
        XCTAssertTrue(output.contains("DefaultsSingle Failed | AlgorithmError: predict_fn raised ValueError: Expected 2D array, got 1D array instead:"), output)
        XCTAssertTrue(output.contains("(inference.py, records 1-1 of test.csv)\n"), output)
    }

    func testModelsPipebookCannotServeFailWithTheirImage() throws {
        let output = try run(Self.pipeline + """
        torch = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu-py310"
        plain = Model(image_uri=torch, model_data=train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE,
                      name="torch-model", sagemaker_session=session)
        no_defaults = Model(image_uri=torch, model_data=train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE,
                            entry_point="inference.py", source_dir="transform/defaults", name="torch-script",
                            sagemaker_session=session)
        report(run("Torch", serve("Torch", plain, "MultiRecord")), "Torch")
        report(run("TorchScript", serve("TorchScript", no_defaults, "MultiRecord")), "TorchScript")
        """)
        XCTAssertTrue(output.contains("Torch Failed | ClientError: Pipebook runs batch transforms of built-in XGBoost models and of models with an inference script (an entry_point); "), output)
        XCTAssertTrue(output.contains("uses 763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu-py310 without one.\n"), output)
        XCTAssertTrue(output.contains("TorchScript Failed | ClientError: Pipebook serves inference scripts in the scikit-learn and XGBoost framework images; "), output)
    }
}
