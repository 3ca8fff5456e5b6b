import Foundation
import PipebookEngine
import XCTest

/// Each pipeline in Pipelines/ is built by stdlib/sagemaker and compared, key for key and value
/// for value, with what the real SageMaker Python SDK 2.257.7 printed (Pipelines/expected/,
/// written by Pipelines/generate.sh).
final class DefinitionTests: XCTestCase {
    func assertSameDefinition(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let harness = SagemakerHarness()
        defer { harness.close() }
        let printed = try harness.run("from \(name) import pipeline\nprint(pipeline.definition())")
        let expected = try String(contentsOf: SagemakerHarness.pipelines.appendingPathComponent("expected/\(name).json"), encoding: .utf8)
        let ours = try JSONValue.parse(printed)
        let theirs = try JSONValue.parse(expected)
        if ours != theirs {
            XCTFail("\(name): the definition differs from the SDK's\n--- ours\n\(ours.text(indent: 2))", file: file, line: line)
        }
    }

    func testAbalone() throws { try assertSameDefinition("abalone") }
    func testCancerWithLocalCode() throws { try assertSameDefinition("cancer_local_code") }
    func testTuning() throws { try assertSameDefinition("tuning") }
    func testLambdaAndCallback() throws { try assertSameDefinition("lambda_callback") }
    func testLegacyForms() throws { try assertSameDefinition("legacy_forms") }

    func testLocalCodeIsUploadedUnderItsHash() throws {
        let harness = SagemakerHarness()
        defer { harness.close() }
        try harness.run("from cancer_local_code import pipeline\npipeline.definition()")
        let code = harness.workspaceRoot.appendingPathComponent(
            "s3/sagemaker-us-east-1-000000000000/CancerPipeline/code/20c59137f01fce56762786d9be959f9ef5488384c15a23086690365b64eb626e/preprocess.py")
        XCTAssertEqual(try Data(contentsOf: code),
                       try Data(contentsOf: SagemakerHarness.pipelines.appendingPathComponent("code/preprocess.py")))
    }
}
