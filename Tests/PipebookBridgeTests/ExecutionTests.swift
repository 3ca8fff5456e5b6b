import Foundation
import PipebookEngine
import XCTest

/// `pipeline.start()` and what follows, run through the interpreter as a workshop runs it:
/// scheduling, conditions, Fail, Lambda, parameters, Processing, built-in XGBoost, script-mode
/// training, models, Transform, callbacks, caching and failures with their reasons.
final class ExecutionTests: SagemakerTestCase {
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
        XCTAssertTrue(output.contains("{'PipelineParameters': [{'Name': 'X', 'Value': '3'}], 'ResponseMetadata': {"), output)
        // wait() printed the transitions as they happened.
        XCTAssertTrue(lines.contains { $0.contains("A") && $0.contains("Executing") }, output)
        XCTAssertTrue(lines.contains { $0.contains("(execution)") && $0.hasSuffix("Succeeded") }, output)
    }

    /// A step name as long as the name column (ModelStep's "...-RegisterModel" often is) stays
    /// apart from its status in wait()'s lines.
    func testWaitSeparatesALongStepNameFromItsStatus() throws {
        let output = try run(lambdaPipeline + """
        long = LambdaStep(name="AbaloneRegisterModel-Register", lambda_func=double, inputs={"x": x}, outputs=outputs)
        p = Pipeline(name="LongNames", parameters=[x], steps=[long])
        p.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        p.start().wait(delay=1, max_attempts=60)
        """)
        XCTAssertTrue(output.contains("AbaloneRegisterModel-Register Executing"), output)
        XCTAssertTrue(output.contains("  (execution)                 Succeeded"), output)  // shorter names: as before
    }

    func testALambdaCreatedFromCodeRunsItsHandler() throws {
        let output = try run(lambdaPipeline + """
        created = Lambda(function_name="double-from-code", execution_role_arn="arn:aws:iam::000000000000:role/LambdaRole",
                         script="steps/handlers.py", handler="handlers.double")
        step = LambdaStep(name="Created", lambda_func=created, inputs={"x": x}, outputs=outputs)
        p = Pipeline(name="CreatedLambda", parameters=[x], steps=[step])
        p.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        print(created.function_arn)
        execution = p.start(parameters={"X": 21})
        execution.wait(delay=1, max_attempts=60)
        print(brief(execution))
        try:
            Lambda(function_name="no-role", script="steps/handlers.py", handler="handlers.double")
        except ValueError as error:
            print(error)
        """)
        XCTAssertTrue(output.contains("arn:aws:lambda:us-east-1:000000000000:function:double-from-code\n"), output)
        XCTAssertTrue(output.contains("[('Created', 'Succeeded', None, {'Lambda': {'Arn': 'arn:aws:lambda:us-east-1:000000000000:function:double-from-code', "
                                      + "'OutputParameters': [{'Name': 'value', 'Value': '42'}, {'Name': 'label', 'Value': 'x=21'}]}})]"), output)
        XCTAssertTrue(output.hasSuffix("execution_role_arn must be provided.\n"), output)
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

    /// In a notebook the execution shows as its graph: a box per step, coloured by status.
    func testExecutionDrawsItsGraphAsSVGForNotebooks() throws {
        let output = try run(lambdaPipeline + """
        execution = pipeline.start(parameters={"X": 1})
        try:
            execution.wait(delay=1, max_attempts=60)
        except WaiterError:
            pass
        print(execution._repr_svg_())
        """)
        XCTAssertTrue(output.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && output.hasSuffix("</svg>\n\n"), output)
        XCTAssertTrue(output.contains(">TooSmall</text>\n<text x=") && output.contains(">Failed</text>"), output)
        XCTAssertTrue(output.contains("fill=\"#f4b6b6\""), "the failed step is red: \(output)")
        XCTAssertTrue(output.contains("fill=\"#b7e4c7\""), "the succeeded condition is green: \(output)")
        XCTAssertTrue(output.contains(">Not run</text>"), "the branch not taken is shown, grey: \(output)")
        XCTAssertTrue(output.contains("marker-end=\"url(#arrow)\""), output)
    }

    func testSelectiveExecutionRunsOnlyTheSelectedStepsWithTheSourcesOutputs() throws {
        let output = try run(lambdaPipeline + """
        from sagemaker.workflow.selective_execution_config import SelectiveExecutionConfig
        source = pipeline.start(parameters={"X": 4})
        source.wait(delay=1, max_attempts=60)
        again = pipeline.start(parameters={"X": 4}, selective_execution_config=SelectiveExecutionConfig(selected_steps=["B"]))
        again.wait(delay=1, max_attempts=60)
        print([(s["StepName"], s["StepStatus"], s["Metadata"]["Lambda"]["OutputParameters"][0]["Value"]) for s in again.list_steps()])
        print(again.describe()["SelectiveExecutionConfig"]["SourcePipelineExecutionArn"] == source.arn)
        """)
        XCTAssertTrue(output.contains("[('B', 'Succeeded', '16')]\nTrue\n"), output)
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
    static let xgboostPipeline = """
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
        let output = try run(Self.xgboostPipeline + """
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

    func testCacheHitsReuseTheSourceAndChangedDataIsAMiss() throws {
        let output = try run(Self.xgboostPipeline + """
        first = run()
        second = run()
        for name in ["Split", "Train", "Evaluate"]:
            step = by_name(second)[name]
            print(name, step.get("CacheHitResult", {}).get("SourcePipelineExecutionArn") == first.arn)
        S3Uploader.upload_string_as_file_body("1.0,1,0,0,0.5,0.4,0.1,0.5,0.2,0.1,0.15\\n" * 50, "s3://workshop/abalone/abalone-sample.csv")
        third = run()
        print("after new data:", "CacheHitResult" in by_name(third)["Split"])
        """)
        XCTAssertTrue(output.contains("Split True\nTrain True\nEvaluate False\n"), output)
        XCTAssertTrue(output.contains("cache hit from"), output)
        XCTAssertTrue(output.contains("after new data: False\n"), output)
    }

    func testBadInputFailsTheStepWithAClearReason() throws {
        let output = try run(Self.xgboostPipeline + """
        from sagemaker.workflow.pipeline import Pipeline
        from sagemaker.workflow.pipeline_execution import _PipelineExecution
        boom = ProcessingStep(name="Boom", step_args=processor.run(code="steps/boom.py"))
        missing = ProcessingStep(name="Missing", step_args=processor.run(
            inputs=[ProcessingInput(source="s3://workshop/nothing/here", destination="/opt/ml/processing/input")],
            code="steps/split.py"))
        S3Uploader.upload_string_as_file_body("1,2,3\\n4,5,x\\n", "s3://workshop/bad/train.csv")
        S3Uploader.upload_string_as_file_body("not a tarball", "s3://workshop/bad/model.tar.gz")
        bad_csv = TrainingStep(name="BadCSV", step_args=estimator.fit(inputs={"train": TrainingInput(s3_data="s3://workshop/bad/train.csv")}))
        nan_estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                                  output_path="s3://workshop/models", sagemaker_session=session)
        nan_estimator.set_hyperparameters(num_round="many")
        bad_hp = TrainingStep(name="BadHyperparameter", step_args=nan_estimator.fit(inputs={"train": TrainingInput(s3_data="s3://workshop/bad/train.csv")}))
        bad_model = Model(image_uri=image, model_data="s3://workshop/bad/model.tar.gz", sagemaker_session=session, role=ROLE, name="bad-model")
        make_bad = ModelStep(name="BadModel", step_args=bad_model.create(instance_type="ml.m5.large"))
        predict_bad = TransformStep(name="PredictBad", step_args=Transformer(model_name=make_bad.properties.ModelName,
            instance_type="ml.m5.xlarge", instance_count=1, output_path="s3://workshop/out", sagemaker_session=session).transform(
            data="s3://workshop/bad/train.csv", content_type="text/csv"))
        broken = Pipeline(name="Broken", parameters=[rounds], steps=[boom, missing, bad_csv, bad_hp], sagemaker_session=session)
        broken.upsert(role_arn=ROLE)
        # CreateModel does not open the artifact; the transform does.
        bad_artifact = Pipeline(name="BadArtifact", steps=[make_bad, predict_bad], sagemaker_session=session)
        bad_artifact.upsert(role_arn=ROLE)
        try:
            bad_artifact.start().wait(delay=1, max_attempts=60)
        except WaiterError:
            pass
        print("PredictBad |", bad_artifact.list_executions()["PipelineExecutionSummaries"][0]["PipelineExecutionStatus"],
              [s.get("FailureReason") for s in _PipelineExecution(bad_artifact.list_executions()["PipelineExecutionSummaries"][0]["PipelineExecutionArn"]).list_steps() if s["StepName"] == "PredictBad"])
        from sagemaker.workflow.parallelism_config import ParallelismConfiguration
        # After a failure no new step starts, so all six start at once.
        execution = broken.start(parallelism_config=ParallelismConfiguration(6))
        try:
            execution.wait(delay=1, max_attempts=120)
        except WaiterError:
            pass
        for step in sorted(execution.list_steps(), key=lambda s: s["StepName"]):
            print(step["StepName"], step["StepStatus"], "|", step.get("FailureReason"))
        print(execution.describe()["FailureReason"])
        """)
        XCTAssertTrue(output.contains("Boom Failed | AlgorithmError: ValueError: boom: bad input, exit code: 1\n"), output)
        XCTAssertTrue(output.contains("Missing Failed | ClientError: No S3 objects found under S3 URL \"s3://workshop/nothing/here\""), output)
        XCTAssertTrue(output.contains("BadCSV Failed | ClientError: Channel 'train', file train.csv: Unable to parse CSV row 2: column 3 'x' is not a number\n"), output)
        XCTAssertTrue(output.contains("BadHyperparameter Failed | ClientError: Hyperparameter num_round: value 'many' is not a number\n"), output)
        XCTAssertTrue(output.contains("PredictBad | Failed ['ClientError: The model artifact s3://workshop/bad/model.tar.gz is not a tar.gz file: not a tar archive"), output)
        XCTAssertTrue(output.contains("Step failure: One or multiple steps failed.\n"), output)
    }

    func testAScriptsTracebackIsInItsLog() throws {
        let output = try run(Self.xgboostPipeline + """
        import _pipebook_engine
        boom = ProcessingStep(name="Boom", step_args=processor.run(code="steps/boom.py"))
        p = Pipeline(name="Boom", steps=[boom], sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        try:
            execution.wait(delay=1, max_attempts=60)
        except WaiterError:
            pass
        print(_pipebook_engine.execution_log(execution.arn, "Boom"))
        """)
        XCTAssertTrue(output.contains("Traceback (most recent call last):\n"), output)
        XCTAssertTrue(output.contains("line 3, in check\n"), output)
        XCTAssertTrue(output.contains("ValueError: boom: bad input\n"), output)
    }

    func testScriptModeTrainingGetsItsChannelsAndHyperparameters() throws {
        let output = try run(Self.xgboostPipeline + """
        from sagemaker.sklearn.estimator import SKLearn
        from sagemaker.s3 import S3Downloader
        sk = SKLearn(entry_point="train.py", source_dir="steps", framework_version="1.2-1", instance_type="ml.m5.xlarge",
                     role=ROLE, sagemaker_session=session, hyperparameters={"epochs": 3}, output_path="s3://workshop/sk")
        step = TrainingStep(name="ScriptTrain", step_args=sk.fit(inputs={"train": TrainingInput(s3_data="s3://workshop/abalone")}))
        p = Pipeline(name="ScriptMode", steps=[step], sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        execution.wait(delay=1, max_attempts=60)
        job = by_name(execution)["ScriptTrain"]["Metadata"]["TrainingJob"]["Arn"].split("/")[-1]
        print([k for k in S3Downloader.list("s3://workshop/sk") if k.endswith("model.tar.gz")] != [])
        """)
        XCTAssertTrue(output.contains("ScriptTrain                 Succeeded"), output)
        XCTAssertTrue(output.hasSuffix("True\n"), output)
    }

    func testModelsWithAnEntryPointAreRepackedWithTheirCode() throws {
        let output = try run(Self.xgboostPipeline + """
        import shutil, tarfile, tempfile
        from sagemaker.s3 import S3Downloader
        from sagemaker.xgboost.model import XGBoostModel
        plain = Model(image_uri=image, model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE,
                      entry_point="inference.py", source_dir="serve", name="plain-model", sagemaker_session=session)
        step_plain = ModelStep(name="Plain", step_args=plain.create(instance_type="ml.m5.large"))
        xgb = XGBoostModel(model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts, role=ROLE,
                           entry_point="serve/inference.py", dependencies=["serve/helpers.py"], framework_version="1.7-1",
                           name="xgb-model", enable_network_isolation=True, sagemaker_session=session)
        step_xgb = ModelStep(name="Reg", step_args=xgb.register(content_types=["text/csv"], response_types=["text/csv"],
                                                                 model_package_group_name="Repacked"))
        p = Pipeline(name="Repacking", parameters=[data, rounds], steps=[step_process, step_train, step_plain, step_xgb],
                     sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        execution.wait(delay=1, max_attempts=120)
        print(sorted((s["StepName"], s["StepStatus"]) for s in execution.list_steps()))
        folder = tempfile.mkdtemp()
        for prefix in ("s3://workshop/plain-model", "s3://workshop/xgb-model"):
            key = [k for k in S3Downloader.list(prefix) if k.endswith("model.tar.gz")][0]
            local = S3Downloader.download(key, folder + "/" + prefix.split("/")[-1])[0]
            print(prefix.split("/")[-1], sorted(tarfile.open(local).getnames()))
        shutil.rmtree(folder)
        """)
        XCTAssertTrue(output.contains("[('Plain-CreateModel', 'Succeeded'), ('Plain-RepackModel-plain-model', 'Succeeded'), "
                                      + "('Reg-RegisterModel', 'Succeeded'), ('Reg-RepackModel-xgb-model', 'Succeeded'), "
                                      + "('Split', 'Succeeded'), ('Train', 'Succeeded')]"), output)
        XCTAssertTrue(output.contains("plain-model ['code', 'code/helpers.py', 'code/inference.py', 'xgboost-model']")
                      || output.contains("plain-model ['code/helpers.py', 'code/inference.py', 'xgboost-model']"), output)
        XCTAssertTrue(output.contains("xgb-model ['code', 'code/inference.py', 'code/lib', 'code/lib/helpers.py', 'code/lib/inference.py', 'xgboost-model']")
                      || output.contains("xgb-model ['code/inference.py', 'code/lib/helpers.py', 'code/lib/inference.py', 'xgboost-model']"), output)
    }

    func testCallbackWaitsForItsTokenAndStopStopsIt() throws {
        let output = try run(lambdaPipeline + """
        import time
        import boto3
        from sagemaker.workflow.callback_step import CallbackOutput, CallbackOutputTypeEnum, CallbackStep
        approve = CallbackStep(name="Approve", sqs_queue_url="https://sqs.us-east-1.amazonaws.com/000000000000/q",
                               inputs={"x": x}, outputs=[CallbackOutput(output_name="ok", output_type=CallbackOutputTypeEnum.Boolean)])
        after = LambdaStep(name="After", lambda_func=double, inputs={"x": x}, outputs=outputs, depends_on=[approve])
        p = Pipeline(name="Approval", parameters=[x], steps=[approve, after])
        p.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")

        def token_of(execution):
            while True:
                for step in execution.list_steps():
                    if step["StepName"] == "Approve" and "Callback" in step["Metadata"]:
                        return step["Metadata"]["Callback"]["CallbackToken"]
                time.sleep(0.05)

        execution = p.start()
        token = token_of(execution)
        print(by_name_status := [s["StepStatus"] for s in execution.list_steps()])
        boto3.client("sagemaker").send_pipeline_execution_step_success(CallbackToken=token, OutputParameters=[{"Name": "ok", "Value": "true"}])
        execution.wait(delay=1, max_attempts=60)
        print([(s["StepName"], s["StepStatus"]) for s in execution.list_steps()])

        stopped = p.start()
        token_of(stopped)
        stopped.stop()
        try:
            stopped.wait(delay=1, max_attempts=60)
        except WaiterError as error:
            print(error)
        print([(s["StepName"], s["StepStatus"]) for s in stopped.list_steps()], stopped.describe()["PipelineExecutionStatus"])
        """)
        XCTAssertTrue(output.contains("['Executing']\n"), output)
        XCTAssertTrue(output.contains("[('After', 'Succeeded'), ('Approve', 'Succeeded')]\n"), output)
        XCTAssertTrue(output.contains("we matched expected path: \"Stopped\"\n"), output)
        XCTAssertTrue(output.contains("[('Approve', 'Stopped')] Stopped\n"), output)
        XCTAssertTrue(output.contains("Approve                     Stopping\n"), output)
    }

    func testRetryRunsTheFailedStepsAndKeepsTheSucceededOnes() throws {
        let output = try run(lambdaPipeline + """
        import boto3
        from sagemaker.workflow.callback_step import CallbackOutput, CallbackStep
        approve = CallbackStep(name="Approve", sqs_queue_url="https://sqs.us-east-1.amazonaws.com/000000000000/q",
                               inputs={"x": a.properties.Outputs["value"]}, outputs=[CallbackOutput(output_name="note")])
        p = Pipeline(name="Retrying", parameters=[x], steps=[a, approve])
        p.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        client = boto3.client("sagemaker")

        def answer(execution, success):
            while True:
                for step in execution.list_steps():
                    if step["StepName"] == "Approve" and step["StepStatus"] == "Executing" and "Callback" in step["Metadata"]:
                        token = step["Metadata"]["Callback"]["CallbackToken"]
                        if success:
                            client.send_pipeline_execution_step_success(CallbackToken=token, OutputParameters=[{"Name": "note", "Value": "fine"}])
                        else:
                            client.send_pipeline_execution_step_failure(CallbackToken=token, FailureReason="not approved")
                        return

        execution = p.start()
        answer(execution, False)
        try:
            execution.wait(delay=1, max_attempts=60)
        except WaiterError:
            pass
        first_a = by_name_a = [s for s in execution.list_steps() if s["StepName"] == "A"][0]
        print([(s["StepName"], s["StepStatus"], s.get("FailureReason")) for s in execution.list_steps()])
        execution.retry()
        answer(execution, True)
        execution.wait(delay=1, max_attempts=60)
        steps = execution.list_steps()
        print([(s["StepName"], s["StepStatus"]) for s in steps])
        print("A kept:", [s for s in steps if s["StepName"] == "A"][0]["StartTime"] == first_a["StartTime"])
        """)
        XCTAssertTrue(output.contains("[('Approve', 'Failed', 'not approved'), ('A', 'Succeeded', None)]\n"), output)
        XCTAssertTrue(output.contains("[('Approve', 'Succeeded'), ('A', 'Succeeded')]\n"), output)
        XCTAssertTrue(output.contains("A kept: True\n"), output)
        // The second wait() goes on from where the first stopped: A's run is not printed again.
        let startsOfA = output.split(separator: "\n").filter { $0.contains("  A ") && $0.contains("Starting") }
        XCTAssertEqual(startsOfA.count, 1, output)
    }

    func testStepScriptsUnpackTheModelWithTarfileAndUseGzip() throws {
        let output = try run(Self.xgboostPipeline + """
        import _pipebook_engine
        unpack = ProcessingStep(name="Unpack", step_args=processor.run(
            inputs=[ProcessingInput(source=step_train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model")],
            outputs=[ProcessingOutput(output_name="out", source="/opt/ml/processing/out")], code="steps/unpack.py"))
        p = Pipeline(name="Unpacking", parameters=[data, rounds], steps=[step_process, step_train, unpack], sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        execution.wait(delay=1, max_attempts=120)
        print(_pipebook_engine.execution_log(execution.arn, "Unpack"))
        import gzip
        print(gzip.decompress(gzip.compress(b"abc" * 3)))
        """)
        XCTAssertTrue(output.contains("members ['xgboost-model']\ntrees 20\ngzip {'ok': True}\npacked ['model/xgboost-model']\n"), output)
        XCTAssertTrue(output.hasSuffix("b'abcabcabc'\n"), output)
    }

    func testTuningRunsItsJobsAndRanksThemByTheObjective() throws {
        let output = try run(Self.xgboostPipeline + """
        from sagemaker.tuner import CategoricalParameter, ContinuousParameter, HyperparameterTuner, IntegerParameter
        from sagemaker.workflow.steps import TuningStep
        tuner = HyperparameterTuner(estimator, objective_metric_name="validation:rmse", objective_type="Minimize",
                                    hyperparameter_ranges={"max_depth": IntegerParameter(2, 3), "booster": CategoricalParameter(["gbtree", "dart"])},
                                    strategy="Grid", max_jobs=4, max_parallel_jobs=2)
        tune = TuningStep(name="Tune", step_args=tuner.fit(inputs={
            "train": TrainingInput(s3_data=outputs["train"].S3Output.S3Uri, content_type="text/csv"),
            "validation": TrainingInput(s3_data=outputs["validation"].S3Output.S3Uri, content_type="text/csv")}))
        best = Model(image_uri=image, model_data=tune.get_top_model_s3_uri(top_k=0, s3_bucket="workshop", prefix="models"),
                     sagemaker_session=session, role=ROLE)
        register = ModelStep(name="RegisterBest", step_args=best.register(content_types=["text/csv"], response_types=["text/csv"],
                             inference_instances=["ml.m5.large"], transform_instances=["ml.m5.large"], model_package_group_name="Tuned"))
        p = Pipeline(name="Tuning", parameters=[data, rounds], steps=[step_process, tune, register], sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        execution.wait(delay=1, max_attempts=300)
        steps = by_name(execution)
        print(steps["Tune"]["Metadata"]["TuningJob"]["Arn"].startswith("arn:aws:sagemaker:us-east-1:000000000000:hyper-parameter-tuning-job/"))
        print(steps["RegisterBest-RegisterModel"]["Metadata"])
        """)
        XCTAssertTrue(output.contains("Tune                        Succeeded"), output)
        XCTAssertTrue(output.contains("True\n{'RegisterModel': {'Arn': 'arn:aws:sagemaker:us-east-1:000000000000:model-package/tuned/1'}}\n"), output)
    }

    func testFrameworkProcessorUnpacksItsSourceBundleAndRunsTheScript() throws {
        let output = try run(Self.xgboostPipeline + """
        import _pipebook_engine
        from sagemaker.processing import FrameworkProcessor
        from sagemaker.sklearn.estimator import SKLearn
        framework = FrameworkProcessor(estimator_cls=SKLearn, framework_version="1.2-1", role=ROLE, instance_type="ml.m5.large",
                                       instance_count=1, sagemaker_session=session, env={"SPLIT_MODE": "bundle"})
        step = ProcessingStep(name="FrameworkSplit", step_args=framework.run(code="split.py", source_dir="steps",
            inputs=[ProcessingInput(source=data, destination="/opt/ml/processing/input")],
            outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train")],
            arguments=["--train-fraction", "0.5"]))
        p = Pipeline(name="Framework", parameters=[data], steps=[step], sagemaker_session=session)
        p.upsert(role_arn=ROLE)
        execution = p.start()
        execution.wait(delay=1, max_attempts=60)
        print(_pipebook_engine.execution_log(execution.arn, "FrameworkSplit"))
        """)
        XCTAssertTrue(output.contains("rows: 600 train: 300 mode: bundle\n"), output)
    }
}
