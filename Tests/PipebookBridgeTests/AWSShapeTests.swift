import Foundation
import PipebookEngine
import XCTest

/// Every boto3 call Pipebook answers, checked against the AWS service model's response shape
/// (AWSShapes/operations.json, generated from botocore's models by AWSShapes/generate.py):
/// required members present, no member the shape lacks, every value of its type (timestamps are
/// datetimes, ...). Errors are checked for their code and message. The calls run against real
/// executions: a processing, training, evaluation, model and transform pipeline, a training
/// job that fails, a callback pipeline, and a step script that uses boto3's S3 itself.
///
/// To check more operations, add rows to `answers` and `errors`: the operation as
/// "service.Operation" (it must be in generate.py's lists) and a Python expression over the
/// names `scenario` defines.
final class AWSShapeTests: SagemakerTestCase {
    static let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("AWSShapes")

    /// A successful call: its answer must fit the operation's response shape.
    struct Answer {
        let operation: String
        let call: String
    }

    /// A refused call: botocore's ClientError with this code and message.
    struct Refusal {
        let operation: String
        let call: String
        let code: String
        let message: String
    }

    let answers: [Answer] = [
        Answer(operation: "sagemaker.ListPipelines", call: "sm.list_pipelines()"),
        Answer(operation: "sagemaker.ListPipelines", call: "sm.list_pipelines(PipelineNamePrefix='Abalone', SortBy='Name', SortOrder='Ascending', MaxResults=1)"),
        Answer(operation: "sagemaker.DescribePipeline", call: "sm.describe_pipeline(PipelineName='AbaloneSample')"),
        Answer(operation: "sagemaker.DescribePipeline", call: "sm.describe_pipeline(PipelineName='AbaloneSample', PipelineVersionId=1)"),
        Answer(operation: "sagemaker.DescribePipelineDefinitionForExecution", call: "sm.describe_pipeline_definition_for_execution(PipelineExecutionArn=execution.arn)"),
        Answer(operation: "sagemaker.ListPipelineVersions", call: "sm.list_pipeline_versions(PipelineName='AbaloneSample', SortOrder='Ascending')"),
        Answer(operation: "sagemaker.ListPipelineExecutions", call: "sm.list_pipeline_executions(PipelineName='Approval', MaxResults=1)"),
        Answer(operation: "sagemaker.ListPipelineExecutions", call: "sm.list_pipeline_executions(PipelineName='Approval', SortBy='PipelineExecutionArn', CreatedAfter=datetime.datetime(2020, 1, 1))"),
        Answer(operation: "sagemaker.DescribePipelineExecution", call: "sm.describe_pipeline_execution(PipelineExecutionArn=execution.arn)"),
        Answer(operation: "sagemaker.DescribePipelineExecution", call: "sm.describe_pipeline_execution(PipelineExecutionArn=failed.arn)"),
        Answer(operation: "sagemaker.ListPipelineExecutionSteps", call: "sm.list_pipeline_execution_steps(PipelineExecutionArn=execution.arn)"),
        Answer(operation: "sagemaker.ListPipelineExecutionSteps", call: "sm.list_pipeline_execution_steps(PipelineExecutionArn=failed.arn, SortOrder='Ascending', MaxResults=1)"),
        Answer(operation: "sagemaker.ListPipelineParametersForExecution", call: "sm.list_pipeline_parameters_for_execution(PipelineExecutionArn=execution.arn)"),
        Answer(operation: "sagemaker.StartPipelineExecution", call: "started"),
        Answer(operation: "sagemaker.SendPipelineExecutionStepFailure", call: "sent_failure"),
        Answer(operation: "sagemaker.RetryPipelineExecution", call: "retried"),
        Answer(operation: "sagemaker.SendPipelineExecutionStepSuccess", call: "sent_success"),
        Answer(operation: "sagemaker.StopPipelineExecution", call: "stopped"),
        Answer(operation: "sagemaker.DescribeProcessingJob", call: "sm.describe_processing_job(ProcessingJobName=job(execution, 'Split', 'ProcessingJob'))"),
        Answer(operation: "sagemaker.DescribeTrainingJob", call: "sm.describe_training_job(TrainingJobName=job(execution, 'Train', 'TrainingJob'))"),
        Answer(operation: "sagemaker.DescribeTrainingJob", call: "sm.describe_training_job(TrainingJobName=job(failed, 'BadTrain', 'TrainingJob'))"),
        Answer(operation: "sagemaker.DescribeTransformJob", call: "sm.describe_transform_job(TransformJobName=job(execution, 'Predict', 'TransformJob'))"),
        Answer(operation: "sagemaker.ListTrainingJobs", call: "sm.list_training_jobs()"),
        Answer(operation: "sagemaker.ListTrainingJobs", call: "sm.list_training_jobs(StatusEquals='Failed', SortBy='Name', SortOrder='Descending', MaxResults=5)"),
        Answer(operation: "s3.PutObject", call: "s3.put_object(Bucket='workshop', Key='notes/a.txt', Body=b'hello')"),
        Answer(operation: "s3.GetObject", call: "s3.get_object(Bucket='workshop', Key='notes/a.txt')"),
        Answer(operation: "s3.HeadObject", call: "s3.head_object(Bucket='workshop', Key='notes/a.txt')"),
        Answer(operation: "s3.ListObjectsV2", call: "s3.list_objects_v2(Bucket='workshop', Prefix='abalone/')"),
        Answer(operation: "s3.ListObjectsV2", call: "s3.list_objects_v2(Bucket='workshop', Delimiter='/', MaxKeys=2)"),
        Answer(operation: "s3.DeleteObject", call: "s3.delete_object(Bucket='workshop', Key='notes/a.txt')"),
    ]

