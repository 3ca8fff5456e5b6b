import Foundation
import PipebookEngine
import XCTest

/// `pipeline.start()` and what follows, run through the interpreter as a workshop runs it:
/// scheduling, conditions, Fail, Lambda, parameters, Processing, built-in XGBoost, script-mode
/// training, models, Transform, callbacks, caching and failures with their reasons.
final class ExecutionTests: XCTestCase {
    var harness: SagemakerHarness!

    override func setUp() { harness = SagemakerHarness() }
    override func tearDown() {
        RunningExecutions.shared.waitForAll()
        harness.close()
    }

    /// Runs a program; on an exception, fails with what it printed before.
    func run(_ source: String) throws -> String {
        do {
            return try harness.run(source)
        } catch {
            XCTFail("\(error)\n\(harness.output)")
            throw error
        }
    }

    let lambdaPipeline = """
    from sagemaker.lambda_helper import Lambda
    from sagemaker.workflow.condition_step import ConditionStep
    from sagemaker.workflow.conditions import ConditionGreaterThan
    from sagemaker.workflow.execution_variables import ExecutionVariables
    from sagemaker.workflow.fail_step import FailStep
    from sagemaker.workflow.functions import Join
    from sagemaker.workflow.lambda_step import LambdaOutput, LambdaOutputTypeEnum, LambdaStep
    from sagemaker.workflow.parameters import ParameterInteger
    from sagemaker.workflow.pipeline import Pipeline
    from botocore.exceptions import ClientError, WaiterError

    x = ParameterInteger(name="X", default_value=3)
    double = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:double",
                    script="steps/handlers.py", handler="handlers.double")
    outputs = [LambdaOutput(output_name="value", output_type=LambdaOutputTypeEnum.Integer),
               LambdaOutput(output_name="label")]
    a = LambdaStep(name="A", lambda_func=double, inputs={"x": x, "run": ExecutionVariables.PIPELINE_EXECUTION_ID}, outputs=outputs)
    b = LambdaStep(name="B", lambda_func=double, inputs={"x": a.properties.Outputs["value"]}, outputs=outputs)
    fail = FailStep(name="TooSmall", error_message=Join(on=" ", values=["value too small:", a.properties.Outputs["value"]]))
    cond = ConditionStep(name="Big", conditions=[ConditionGreaterThan(left=a.properties.Outputs["value"], right=5)],
                         if_steps=[b], else_steps=[fail])
    pipeline = Pipeline(name="Doubling", parameters=[x], steps=[a, cond])
    pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")

    def brief(execution):
        return [(s["StepName"], s["StepStatus"], s.get("FailureReason"), s["Metadata"]) for s in execution.list_steps()]

    """

    func testConditionRunsOneBranchAndLambdaOutputsFlow() throws {
        let output = try run(lambdaPipeline + """
        execution = pipeline.start()
        execution.wait(delay=1, max_attempts=60)
        for row in brief(execution):
            print(row)
        d = execution.describe()
        print(d["PipelineExecutionStatus"], type(d["CreationTime"]).__name__, d["PipelineExecutionArn"] == execution.arn)
        print(execution.list_parameters())
        """)
        let lines = output.split(separator: "\n").map(String.init)
        let steps = lines.filter { $0.hasPrefix("(") }
        XCTAssertEqual(steps.count, 3, output)
        XCTAssertTrue(steps[0].hasPrefix("('B', 'Succeeded', None, {'Lambda': {'Arn': 'arn:aws:lambda:us-east-1:000000000000:function:double', 'OutputParameters': [{'Name': 'value', 'Value': '12'}, {'Name': 'label', 'Value': 'x=6'}]}})"), steps[0])
        XCTAssertEqual(steps[1], "('Big', 'Succeeded', None, {'Condition': {'Outcome': 'True'}})")
        XCTAssertTrue(steps[2].hasPrefix("('A', 'Succeeded', None,"), steps[2])
        XCTAssertTrue(output.contains("Succeeded datetime True\n"), output)
        XCTAssertTrue(output.contains("{'PipelineParameters': [{'Name': 'X', 'Value': '3'}]}"), output)
        // wait() printed the transitions as they happened.
        XCTAssertTrue(lines.contains { $0.contains("A") && $0.contains("Executing") }, output)
        XCTAssertTrue(lines.contains { $0.contains("(execution)") && $0.hasSuffix("Succeeded") }, output)
    }

