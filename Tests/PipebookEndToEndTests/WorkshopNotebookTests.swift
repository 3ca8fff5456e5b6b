import Foundation
import XCTest

/// The two workshops in notebooks/, each run by `pipebook run` from an empty workspace, as a
/// learner runs them, with assertions on what the learner sees: the executed notebook's outputs,
/// and the executions as the boto3 client reports them afterwards.
final class WorkshopNotebookTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-workshop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    /// Copies the notebook and its data/ folder (nothing else) into the empty test folder.
    func copyWorkshop(_ name: String) throws {
        let source = Self.root.appendingPathComponent("notebooks/\(name)")
        try FileManager.default.copyItem(at: source.appendingPathComponent("\(name).ipynb"),
                                         to: folder.appendingPathComponent("\(name).ipynb"))
        let data = source.appendingPathComponent("data")
        if FileManager.default.fileExists(atPath: data.path) {
            try FileManager.default.copyItem(at: data, to: folder.appendingPathComponent("data"))
        }
    }

    // MARK: - Abalone

    func testAbaloneWorkshop() throws {
        try copyWorkshop("abalone")
        let run = try PipebookProcess.run(["run", "abalone.ipynb", "-o", "executed.ipynb"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let notebook = try ExecutedNotebook(folder.appendingPathComponent("executed.ipynb"))
        XCTAssertTrue(notebook.codeCells.allSatisfy { $0.executionCount != nil && $0.error == nil }, run.stdout)

        // The evaluation report: an MSE in the range the AWS tutorial's runs report.
        let report = try XCTUnwrap(notebook.cell(startingWith: "from pprint import pprint")).text
        let mse = try XCTUnwrap(Double(try XCTUnwrap(firstMatch(#"'value': ([0-9.]+)"#, in: report))), report)
        XCTAssertGreaterThanOrEqual(mse, 4.0, report)
        XCTAssertLessThanOrEqual(mse, 6.0, report)

        // The three executions, oldest first, as list_pipeline_executions reports them.
        let executions = try self.executions("AbalonePipeline")
        XCTAssertEqual(executions.map(\.status), ["Succeeded", "Succeeded", "Failed"])
        guard executions.count == 3 else { return }
        let (first, second, third) = (executions[0], executions[1], executions[2])
        XCTAssertEqual(Set(first.steps.keys), ["AbaloneProcess", "AbaloneTrain", "AbaloneEval", "AbaloneMSECond",
                                                "AbaloneRegisterModel-RegisterModel", "AbaloneCreateModel-CreateModel",
                                                "AbaloneTransform"])
        XCTAssertTrue(first.steps.values.allSatisfy { $0.status == "Succeeded" && !$0.cacheHit })
        XCTAssertEqual(first.steps["AbaloneMSECond"]?.outcome, "True")
        XCTAssertEqual(first.steps["AbaloneRegisterModel-RegisterModel"]?.registered?.hasSuffix("/abalonemodelpackagegroupname/1"), true)
        // The second run reuses preprocessing, training and evaluation and registers version 2.
        for name in ["AbaloneProcess", "AbaloneTrain", "AbaloneEval"] {
            XCTAssertEqual(second.steps[name]?.cacheHit, true, name)
        }
        XCTAssertEqual(second.steps["AbaloneMSECond"]?.outcome, "True")
        XCTAssertEqual(second.steps["AbaloneRegisterModel-RegisterModel"]?.registered?.hasSuffix("/abalonemodelpackagegroupname/2"), true)
        // The third fails in the FailStep, with the message the learner sees.
        XCTAssertEqual(third.steps["AbaloneMSECond"]?.outcome, "False")
        XCTAssertEqual(third.steps["AbaloneMSEFail"]?.status, "Failed")
        XCTAssertEqual(third.steps["AbaloneMSEFail"]?.failureReason, "Execution failed due to MSE > 3.0")
        XCTAssertNil(third.steps["AbaloneRegisterModel-RegisterModel"])
        let waited = try XCTUnwrap(notebook.cell(startingWith: "try:")).text
        XCTAssertTrue(waited.contains("Waiter PipelineExecutionComplete failed"), waited)
        let shown = try XCTUnwrap(notebook.cell(startingWith: "steps = execution.list_steps()")).text
        XCTAssertTrue(shown.contains("AbaloneMSEFail       Failed     Execution failed due to MSE > 3.0"), shown)
        XCTAssertTrue(shown.hasSuffix("Failed\n"), shown)

        // Each of the first execution's seven steps named, with a lineage table at least for
        // the four that ran jobs (processing, training, evaluation, transform).
        let lineage = try XCTUnwrap(notebook.cell(startingWith: "from sagemaker.lineage.visualizer"))
        XCTAssertGreaterThanOrEqual(lineage.displays, 4, lineage.text)
        for step in first.steps.keys { XCTAssertTrue(lineage.text.contains(step), step) }
        // After the first run: version 1, waiting. At the end: both versions approved.
        let afterFirst = try XCTUnwrap(notebook.cell(startingWith: "sm_client = boto3.client(\"sagemaker\")")).text
        XCTAssertEqual(registryRows(afterFirst), ["1 PendingManualApproval"], afterFirst)
        let atEnd = try XCTUnwrap(notebook.cell(startingWith: "version_1 = model_versions()")).text
        XCTAssertEqual(registryRows(atEnd), ["1 Approved", "2 Approved"], atEnd)
    }

    /// "version status" for each row of the registry table the notebook shows.
    func registryRows(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 3, Int(fields[0]) != nil, Int(fields[1]) != nil else { return nil }
            return "\(fields[1]) \(fields[2])"
        }
    }

    // MARK: - Breast cancer

    func testBreastCancerWorkshop() throws {
        try copyWorkshop("breast_cancer")
        let run = try PipebookProcess.run(["run", "breast_cancer.ipynb", "-o", "executed.ipynb"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let notebook = try ExecutedNotebook(folder.appendingPathComponent("executed.ipynb"))
        XCTAssertTrue(notebook.codeCells.allSatisfy { $0.error == nil && $0.executionCount != nil }, run.stdout)

        // The best model's accuracy passes the 0.9 the condition asks for.
        let report = try XCTUnwrap(notebook.cell(startingWith: "def step_output_uri")).text
        let accuracy = try XCTUnwrap(Double(try XCTUnwrap(firstMatch(#"'accuracy': \{'value': ([0-9.]+)\}"#, in: report))), report)
        XCTAssertGreaterThanOrEqual(accuracy, 0.9, report)
        let lambda = try XCTUnwrap(notebook.cell(startingWith: "announce = ")).text
        XCTAssertTrue(lambda.contains(String(format: "accuracy %.3f on the test set", accuracy)), lambda)

        let executions = try self.executions("CancerPipeline")
        XCTAssertEqual(executions.map(\.status), ["Succeeded", "Succeeded", "Succeeded", "Succeeded"])
        guard executions.count == 4 else { return }
        let work = ["CancerSplit", "CancerTune", "CancerEval"]
        // First run: everything runs, and the condition on accuracy is true.
        XCTAssertTrue(executions[0].steps.values.allSatisfy { $0.status == "Succeeded" && !$0.cacheHit })
        XCTAssertEqual(executions[0].steps["CancerAccuracyCond"]?.outcome, "True")
        XCTAssertEqual(executions[0].steps["CancerAnnounce"]?.status, "Succeeded")
        // Second run, same parameters: every cacheable step is a hit on the first run.
        for name in work {
            XCTAssertEqual(executions[1].steps[name]?.cacheHitSource, executions[0].arn, name)
        }
        // Third run, MaxTuningJobs changed: only the split is reused.
        XCTAssertEqual(executions[2].steps["CancerSplit"]?.cacheHit, true)
        XCTAssertEqual(executions[2].steps["CancerTune"]?.cacheHit, false)
        XCTAssertEqual(executions[2].steps["CancerEval"]?.cacheHit, false)
        // Fourth: failed for want of data, then retried to success.
        let failed = try XCTUnwrap(notebook.cell(startingWith: "next_month = ")).text
        XCTAssertTrue(failed.contains("CancerSplit            Failed      ClientError: No S3 objects found under S3 URL"), failed)
        let retried = try XCTUnwrap(notebook.cell(startingWith: "sagemaker.s3.S3Uploader.upload"))
        XCTAssertEqual(retried.result, "'Succeeded'")
        XCTAssertTrue(executions[3].steps.values.allSatisfy { $0.status == "Succeeded" })
    }

    // MARK: - Helpers

    struct Execution {
        var arn: String
        var status: String
        var steps: [String: Step]
    }

    struct Step {
        var status: String
        var failureReason: String?
        var cacheHitSource: String?
        var outcome: String?
        var registered: String?
        var cacheHit: Bool { cacheHitSource != nil }
    }

    /// The pipeline's executions, oldest first, with their steps, from boto3's sagemaker client.
    func executions(_ pipeline: String) throws -> [Execution] {
        let run = try PipebookProcess.run(["-c", """
        import boto3, json
        sm = boto3.client("sagemaker")
        summaries = sm.list_pipeline_executions(PipelineName="\(pipeline)")["PipelineExecutionSummaries"]
        out = []
        for summary in reversed(summaries):
            arn = summary["PipelineExecutionArn"]
            steps = sm.list_pipeline_execution_steps(PipelineExecutionArn=arn)["PipelineExecutionSteps"]
            out.append({"arn": arn, "status": summary["PipelineExecutionStatus"], "steps": [
                {"name": s["StepName"], "status": s["StepStatus"], "reason": s.get("FailureReason"),
                 "cache": s.get("CacheHitResult", {}).get("SourcePipelineExecutionArn"),
                 "outcome": s.get("Metadata", {}).get("Condition", {}).get("Outcome"),
                 "registered": s.get("Metadata", {}).get("RegisterModel", {}).get("Arn")}
                for s in steps]})
        print(json.dumps(out))
        """], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let list = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return list.map { execution in
            var steps: [String: Step] = [:]
            for step in execution["steps"] as? [[String: Any]] ?? [] {
                steps[step["name"] as? String ?? ""] = Step(
                    status: step["status"] as? String ?? "", failureReason: step["reason"] as? String,
                    cacheHitSource: step["cache"] as? String, outcome: step["outcome"] as? String,
                    registered: step["registered"] as? String)
            }
            return Execution(arn: execution["arn"] as? String ?? "", status: execution["status"] as? String ?? "", steps: steps)
        }
    }

    func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}

/// The code cells of a notebook `pipebook run -o` wrote, with what a reader sees of each.
struct ExecutedNotebook {
    struct CodeCell {
        var source: String
        var executionCount: Int?
        /// Everything shown as text: streams, then results and displays as text/plain.
        var text: String
        /// The execute_result's text/plain.
        var result: String?
        var displays: Int
        /// "Name: value" of an error output.
        var error: String?
        var firstLine: String { String(source.prefix { $0 != "\n" }) }
    }

    var codeCells: [CodeCell] = []

    init(_ url: URL) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        for cell in json["cells"] as? [[String: Any]] ?? [] where cell["cell_type"] as? String == "code" {
            var code = CodeCell(source: Self.joined(cell["source"]), executionCount: cell["execution_count"] as? Int,
                                text: "", result: nil, displays: 0, error: nil)
            for output in cell["outputs"] as? [[String: Any]] ?? [] {
                let plain = Self.joined((output["data"] as? [String: Any])?["text/plain"])
                switch output["output_type"] as? String {
                case "stream": code.text += Self.joined(output["text"])
                case "execute_result": code.text += plain + "\n"; code.result = plain
                case "display_data": code.text += plain + "\n"; code.displays += 1
                case "error": code.error = "\(output["ename"] as? String ?? ""): \(output["evalue"] as? String ?? "")"
                default: break
                }
            }
            codeCells.append(code)
        }
    }

    func cell(startingWith prefix: String) -> CodeCell? {
        codeCells.first { $0.source.hasPrefix(prefix) }
    }

    private static func joined(_ value: Any?) -> String {
        if let lines = value as? [String] { return lines.joined() }
        return value as? String ?? ""
    }
}