    let errors: [Refusal] = [
        Refusal(operation: "sagemaker.DescribePipeline", call: "sm.describe_pipeline(PipelineName='Nope')", code: "ResourceNotFound",
                message: "Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist."),
        Refusal(operation: "sagemaker.ListPipelines", call: "sm.list_pipelines(SortBy='Size')", code: "ValidationException",
                message: "1 validation error detected: Value 'Size' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [Name, CreationTime]"),
        Refusal(operation: "sagemaker.ListPipelineVersions", call: "sm.list_pipeline_versions(PipelineName='Nope')", code: "ResourceNotFound",
                message: "Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist."),
        Refusal(operation: "sagemaker.ListPipelineExecutions", call: "sm.list_pipeline_executions(PipelineName='Nope')", code: "ResourceNotFound",
                message: "Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist."),
        Refusal(operation: "sagemaker.ListPipelineExecutions", call: "sm.list_pipeline_executions(PipelineName='Approval', MaxResults=101)", code: "ValidationException",
                message: "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"),
        Refusal(operation: "sagemaker.DescribePipelineExecution", call: "sm.describe_pipeline_execution(PipelineExecutionArn=missing)", code: "ResourceNotFound",
                message: "Pipeline execution 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none' does not exist."),
        Refusal(operation: "sagemaker.DescribePipelineDefinitionForExecution", call: "sm.describe_pipeline_definition_for_execution(PipelineExecutionArn=missing)",
                code: "ResourceNotFound", message: "Pipeline execution 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none' does not exist."),
        Refusal(operation: "sagemaker.ListPipelineExecutionSteps", call: "sm.list_pipeline_execution_steps(PipelineExecutionArn=missing)", code: "ResourceNotFound",
                message: "Pipeline execution 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none' does not exist."),
        Refusal(operation: "sagemaker.ListPipelineParametersForExecution", call: "sm.list_pipeline_parameters_for_execution(PipelineExecutionArn=missing)",
                code: "ResourceNotFound", message: "Pipeline execution 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none' does not exist."),
        Refusal(operation: "sagemaker.StartPipelineExecution", call: "sm.start_pipeline_execution(PipelineName='Nope')", code: "ResourceNotFound",
                message: "Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist."),
        Refusal(operation: "sagemaker.StartPipelineExecution", call: "sm.start_pipeline_execution(PipelineName='Approval', PipelineParameters=[{'Name': 'Y', 'Value': '1'}])",
                code: "ValidationException", message: "Parameter 'Y' is not defined in the pipeline definition."),
        Refusal(operation: "sagemaker.StopPipelineExecution", call: "sm.stop_pipeline_execution(PipelineExecutionArn=missing)", code: "ResourceNotFound",
                message: "Pipeline execution 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none' does not exist."),
        Refusal(operation: "sagemaker.RetryPipelineExecution", call: "sm.retry_pipeline_execution(PipelineExecutionArn=execution.arn)", code: "ValidationException",
                message: "Pipeline execution with ARN {execution.arn} is in status Succeeded. Only executions in Failed or Stopped status can be retried."),
        Refusal(operation: "sagemaker.SendPipelineExecutionStepSuccess", call: "sm.send_pipeline_execution_step_success(CallbackToken=used_token)", code: "ValidationException",
                message: "Callback token {used_token} has already been used."),
        Refusal(operation: "sagemaker.SendPipelineExecutionStepFailure", call: "sm.send_pipeline_execution_step_failure(CallbackToken='no-such-token')", code: "ValidationException",
                message: "Callback token no-such-token does not exist."),
        Refusal(operation: "sagemaker.DescribeProcessingJob", call: "sm.describe_processing_job(ProcessingJobName='nope')", code: "ValidationException",
                message: "Could not find requested job with name nope"),
        Refusal(operation: "sagemaker.DescribeTrainingJob", call: "sm.describe_training_job(TrainingJobName='nope')", code: "ValidationException",
                message: "Requested resource not found."),
        Refusal(operation: "sagemaker.DescribeTransformJob", call: "sm.describe_transform_job(TransformJobName='nope')", code: "ValidationException",
                message: "Could not find requested job with name nope"),
        Refusal(operation: "sagemaker.ListTrainingJobs", call: "sm.list_training_jobs(StatusEquals='Done')", code: "ValidationException",
                message: "1 validation error detected: Value 'Done' at 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set: [InProgress, Completed, Failed, Stopping, Stopped, Deleting]"),
        Refusal(operation: "s3.GetObject", call: "s3.get_object(Bucket='workshop', Key='no/such/key')", code: "NoSuchKey",
                message: "The specified key does not exist."),
        Refusal(operation: "s3.GetObject", call: "s3.get_object(Bucket='no-such-bucket', Key='k')", code: "NoSuchBucket",
                message: "The specified bucket does not exist"),
        Refusal(operation: "s3.HeadObject", call: "s3.head_object(Bucket='workshop', Key='no/such/key')", code: "404", message: "Not Found"),
        Refusal(operation: "s3.ListObjectsV2", call: "s3.list_objects_v2(Bucket='no-such-bucket')", code: "NoSuchBucket",
                message: "The specified bucket does not exist"),
        Refusal(operation: "s3.DeleteObject", call: "s3.delete_object(Bucket='no-such-bucket', Key='k')", code: "NoSuchBucket",
                message: "The specified bucket does not exist"),
    ]

