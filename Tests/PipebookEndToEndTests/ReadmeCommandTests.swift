import Foundation
import XCTest

/// Every command in README.md's ```sh blocks, run as a reader would run it: the blocks are shell
/// scripts run with the built `pipebook` first on PATH, in a copy of the workshops. The quick
/// start's lines build Pipebook and run the whole test suite, so they are run by CI instead:
/// this test checks that .ci/run runs them as written.
final class ReadmeCommandTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    var sandbox: URL!

    override func setUpWithError() throws {
        sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-readme-\(UUID().uuidString)")
        // The workshops as a fresh checkout has them: each notebook, its twin and its data.
        for name in ["abalone", "breast_cancer"] {
            let from = Self.root.appendingPathComponent("notebooks/\(name)")
            let to = sandbox.appendingPathComponent("notebooks/\(name)")
            try FileManager.default.createDirectory(at: to, withIntermediateDirectories: true)
            for file in ["\(name).ipynb", "\(name).py"] {
                try FileManager.default.copyItem(at: from.appendingPathComponent(file), to: to.appendingPathComponent(file))
            }
            if name == "abalone" {
                try FileManager.default.copyItem(at: from.appendingPathComponent("data"), to: to.appendingPathComponent("data"))
            }
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(at: sandbox) }

    /// The ```sh blocks of the README, in order.
    func shellBlocks() throws -> [String] {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = [], current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```sh" { current = [] } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else if current != nil { current!.append(String(line)) }
        }
        return blocks
    }

    /// Runs a block with `sh -e` in `folder`; fails the test on a non-zero exit.
    @discardableResult
    func runBlock(_ block: String, in folder: URL, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-e", "-c", block]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = PipebookProcess.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PIPEBOOK_HISTORY"] = sandbox.appendingPathComponent("history").path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "README block failed:\n\(block)\n\(text)", file: file, line: line)
        return text
    }

    func testEveryCommandInTheReadme() throws {
        let blocks = try shellBlocks()
        XCTAssertEqual(blocks.count, 5, "the README's command blocks changed: update this test")
        guard blocks.count == 5 else { return }

        // 1. The quick start: .ci/run installs the packages and runs the other two lines as written.
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let quickStart = blocks[0].split(separator: "\n").map { String($0.split(separator: "#")[0]).trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(quickStart.count, 3)
        for package in quickStart[0].split(separator: " ").dropFirst(3) {
            XCTAssertTrue(ci.contains(package), "\(package) is not installed by .ci/run")
        }
        XCTAssertTrue(quickStart[0].hasPrefix("sudo apt-get install "), quickStart[0])
        for command in quickStart.dropFirst() {
            XCTAssertTrue(ci.split(separator: "\n").contains { ciLine in
                let ciCommand = ciLine.trimmingCharacters(in: .whitespaces)
                return ciCommand == command || ciCommand.hasPrefix(command + " ")  // output redirected, say
            },
                          ".ci/run does not run `\(command)`")
        }

        // 2. The breast cancer workshop, written back with its outputs.
        try runBlock(blocks[1], in: sandbox)
        let executed = sandbox.appendingPathComponent("notebooks/breast_cancer/breast_cancer.executed.ipynb")
        XCTAssertTrue(FileManager.default.fileExists(atPath: executed.path))

        // 3. The REPL (reading an empty standard input) and a one-line program.
        let repl = try runBlock(blocks[2], in: sandbox)
        XCTAssertTrue(repl.contains("sagemaker-us-east-1-000000000000"), repl)

        // 4. The inspection commands, after the abalone workshop.
        let abalone = sandbox.appendingPathComponent("notebooks/abalone")
        let notebook = try PipebookProcess.run(["run", "abalone.ipynb"], in: abalone)
        XCTAssertTrue(notebook.stdout.contains("AbaloneMSEFail"), notebook.stdout)
        let executions = try PipebookProcess.run(["-c", """
        import boto3
        summaries = boto3.client("sagemaker").list_pipeline_executions(PipelineName="AbalonePipeline")["PipelineExecutionSummaries"]
        print(summaries[-1]["PipelineExecutionArn"])
        """], in: abalone)
        let arn = executions.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(arn.hasPrefix("arn:aws:sagemaker:"), executions.stdout + executions.stderr)
        let inspection = try runBlock(blocks[3].replacingOccurrences(of: " ARN ", with: " \(arn) "), in: abalone)
        for expected in ["AbalonePipeline", "AbaloneProcess", "\"Version\": \"2020-12-01\"", "Succeeded", "train-rmse",
                         "PendingManualApproval", "abalone/abalone.csv", "sagemaker-xgboost"] {
            XCTAssertTrue(inspection.contains(expected), "\(expected) not in:\n\(inspection)")
        }

        // 5. Sending to SageMaker: the definition is saved; the aws command cannot run offline,
        //    so check that it is given the file the line before wrote.
        let lines = blocks[4].split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        try runBlock(lines[0], in: abalone)
        XCTAssertTrue(lines[1].hasPrefix("aws sagemaker create-pipeline ") && lines[1].contains("--pipeline-definition file://definition.json"), lines[1])
        let definition = try JSONSerialization.jsonObject(with: Data(contentsOf: abalone.appendingPathComponent("definition.json"))) as? [String: Any]
        XCTAssertEqual(definition?["Version"] as? String, "2020-12-01")
    }
}