    func testFailStepFailsTheExecutionWithItsMessage() throws {
        let output = try run(lambdaPipeline + """
        execution = pipeline.start(parameters={"X": 1}, execution_display_name="small")
        try:
            execution.wait(delay=1, max_attempts=60)
        except WaiterError as error:
            print("WaiterError:", error)
        for row in brief(execution):
            print(row)
        d = execution.describe()
        print(d["PipelineExecutionStatus"], "|", d["FailureReason"], "|", d["PipelineExecutionDisplayName"])
        """)
        XCTAssertTrue(output.contains("WaiterError: Waiter PipelineExecutionComplete failed: Waiter encountered a terminal failure state: For expression \"PipelineExecutionStatus\" we matched expected path: \"Failed\"\n"), output)
        XCTAssertTrue(output.contains("('TooSmall', 'Failed', 'value too small: 2', {'Fail': {'ErrorMessage': 'value too small: 2'}})"), output)
        XCTAssertTrue(output.contains("('Big', 'Succeeded', None, {'Condition': {'Outcome': 'False'}})"), output)
        XCTAssertFalse(output.contains("('B',"), output)
        XCTAssertTrue(output.contains("Failed | value too small: 2 | small\n"), output)
    }

    func testStartChecksParametersAndCreatesNothingWhenRefused() throws {
        let output = try run(lambdaPipeline + """
        for parameters in [{"Nope": 1}, {"X": "three"}, {"X": 1.5}]:
            try:
                pipeline.start(parameters=parameters)
            except ClientError as error:
                print(error)
        print(len(pipeline.list_executions()["PipelineExecutionSummaries"]))
        """)
        XCTAssertEqual(output, """
        An error occurred (ValidationException) when calling the StartPipelineExecution operation: Parameter 'Nope' is not defined in the pipeline definition.
        An error occurred (ValidationException) when calling the StartPipelineExecution operation: Parameter 'X' has value 'three', which is not of type Integer.
        An error occurred (ValidationException) when calling the StartPipelineExecution operation: Parameter 'X' has value '1.5', which is not of type Integer.
        0

        """)
    }