    /// The executions the rows ask about. `execution`: the abalone sample pipeline, succeeded;
    /// `failed`: a pipeline whose training job failed; `started`, `sent_failure`, `retried`,
    /// `sent_success`, `stopped`: the answers of those calls on a callback pipeline.
    let scenario = """
    import datetime
    import time
    import boto3
    from sagemaker.workflow.callback_step import CallbackOutput, CallbackStep

    execution = run()
    steps = by_name(execution)
    bad_estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                              output_path="s3://workshop/models", sagemaker_session=session)
    bad_estimator.set_hyperparameters(num_round="many")
    bad_train = TrainingStep(name="BadTrain", step_args=bad_estimator.fit(inputs={"train": TrainingInput(s3_data=data)}))
    report = ProcessingStep(name="Report", step_args=processor.run(code="steps/s3_report.py"))
    failing = Pipeline(name="Failing", parameters=[data], steps=[report, bad_train], sagemaker_session=session)
    failing.upsert(role_arn=ROLE)
    failed = failing.start()
    try:
        failed.wait(delay=1, max_attempts=300)
    except WaiterError:
        pass

    sm = boto3.client("sagemaker")
    s3 = boto3.client("s3")
    approve = CallbackStep(name="Approve", sqs_queue_url="https://sqs.us-east-1.amazonaws.com/000000000000/q",
                           inputs={"x": "1"}, outputs=[CallbackOutput(output_name="note")])
    Pipeline(name="Approval", steps=[approve]).upsert(role_arn=ROLE)
    missing = "arn:aws:sagemaker:us-east-1:000000000000:pipeline/approval/execution/none"

    def token(arn):
        while True:
            for step in sm.list_pipeline_execution_steps(PipelineExecutionArn=arn)["PipelineExecutionSteps"]:
                if step["StepStatus"] == "Executing" and "Callback" in step["Metadata"]:
                    return step["Metadata"]["Callback"]["CallbackToken"]
            time.sleep(0.05)

    def settled(arn):
        while sm.describe_pipeline_execution(PipelineExecutionArn=arn)["PipelineExecutionStatus"] in ("Executing", "Stopping"):
            time.sleep(0.05)

    started = sm.start_pipeline_execution(PipelineName="Approval", ClientRequestToken="first-request-of-the-shape-test-0001")
    arn = started["PipelineExecutionArn"]
    sent_failure = sm.send_pipeline_execution_step_failure(CallbackToken=token(arn), FailureReason="no")
    settled(arn)
    retried = sm.retry_pipeline_execution(PipelineExecutionArn=arn)
    used_token = token(arn)
    sent_success = sm.send_pipeline_execution_step_success(CallbackToken=used_token, OutputParameters=[{"Name": "note", "Value": "ok"}])
    settled(arn)
    to_stop = sm.start_pipeline_execution(PipelineName="Approval")["PipelineExecutionArn"]
    token(to_stop)
    stopped = sm.stop_pipeline_execution(PipelineExecutionArn=to_stop)
    settled(to_stop)

    def job(execution, step, member):
        found = sm.list_pipeline_execution_steps(PipelineExecutionArn=execution.arn)["PipelineExecutionSteps"]
        return [s for s in found if s["StepName"] == step][0]["Metadata"][member]["Arn"].split("/")[-1]

    """

