import XCTest
import PipebookLanguage
@testable import PipebookNotebook

/// The runner in process: outputs, execution counts, metadata, tags, errors, timeouts, display.
final class RunnerTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func notebook(_ percent: String) throws -> Notebook {
        try PercentFormat.read(percent, path: "test.py")
    }

    /// Runs the notebook, writing it to out.ipynb, and checks the file against the schema.
    private func run(_ notebook: inout Notebook, options: RunOptions = RunOptions(), file: StaticString = #filePath, line: UInt = #line) throws -> RunSummary {
        var options = options
        let path = folder.appendingPathComponent("out.ipynb").path
        options.outputPath = path
        options.notebookName = "test.py"
        let summary = try NotebookRunner(options: options).run(&notebook)
        let written = try JSONParser.parse(String(contentsOfFile: path, encoding: .utf8))
        XCTAssertEqual(SchemaValidator.nbformat45.problems(written), [], file: file, line: line)
        XCTAssertEqual(written, try JSONParser.parse(IpynbFormat.write(notebook)), file: file, line: line)
        return summary
    }

    func testNamesCarryFromCellToCellAndOutputsAreCollected() throws {
        var nb = try notebook("""
        # %% [markdown]
        # Title

        # %%
        import sys
        x = 40
        print("out"); print("err", file=sys.stderr); print("more")

        # %%
        x + 2

        # %%
        x + 3;
        """)
        let summary = try run(&nb)
        XCTAssertEqual(summary.cellsRun, 3)
        XCTAssertEqual(summary.failed, 0)
        XCTAssertEqual(nb.cells.map(\.executionCount), [nil, 1, 2, 3])
        XCTAssertEqual(nb.cells[1].outputs, [.stream(name: "stdout", text: "out\n"), .stream(name: "stderr", text: "err\n"),
                                             .stream(name: "stdout", text: "more\n")])
        XCTAssertEqual(nb.cells[2].outputs, [.executeResult(executionCount: 2, data: MimeBundle([("text/plain", .string("42"))]), metadata: .emptyObject)])
        XCTAssertEqual(nb.cells[3].outputs, [], "a trailing semicolon hides the result")
        for cell in nb.cells {
            XCTAssertEqual(cell.metadata["papermill"]?["status"], .string("completed"))
        }
        XCTAssertEqual(nb.metadata["papermill"]?["exception"], .bool(false))
    }

    func testTheFirstFailureStopsTheRun() throws {
        var nb = try notebook("# %%\nx = 1\n\n# %%\ndef f():\n    return 1 / 0\nf()\n\n# %%\nprint('never')\n")
        let summary = try run(&nb)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(summary.firstFailure, 2)
        guard case .error(let name, let value, let traceback) = nb.cells[1].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "ZeroDivisionError")
        XCTAssertEqual(value, "division by zero")
        XCTAssertEqual(traceback, ["Traceback (most recent call last):",
                                   "  File \"test.py, cell 2\", line 3, in <module>", "    f()",
                                   "  File \"test.py, cell 2\", line 2, in f", "    return 1 / 0",
                                   "ZeroDivisionError: division by zero"])
        XCTAssertEqual(nb.cells[1].metadata["papermill"]?["status"], .string("failed"))
        XCTAssertEqual(nb.cells[2].metadata["papermill"]?["status"], .string("pending"))
        XCTAssertNil(nb.cells[2].executionCount)
        XCTAssertEqual(nb.metadata["papermill"]?["exception"], .bool(true))
    }

    func testAllowErrorsRunsOn() throws {
        var nb = try notebook("# %%\nraise ValueError('a')\n\n# %%\nprint('after')\n")
        var options = RunOptions()
        options.allowErrors = true
        let summary = try run(&nb, options: options)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(summary.cellsRun, 2)
        XCTAssertEqual(nb.cells[1].outputs, [.stream(name: "stdout", text: "after\n")])
    }

    func testSyntaxErrorInACell() throws {
        var nb = try notebook("# %%\nx = (1,\n")
        let summary = try run(&nb)
        XCTAssertEqual(summary.failed, 1)
        guard case .error(let name, _, let traceback) = nb.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "SyntaxError")
        XCTAssertTrue(traceback.joined(separator: "\n").contains("test.py, cell 1"), "\(traceback)")
    }

    func testTags() throws {
        var nb = try notebook("""
        # %% tags=["raises-exception"]
        raise KeyError('expected')

        # %% tags=["skip-execution"]
        print('skipped')

        # %%
        print('ran')
        """)
        let summary = try run(&nb)
        XCTAssertEqual(summary.failed, 0)
        XCTAssertEqual(summary.skipped, 1)
        XCTAssertEqual(nb.cells.map(\.executionCount), [1, nil, 2])
        XCTAssertEqual(nb.cells[1].outputs, [])
        XCTAssertEqual(nb.cells[2].outputs, [.stream(name: "stdout", text: "ran\n")])
    }

    func testCellTimeout() throws {
        var nb = try notebook("# %%\nwhile True:\n    pass\n\n# %%\nprint('next')\n")
        var options = RunOptions()
        options.cellTimeout = 0.3
        options.allowErrors = true
        let summary = try run(&nb, options: options)
        XCTAssertEqual(summary.failed, 1)
        guard case .error(let name, let value, _) = nb.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "TimeoutError")
        XCTAssertEqual(value, "test.py, cell 1 ran longer than --cell-timeout 0.3 s and was interrupted")
        XCTAssertEqual(nb.cells[1].outputs, [.stream(name: "stdout", text: "next\n")], "the next cell runs normally")
    }

    func testCellTimeoutStopsAShellCommand() throws {
        var nb = try notebook("# %%\n!sleep 20\n\n# %%\nprint('next')\n")
        var options = RunOptions()
        options.cellTimeout = 0.3
        options.allowErrors = true
        let started = Date()
        let summary = try run(&nb, options: options)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(summary.failed, 1)
        guard case .error(let name, _, _) = nb.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "TimeoutError")
        XCTAssertEqual(nb.cells[1].outputs, [.stream(name: "stdout", text: "next\n")], "the interrupt does not leak into the next cell")
    }

    func testDisplayProtocol() throws {
        var nb = try notebook("""
        # %%
        class Rich:
            def _repr_html_(self):
                return "<b>rich</b>"
            def _repr_markdown_(self):
                return None
            def _repr_json_(self):
                return {"a": [1, 2]}
            def _repr_svg_(self):
                return "<svg></svg>", {"isolated": True}
            def __repr__(self):
                return "Rich()"
        display(Rich(), [1, 2])
        Rich()
        """)
        _ = try run(&nb)
        let rich = MimeBundle([("text/plain", .string("Rich()")), ("text/html", .string("<b>rich</b>")),
                               ("image/svg+xml", .string("<svg></svg>")),
                               ("application/json", .object([("a", .array([.int(1), .int(2)]))]))])
        let svgMetadata = JSON.object([("image/svg+xml", .object([("isolated", .bool(true))]))])
        XCTAssertEqual(nb.cells[0].outputs, [
            .displayData(data: rich, metadata: svgMetadata),
            .displayData(data: MimeBundle([("text/plain", .string("[1, 2]"))]), metadata: .emptyObject),
            .executeResult(executionCount: 1, data: rich, metadata: svgMetadata),
        ])
    }

    func testParametersAreInjectedAfterTheParametersCell() throws {
        var nb = try notebook("# %% tags=[\"parameters\"]\nn = 1\n\n# %%\nn * 10\n")
        var options = RunOptions()
        options.parameters = [NotebookParameter(name: "n", text: "4")]
        _ = try run(&nb, options: options)
        XCTAssertEqual(nb.cells[1].tags, ["injected-parameters"])
        XCTAssertEqual(nb.cells[2].outputs, [.executeResult(executionCount: 3, data: MimeBundle([("text/plain", .string("40"))]), metadata: .emptyObject)])
    }

    func testMagics() throws {
        let file = folder.appendingPathComponent("made.txt").path
        var nb = try notebook("""
        # %%
        # %%writefile \(file)
        line one

        # %%
        # %%writefile -a \(file)
        line two

        # %%
        # %%writefile \(file)
        line one

        # %%
        # %time total = sum(range(5))
        # %time total * 2

        # %%
        name = "made.txt"
        # %cd \(folder.path)
        # !cat $name {name.upper().lower()}
        # %env NOTEBOOK_MAGIC_TEST_VAR=42
        import os
        print(os.environ["NOTEBOOK_MAGIC_TEST_VAR"])
        # %pwd
        """)
        let cwd = FileManager.default.currentDirectoryPath
        // %cd and %env change this test process: undo them for the tests that follow.
        defer {
            FileManager.default.changeCurrentDirectoryPath(cwd)
            unsetenv("NOTEBOOK_MAGIC_TEST_VAR")
        }
        let summary = try run(&nb)
        XCTAssertEqual(summary.failed, 0, "\(nb.cells.map(\.outputs))")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "line one\n")
        XCTAssertEqual(nb.cells[0].outputs, [.stream(name: "stdout", text: "Writing \(file)\n")])
        XCTAssertEqual(nb.cells[1].outputs, [.stream(name: "stdout", text: "Appending to \(file)\n")])
        let realFolder = FileManager.default.currentDirectoryPath
        XCTAssertEqual(nb.cells[2].outputs, [.stream(name: "stdout", text: "Overwriting \(file)\n")])
        guard case .stream(_, let timing) = nb.cells[3].outputs.first else { return XCTFail("no timing") }
        XCTAssertTrue(timing.range(of: #"^Wall time: [0-9.]+ (ns|μs|ms|s)\nWall time: [0-9.]+ (ns|μs|ms|s)\n$"#, options: .regularExpression) != nil, timing)
        XCTAssertEqual(nb.cells[3].outputs.last, .executeResult(executionCount: 4, data: MimeBundle([("text/plain", .string("20"))]), metadata: .emptyObject))
        XCTAssertEqual(nb.cells[4].outputs, [
            .stream(name: "stdout", text: "\(realFolder)\nline one\nline one\nenv: NOTEBOOK_MAGIC_TEST_VAR=42\n42\n"),
            .executeResult(executionCount: 5, data: MimeBundle([("text/plain", .string("'\(realFolder)'"))]), metadata: .emptyObject),
        ])
    }

    func testUnsupportedMagicAndNoShell() throws {
        var nb = try notebook("# %%\n%matplotlib inline\n")
        _ = try run(&nb)
        guard case .error(let name, let value, _) = nb.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "UsageError")
        XCTAssertEqual(value, "the magic %matplotlib is not supported by Pipebook (it supports \(IPythonSyntax.supported))")

        var shell = try notebook("# %%\nprint('not run')\n!ls\n")
        var options = RunOptions()
        options.allowShell = false
        _ = try run(&shell, options: options)
        XCTAssertEqual(shell.cells[0].outputs.count, 1, "nothing of the cell runs")
        guard case .error(_, let message, _) = shell.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(message, "shell commands are turned off (--no-shell): !ls")
    }

    func testInterruptStopsTheRun() throws {
        var nb = try notebook("# %%\nwhile True:\n    pass\n\n# %%\nprint('never')\n")
        var options = RunOptions()
        options.allowErrors = true
        let runner = NotebookRunner(options: options) { event in
            if case .cellStarted = event {}
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { runner.interrupt() }
        let summary = try runner.run(&nb)
        XCTAssertTrue(summary.interrupted)
        XCTAssertEqual(summary.cellsRun, 1)
        guard case .error(let name, _, _) = nb.cells[0].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "KeyboardInterrupt")
    }
}