    /// A workshop's shape on a small sample of abalone: processing with a local script, the
    /// built-in XGBoost, an evaluation with a PropertyFile, a condition, a model and a transform.
    let xgboostPipeline = """
    from sagemaker import image_uris
    from sagemaker.estimator import Estimator
    from sagemaker.inputs import TrainingInput, TransformInput
    from sagemaker.model import Model
    from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
    from sagemaker.s3 import S3Uploader
    from sagemaker.transformer import Transformer
    from sagemaker.workflow.condition_step import ConditionStep
    from sagemaker.workflow.conditions import ConditionGreaterThan
    from sagemaker.workflow.functions import JsonGet
    from sagemaker.workflow.model_step import ModelStep
    from sagemaker.workflow.parameters import ParameterString
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.pipeline_context import PipelineSession
    from sagemaker.workflow.properties import PropertyFile
    from sagemaker.workflow.steps import CacheConfig, ProcessingStep, TrainingStep, TransformStep
    from botocore.exceptions import WaiterError

    ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
    session = PipelineSession(default_bucket="workshop")
    S3Uploader.upload("steps/abalone-sample.csv", "s3://workshop/abalone")
    data = ParameterString(name="InputData", default_value="s3://workshop/abalone/abalone-sample.csv")
    rounds = ParameterString(name="Rounds", default_value="20")
    image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
    cache = CacheConfig(enable_caching=True, expire_after="PT1H")

    processor = ScriptProcessor(image_uri=image, command=["python3"], instance_type="ml.m5.xlarge", instance_count=1,
                                role=ROLE, sagemaker_session=session, env={"SPLIT_MODE": "head"})
    step_process = ProcessingStep(name="Split", cache_config=cache, step_args=processor.run(
        inputs=[ProcessingInput(source=data, destination="/opt/ml/processing/input")],
        outputs=[ProcessingOutput(output_name=n, source="/opt/ml/processing/" + n) for n in ("train", "validation", "test")],
        code="steps/split.py", arguments=["--train-fraction", "0.8"]))
    outputs = step_process.properties.ProcessingOutputConfig.Outputs

    estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                          output_path="s3://workshop/models", sagemaker_session=session)
    estimator.set_hyperparameters(objective="reg:squarederror", num_round=rounds, max_depth=4, eta=0.3)
    step_train = TrainingStep(name="Train", cache_config=cache, step_args=estimator.fit(inputs={
        "train": TrainingInput(s3_data=outputs["train"].S3Output.S3Uri, content_type="text/csv"),
        "validation": TrainingInput(s3_data=outputs["validation"].S3Output.S3Uri, content_type="text/csv")}))

    report = PropertyFile(name="Report", output_name="evaluation", path="evaluation.json")
    step_eval = ProcessingStep(name="Evaluate", property_files=[report], step_args=processor.run(
        inputs=[ProcessingInput(source=outputs["validation"].S3Output.S3Uri, destination="/opt/ml/processing/validation")],
        outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
        code="steps/evaluate.py"))

    model = Model(image_uri=image, model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
                  sagemaker_session=session, role=ROLE)
    step_model = ModelStep(name="CreateModel", step_args=model.create(instance_type="ml.m5.large"))
    transformer = Transformer(model_name=step_model.properties.ModelName, instance_type="ml.m5.xlarge", instance_count=1,
                              output_path="s3://workshop/predictions", sagemaker_session=session)
    step_transform = TransformStep(name="Predict", step_args=transformer.transform(
        data=outputs["test"].S3Output.S3Uri, content_type="text/csv", split_type="Line"))
    cond = ConditionStep(name="GoodEnough", conditions=[ConditionGreaterThan(
        left=JsonGet(step_name=step_eval.name, property_file=report, json_path="regression_metrics.mean.value"), right=1.0)],
        if_steps=[step_model, step_transform], else_steps=[])
    pipeline = Pipeline(name="AbaloneSample", parameters=[data, rounds], steps=[step_process, step_train, step_eval, cond],
                        sagemaker_session=session)
    pipeline.upsert(role_arn=ROLE)

    def run(**kwargs):
        execution = pipeline.start(**kwargs)
        try:
            execution.wait(delay=1, max_attempts=300)
        except WaiterError as error:
            print("WaiterError:", error)
        return execution

    def by_name(execution):
        return {s["StepName"]: s for s in execution.list_steps()}

    """

    func testProcessingTrainingEvaluationModelAndTransform() throws {
        let output = try run(xgboostPipeline + """
        execution = run()
        steps = by_name(execution)
        for name in ["Split", "Train", "Evaluate", "GoodEnough", "CreateModel-CreateModel", "Predict"]:
            print(name, steps[name]["StepStatus"], steps[name].get("FailureReason"))
        print(sorted(steps["Train"]["Metadata"]))
        from sagemaker.s3 import S3Downloader
        predictions = S3Downloader.read_file("s3://workshop/predictions/test.csv.out").splitlines()
        print(len(predictions), all(1.0 < float(p) < 30.0 for p in predictions))
        execution_id = execution.arn.split("/")[-1]
        print(sorted(S3Downloader.list("s3://workshop/AbaloneSample/" + execution_id + "/Split/output")))
        """)
        XCTAssertTrue(output.contains("Split Succeeded None\nTrain Succeeded None\nEvaluate Succeeded None\nGoodEnough Succeeded None\nCreateModel-CreateModel Succeeded None\nPredict Succeeded None\n"), output)
        XCTAssertTrue(output.contains("['TrainingJob']"), output)
        XCTAssertTrue(output.contains("120 True\n"), output)
        XCTAssertTrue(output.contains("/Split/output/test/test.csv', 's3://workshop/AbaloneSample/"), output)
    }
}
