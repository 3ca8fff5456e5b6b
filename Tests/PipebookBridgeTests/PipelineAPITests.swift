import Foundation
import XCTest

/// The sagemaker API's behaviour beyond definitions: pipeline variables, validation errors
/// as programs see them, the store through upsert, the local S3 through Session and S3Uploader.
final class PipelineAPITests: SagemakerTestCase {
    let prelude = """
    from sagemaker.workflow.parameters import ParameterInteger, ParameterString
    from sagemaker.workflow.fail_step import FailStep
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.functions import Join
    p = ParameterString(name="Bucket", default_value="b")

    """

    func testPipelineVariablesRefuseStrAndConcatenation() throws {
        let message = "TypeError: Pipeline variables do not support __str__ operation. Please use `.to_string()` to convert it to string type in execution time or use `.expr` to translate it to Json for display purpose in Python SDK."
        XCTAssertEqual(harness.error(prelude + "f'{p}'"), message)
        XCTAssertEqual(harness.error(prelude + "str(p)"), message)
        XCTAssertEqual(harness.error(prelude + "'s3://' + p"), "TypeError: Pipeline variables do not support concatenation.")
        XCTAssertEqual(try harness.run(prelude + "print(ParameterInteger(name='N').to_string().expr)"),
                       "{'Std:Join': {'On': '', 'Values': [{'Get': 'Parameters.N'}]}}\n")
    }

    func testParameterDefaultOfTheWrongType() {
        XCTAssertEqual(harness.error(prelude + "ParameterInteger(name='N', default_value='1')"),
                       "TypeError: The default value specified does not match the Parameter Python type.")
    }

    func testDuplicateNamesAndUnknownStepsAsTheSDKRaisesThem() {
        XCTAssertEqual(harness.error(prelude + """
        Pipeline(name="P", steps=[FailStep(name="F"), FailStep(name="F")]).definition()
        """), "ValueError: Pipeline steps cannot have duplicate names. In addition, steps added in the ConditionStep cannot be added in the Pipeline steps list. (step 'F', at Steps[1])")
        XCTAssertEqual(harness.error(prelude + """
        Pipeline(name="P", steps=[FailStep(name="F", depends_on=["Missing"])]).definition()
        """), "ValueError: The input steps do not contain the step of name: Missing (step 'F', at Steps[0].DependsOn[0])")
        XCTAssertEqual(harness.error(prelude + """
        Pipeline(name="P", steps=[FailStep(name="F", error_message=Join(on="/", values=[p]))]).definition()
        """), "ValueError: Parameter 'Bucket' is used but not declared in the pipeline's parameters (step 'F', at Steps[0].Arguments.ErrorMessage.Std:Join.Values[0])")
    }

    /// The message names the step and the property path that has no such member.
    func testUnknownPropertyIsAnAttributeError() {
        XCTAssertEqual(harness.error("""
        from abalone import step_train
        step_train.properties.ModelArtifacts.S3ModelArtifact
        """), "AttributeError: 'Properties' object has no attribute 'S3ModelArtifact' (Steps.AbaloneTrain.ModelArtifacts has no member 'S3ModelArtifact')")
    }

    func testUpsertStoresANewVersionOnlyWhenTheDefinitionChanges() throws {
        let output = try harness.run("""
        from abalone import pipeline, mse_threshold
        role = "arn:aws:iam::000000000000:role/SageMakerRole"
        print(pipeline.upsert(role_arn=role))
        print(pipeline.upsert(role_arn=role)["PipelineVersionId"])
        mse_threshold.default_value = 7.0
        print(pipeline.upsert(role_arn=role, description="looser")["PipelineVersionId"])
        d = pipeline.describe()
        print(d["PipelineName"], d["PipelineDescription"], d["PipelineStatus"])
        print([v["PipelineVersionId"] for v in pipeline.list_pipeline_versions()["PipelineVersionSummaries"]])
        first = pipeline.describe(pipeline_version_id=1)
        print("7.0" in d["PipelineDefinition"], "7.0" in first["PipelineDefinition"])
        print(type(d["CreationTime"]).__name__, type(pipeline.list_pipeline_versions()["PipelineVersionSummaries"][0]["CreationTime"]).__name__)
        print(pipeline.delete())
        """)
        XCTAssertEqual(output, """
        {'PipelineArn': 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/abalonepipeline', 'PipelineVersionId': 1}
        1
        2
        AbalonePipeline looser Active
        [2, 1]
        True False
        datetime datetime
        {'PipelineArn': 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/abalonepipeline'}

        """)
    }