    /// The checker, and the row functions that print one line per row.
    var checker: String {
        """
        import sys
        from botocore.exceptions import ClientError
        sys.path.insert(0, \(String(reflecting: Self.shapes.path)))
        import check_shape

        def check(operation, answer):
            print(operation, check_shape.problems(operation, answer) or "fits")

        def refused(operation, thunk, code, message):
            try:
                thunk()
            except ClientError as error:
                got = (error.response["Error"]["Code"], error.response["Error"]["Message"], error.operation_name)
                expected = (code, message, operation.split(".")[1])
                print(operation, code, "refused" if got == expected and code in check_shape.errors(operation) else got)
                return
            print(operation, code, "answered")

        """
    }

    /// One run of the scenario serves every row (it takes a while): answers, then refusals,
    /// then what the step script wrote with boto3.
    func testEveryCallAnswersInItsAWSShapeAndRefusesWithItsAWSError() throws {
        var program = ExecutionTests.xgboostPipeline + scenario + checker
        for row in answers {
            program += "check(\(String(reflecting: row.operation)), \(row.call))\n"
        }
        for row in errors {
            program += "refused(\(String(reflecting: row.operation)), lambda: \(row.call), \(String(reflecting: row.code)), f\(String(reflecting: row.message)))\n"
        }
        program += """
        import json
        print(json.loads(s3.get_object(Bucket="workshop", Key="reports/s3_report.json")["Body"].read()))
        print(sm.describe_processing_job(ProcessingJobName=job(failed, 'Report', 'ProcessingJob'))["ProcessingJobStatus"])
        """
        let output: String
        do {
            output = try harness.run(program)
        } catch {
            XCTFail("\(error)\n\(harness.output)")
            throw error
        }
        for row in answers {
            XCTAssertTrue(output.contains("\(row.operation) fits\n"), "\(row.operation): \(row.call)\n\(lines(of: row.operation, in: output))")
        }
        for row in errors {
            XCTAssertTrue(output.contains("\(row.operation) \(row.code) refused\n"), "\(row.call)\n\(lines(of: row.operation, in: output))")
        }
        // The step script listed, read and wrote S3 through boto3.
        XCTAssertTrue(output.contains("{'keys': ['abalone/abalone-sample.csv'], 'lines': 600}\nCompleted\n"), output)
    }

    /// The checker itself finds what is wrong: a missing required member, an unknown one, a
    /// timestamp left as text, a value outside its enum.
    func testTheCheckerReportsWhatDoesNotFit() throws {
        let output = try harness.run(checker + """
        for problem in check_shape.problems("sagemaker.ListPipelineExecutions", {"PipelineExecutionSummaries": [
                {"StartTime": "2024-01-01", "PipelineExecutionStatus": "Running", "Colour": "red"}], "NextToken": 3}):
            print(problem)
        """)
        XCTAssertEqual(output, """
        PipelineExecutionSummaries[0].StartTime: a str, not a timestamp
        PipelineExecutionSummaries[0].PipelineExecutionStatus: 'Running' is not one of PipelineExecutionStatus's values
        PipelineExecutionSummaries[0].Colour: not a member of PipelineExecutionSummary
        NextToken: a int, not a string

        """)
    }

    private func lines(of operation: String, in output: String) -> String {
        output.split(separator: "\n").filter { $0.hasPrefix(operation + " ") }.joined(separator: "\n")
    }
}
