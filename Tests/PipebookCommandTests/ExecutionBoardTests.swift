import Foundation
import XCTest

/// On a terminal, `execution.wait()` draws a board of the steps and redraws it in place.
final class ExecutionBoardTests: XCTestCase {
    func testWaitDrawsABoardOnATerminal() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let handlers = folder.appendingPathComponent("handlers.py")
        // Slow enough that the board is drawn while the steps run.
        try "import time\n\ndef echo(event, context):\n    time.sleep(0.3)\n    return {}\n".write(to: handlers, atomically: true, encoding: .utf8)
        let program = """
        from sagemaker.lambda_helper import Lambda
        from sagemaker.workflow.lambda_step import LambdaStep
        from sagemaker.workflow.pipeline import Pipeline
        echo = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:echo", script="\(handlers.path)", handler="handlers.echo")
        a = LambdaStep(name="A", lambda_func=echo, inputs={"x": 1})
        b = LambdaStep(name="B", lambda_func=echo, inputs={"x": 2}, depends_on=[a])
        pipeline = Pipeline(name="Board", steps=[a, b])
        pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
        pipeline.start().wait()
        print("done")
        """
        let terminal = try PseudoTerminal(CommandRunner.executable, arguments: ["-c", program],
                                          environment: ["PIPEBOOK_HOME": folder.appendingPathComponent("ws").path])
        guard let seen = terminal.wait(for: "done") else { return XCTFail("no output") }
        XCTAssertTrue(seen.contains(": Executing"), seen)
        XCTAssertTrue(seen.contains("\u{1B}[J"), seen)  // the board was redrawn in place
        XCTAssertTrue(seen.contains("\u{2714} A"), seen)
        XCTAssertTrue(seen.contains("\u{2714} B"), seen)
        XCTAssertFalse(seen.contains("(execution)"), seen)  // no transition lines on a terminal
        XCTAssertEqual(terminal.waitForExit(), 0)
    }
}
