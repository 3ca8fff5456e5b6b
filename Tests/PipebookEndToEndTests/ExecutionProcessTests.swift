import Foundation
import PipebookEngine
import XCTest

/// Executions seen from several processes: a program that ends before its execution does,
/// the `executions`/`execution`/`logs` commands, and a process killed in the middle of an
/// execution, which the next process marks Failed and `retry()` finishes.
final class ExecutionProcessTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        import time

        def echo(event, context):
            print("event:", event)
            return {"value": event["x"]}
        """.write(to: folder.appendingPathComponent("handlers.py"), atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    /// A -> Approve (callback) -> C, all Lambda but the callback.
    let pipeline = """
    from sagemaker.lambda_helper import Lambda
    from sagemaker.workflow.callback_step import CallbackOutput, CallbackStep
    from sagemaker.workflow.lambda_step import LambdaOutput, LambdaStep
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.pipeline_execution import _PipelineExecution
    import boto3, sys, time

    echo = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:echo", script="handlers.py", handler="handlers.echo")
    a = LambdaStep(name="A", lambda_func=echo, inputs={"x": 1}, outputs=[LambdaOutput(output_name="value")])
    approve = CallbackStep(name="Approve", sqs_queue_url="https://sqs.us-east-1.amazonaws.com/000000000000/q",
                           inputs={"x": a.properties.Outputs["value"]}, outputs=[CallbackOutput(output_name="note")])
    c = LambdaStep(name="C", lambda_func=echo, inputs={"x": approve.properties.Outputs["note"]}, outputs=[LambdaOutput(output_name="value")])
    pipeline = Pipeline(name="Approval", steps=[a, approve, c])
    pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")

    def token(execution):
        while True:
            for step in execution.list_steps():
                if step["StepName"] == "Approve" and step["StepStatus"] == "Executing" and "Callback" in step["Metadata"]:
                    return step["Metadata"]["Callback"]["CallbackToken"]
            time.sleep(0.05)

    """

    func testAProgramWaitsForItsExecutionsAndTheCommandsShowThem() throws {
        let run = try PipebookProcess.run(["-c", """
        from sagemaker.lambda_helper import Lambda
        from sagemaker.workflow.lambda_step import LambdaOutput, LambdaStep
        from sagemaker.workflow.pipeline import Pipeline
        echo = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:echo", script="handlers.py", handler="handlers.echo")
        a = LambdaStep(name="A", lambda_func=echo, inputs={"x": 1}, outputs=[LambdaOutput(output_name="value")])
        b = LambdaStep(name="B", lambda_func=echo, inputs={"x": a.properties.Outputs["value"]}, outputs=[LambdaOutput(output_name="value")])
        pipeline = Pipeline(name="Echo", steps=[a, b])
        pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        print(pipeline.start().arn.split("/")[-1])
        """], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let id = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(run.stderr, "pipebook: waiting for 1 pipeline execution(s) still running: \(id)\n")

        let list = try PipebookProcess.run(["executions"], in: folder)
        XCTAssertTrue(list.stdout.hasPrefix("EXECUTION     PIPELINE  STATUS     STARTED"), list.stdout)
        XCTAssertTrue(list.stdout.contains("\(id)  Echo      Succeeded  "), list.stdout)

        let shown = try PipebookProcess.run(["execution", id], in: folder)
        XCTAssertTrue(shown.stdout.hasPrefix("Execution \(id) of Echo (version 1): Succeeded\n"), shown.stdout)
        let rows = shown.stdout.split(separator: "\n").filter { $0.hasPrefix("A ") || $0.hasPrefix("B ") }
        XCTAssertEqual(rows.count, 2, shown.stdout)
        XCTAssertTrue(rows.allSatisfy { $0.contains("Succeeded") }, shown.stdout)

        let log = try PipebookProcess.run(["logs", id, "B"], in: folder)
        XCTAssertEqual(log.stdout, "event: {'x': '1'}\n", log.stderr)
        XCTAssertEqual(try PipebookProcess.run(["logs", id, "Nope"], in: folder).status, 1)
    }

    func testAnExecutionWhoseProcessIsKilledIsMarkedFailedAndRetryFinishesIt() throws {
        let child = try PipebookProcess(["-c", pipeline + """
        execution = pipeline.start()
        token(execution)
        print(execution.arn)
        sys.stdout.flush()
        time.sleep(600)
        """], in: folder)
        let arn = child.readLine()
        XCTAssertTrue(arn.hasPrefix("arn:aws:sagemaker:"), arn)
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()

        let after = try PipebookProcess.run(["-c", pipeline + """
        execution = _PipelineExecution("\(arn)")
        d = execution.describe()
        print(d["PipelineExecutionStatus"], "|", d["FailureReason"])
        print([(s["StepName"], s["StepStatus"]) for s in execution.list_steps()])
        first_a = [s for s in execution.list_steps() if s["StepName"] == "A"][0]["StartTime"]
        execution.retry()
        boto3.client("sagemaker").send_pipeline_execution_step_success(CallbackToken=token(execution), OutputParameters=[{"Name": "note", "Value": "ok"}])
        execution.wait(delay=1, max_attempts=60)
        steps = execution.list_steps()
        print([(s["StepName"], s["StepStatus"]) for s in steps])
        print("A reused:", [s for s in steps if s["StepName"] == "A"][0]["StartTime"] == first_a)
        """], in: folder)
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(after.stdout.hasPrefix("Failed | The Pipebook process running this execution ended before it finished; retry() resumes it.\n"), after.stdout)
        XCTAssertTrue(after.stdout.contains("[('Approve', 'Failed'), ('A', 'Succeeded')]\n"), after.stdout)
        XCTAssertTrue(after.stdout.contains("[('C', 'Succeeded'), ('Approve', 'Succeeded'), ('A', 'Succeeded')]\n"), after.stdout)
        XCTAssertTrue(after.stdout.hasSuffix("A reused: True\n"), after.stdout)
    }

    func testTwoProcessesRunExecutionsOnOneWorkspaceAtOnce() throws {
        let program = """
        from sagemaker.lambda_helper import Lambda
        from sagemaker.workflow.lambda_step import LambdaOutput, LambdaStep
        from sagemaker.workflow.pipeline import Pipeline
        echo = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:echo", script="handlers.py", handler="handlers.echo")
        steps = [LambdaStep(name=f"S{i}", lambda_func=echo, inputs={"x": i}, outputs=[LambdaOutput(output_name="value")]) for i in range(8)]
        pipeline = Pipeline(name="Shared", steps=steps)
        pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        execution = pipeline.start()
        execution.wait(delay=1, max_attempts=120)
        print(len([s for s in execution.list_steps() if s["StepStatus"] == "Succeeded"]))
        """
        let first = try PipebookProcess(["-c", program], in: folder)
        let second = try PipebookProcess(["-c", program], in: folder)
        let (a, b) = (first.finish(), second.finish())
        XCTAssertEqual(a.stdout.split(separator: "\n").last, "8", a.stdout + a.stderr)
        XCTAssertEqual(b.stdout.split(separator: "\n").last, "8", b.stdout + b.stderr)
        let list = try PipebookProcess.run(["executions", "Shared"], in: folder)
        XCTAssertEqual(list.stdout.components(separatedBy: "Succeeded").count - 1, 2, list.stdout)
    }
}