    func testSessionAndS3UploaderUseTheLocalS3() throws {
        let output = try harness.run("""
        import sagemaker
        from sagemaker.s3 import S3Downloader, S3Uploader
        session = sagemaker.Session()
        print(session.boto_region_name, session.default_bucket(), sagemaker.get_execution_role())
        uri = session.upload_data("code/evaluate.py", key_prefix="scripts")
        print(uri)
        print(S3Downloader.list("s3://" + session.default_bucket() + "/scripts"))
        print(S3Uploader.upload_string_as_file_body("hello", "s3://other-bucket/notes/a.txt"))
        print(S3Downloader.read_file("s3://other-bucket/notes/a.txt"))
        try:
            S3Uploader.upload_string_as_file_body("x", "s3://other-bucket/../../escape")
        except ValueError as e:
            print(e)
        """)
        XCTAssertEqual(output, """
        us-east-1 sagemaker-us-east-1-000000000000 arn:aws:iam::000000000000:role/SageMakerRole
        s3://sagemaker-us-east-1-000000000000/scripts/evaluate.py
        ['s3://sagemaker-us-east-1-000000000000/scripts/evaluate.py']
        s3://other-bucket/notes/a.txt
        hello
        Invalid key "../../escape" in bucket other-bucket: the key has a '.' or '..' segment

        """)
    }

    func testStepArgumentsOutsideAPipelineAreTheJobRequestAsTheSDKGivesIt() throws {
        // What SDK 2.257.7 prints for the same lines: the job-name fields are dropped, and a
        // default output path holds the timestamped job name the tutorial's metrics URI bakes in.
        let output = try harness.run("""
        from abalone import step_eval, step_train
        a = step_eval.arguments
        print(sorted(a))
        print(a["ProcessingOutputConfig"]["Outputs"][0]["S3Output"]["S3Uri"])
        print("ProcessingJobName" in a, "TrainingJobName" in step_train.arguments)
        """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, output)
        XCTAssertEqual(lines[0], "['AppSpecification', 'ProcessingInputs', 'ProcessingOutputConfig', 'ProcessingResources', 'RoleArn']")
        XCTAssertNotNil(lines[1].range(of: #"^s3://workshop-bucket/script-abalone-eval-\d{4}(-\d{2}){5}-\d{3}/output/evaluation$"#,
                                       options: .regularExpression), lines[1])
        XCTAssertEqual(lines[2], "False False")
    }

    func testStoreRefusalsAreBotocoresClientError() throws {
        let output = try harness.run("""
        from local_session import pipeline
        from botocore.exceptions import ClientError
        pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        for call in (lambda: pipeline.create(role_arn="r"), pipeline.delete, pipeline.describe):
            try:
                call()
            except ClientError as e:
                print(e.response["Error"]["Code"], "|", e)
        """)
        XCTAssertEqual(output, """
        ValidationException | An error occurred (ValidationException) when calling the CreatePipeline operation: Pipeline names must be unique within an AWS account and region. Pipeline with name (LocalSessionPipeline) already exists.
        ResourceNotFound | An error occurred (ResourceNotFound) when calling the DescribePipeline operation: Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/localsessionpipeline' does not exist.

        """)
    }

    func testPipelineReprIsItsDAG() throws {
        let output = try harness.run("from lambda_callback import pipeline\nprint(repr(pipeline))")
        XCTAssertEqual(output, """
        Pipeline LambdaCallbackPipeline

        Parameters:
          Stage      String   default "dev"  one of ["dev", "staging", "prod"]
          Notify     Boolean  default true
          Threshold  Float    default 0.5

        Steps:
          DescribeRun      Lambda     (start)
          WaitForApproval  Callback   after DescribeRun
          Decide           Condition  after WaitForApproval
          Announce         Lambda     after Decide (if), WaitForApproval, DescribeRun
          Rejected         Fail       after Decide (else), WaitForApproval
          Summarize        Lambda     (start)

        """)
    }
}
