import Foundation
import PipebookEngine
import XCTest

/// Each pipeline in Pipelines/ is built by stdlib/sagemaker and compared, key for key and value
/// for value, with what the real SageMaker Python SDK 2.257.7 printed (Pipelines/expected/,
/// written by Pipelines/generate.sh).
final class DefinitionTests: XCTestCase {
    func assertSameDefinition(_ name: String, timestamped: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let harness = SagemakerHarness()
        defer { harness.close() }
        var printed = try harness.run("from \(name) import pipeline\nprint(pipeline.definition())")
        var expected = try String(contentsOf: SagemakerHarness.pipelines.appendingPathComponent("expected/\(name).json"), encoding: .utf8)
        if timestamped {
            // The SDK uploads a repack step's code under `<base job name>-<time of the build>`
            // (sagemaker-scikit-learn-2026-11-23-11-24-11-634): the one value that differs from
            // one build to the next, for the SDK as for Pipebook. Both sides' times are replaced.
            printed = Self.withoutJobTimes(printed)
            expected = Self.withoutJobTimes(expected)
        }
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
    func testLocalPipelineSession() throws { try assertSameDefinition("local_session") }
    func testModelsWithAnEntryPointAreRepacked() throws { try assertSameDefinition("repack", timestamped: true) }

    static func withoutJobTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"sagemaker-scikit-learn-\d{4}(-\d{2}){5}-\d{3}/"#,
                                  with: "sagemaker-scikit-learn-<time>/", options: .regularExpression)
    }

    func testRepackCodeIsUploadedAsTheSDKDoes() throws {
        let harness = SagemakerHarness()
        defer { harness.close() }
        let printed = try harness.run("""
            import json
            from repack import pipeline
            steps = json.loads(pipeline.definition())["Steps"]
            print(json.loads(steps[2]["Arguments"]["HyperParameters"]["sagemaker_submit_directory"]))
            """)
        XCTAssertTrue(printed.hasPrefix("s3://sagemaker-us-east-1-000000000000/sagemaker-scikit-learn-"), printed)
        let bucket = harness.workspaceRoot.appendingPathComponent("s3/sagemaker-us-east-1-000000000000")
        let skModel = try TarReader.entries(Gzip.decompress([UInt8](Data(contentsOf: bucket.appendingPathComponent("sk-model/sourcedir.tar.gz")))))
        XCTAssertEqual(Set(skModel.map(\.name)), ["inference.py", "helpers.py"])
    }

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
