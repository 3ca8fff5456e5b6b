import Foundation
import XCTest

/// `pipebook pipelines` and `pipebook definition` over a store a program filled.
final class PipelineCommandTests: XCTestCase {
    func testListShowAndPrintAStoredPipeline() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = """
        from sagemaker.workflow.fail_step import FailStep
        from sagemaker.workflow.parameters import ParameterString
        from sagemaker.workflow.pipeline import Pipeline
        from sagemaker.workflow.functions import Join
        reason = ParameterString(name="Reason", default_value="stop")
        step = FailStep(name="Stop", error_message=Join(on=" ", values=["because", reason]))
        pipeline = Pipeline(name="Tiny", parameters=[reason], steps=[step])
        print(pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")["PipelineArn"])
        """
        let run = try CommandRunner.run(["-c", program], in: folder)
        XCTAssertEqual(run.stdout, "arn:aws:sagemaker:us-east-1:000000000000:pipeline/tiny\n", run.stderr)

        let list = try CommandRunner.run(["pipelines"], in: folder)
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.hasPrefix("NAME  VERSIONS  LAST MODIFIED\nTiny  1         "), list.stdout)

        XCTAssertEqual(try CommandRunner.run(["pipelines", "Tiny"], in: folder).stdout, """
        Pipeline Tiny, version 1

        Parameters:
          Reason  String  default "stop"

        Steps:
          Stop  Fail  (start)

        """)

        let definition = try CommandRunner.run(["definition", "Tiny", "--version", "1"], in: folder)
        XCTAssertTrue(definition.stdout.hasPrefix("{\n  \"Version\": \"2020-12-01\",\n"), definition.stdout)

        let missing = try CommandRunner.run(["definition", "Nope"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "pipebook: ResourceNotFound: Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist.\n")
    }
}
