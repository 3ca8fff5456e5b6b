import XCTest
@testable import PipebookNotebook

/// `pipebook run` and `pipebook convert` as a user runs them: flags, exit statuses, messages,
/// and the files left behind, including after a kill.
final class RunCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func readNotebook(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> Notebook {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(SchemaValidator.nbformat45.problems(try JSONParser.parse(text)), [], file: file, line: line)
        return try IpynbFormat.read(text, path: path)
    }

    static let sample = """
    # %% [markdown]
    # A note

    # %% tags=["parameters"]
    n = 2

    # %%
    print("n is", n)
    [n] * 3
    """

    func testRunShowsCellsAndWritesTheNotebook() throws {
        let input = try file("sample.py", Self.sample)
        let output = folder.appendingPathComponent("out.ipynb").path
        let result = try Pipebook.run(["run", input, "-o", output, "-p", "n", "5"], in: folder, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
              A note
            In [1] cell 2: n = 2
              completed in TIME
            In [2] cell 3: # Parameters
              completed in TIME
            In [3] cell 4: print("n is", n)
            n is 5
            Out[3]: [5, 5, 5]
              completed in TIME
            3 cells run, 0 failed, 0 skipped in TIME; written to \(output)

            """)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "no colour when not on a terminal")
        let notebook = try readNotebook(output)
        XCTAssertEqual(notebook.cells[3].outputs.last, .executeResult(executionCount: 3, data: MimeBundle([("text/plain", .string("[5, 5, 5]"))]), metadata: .emptyObject))
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), Self.sample, "the input is untouched")
    }

    func testQuietLeavesMarkdownOut() throws {
        let input = try file("sample.py", Self.sample)
        let result = try Pipebook.run(["run", "--quiet", input], in: folder)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("A note"))
        XCTAssertTrue(result.stdout.contains("Out[2]: [2, 2, 2]"))
    }

    func testInplaceRewritesTheNotebook() throws {
        let input = try file("nb.ipynb", IpynbFormat.write(try PercentFormat.read(Self.sample, path: "s.py")))
        let result = try Pipebook.run(["run", "--inplace", input], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try readNotebook(input).cells[2].executionCount, 2)
    }

    func testAFailingCellStopsTheRunWithStatusOne() throws {
        let input = try file("fail.py", "# %%\nx = 1\n\n# %%\nx / 0\n\n# %%\nprint('after')\n")
        let output = folder.appendingPathComponent("out.ipynb").path
        let result = try Pipebook.run(["run", input, "-o", output], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("  File \"fail.py, cell 2\", line 1, in <module>\n    x / 0\nZeroDivisionError: division by zero\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("pipebook: fail.py, cell 2 failed: ZeroDivisionError: division by zero"), result.stderr)
        XCTAssertFalse(result.stdout.contains("after"))
        XCTAssertTrue(result.stdout.contains("2 cells run, 1 failed, 0 skipped"), result.stdout)
        XCTAssertNil(try readNotebook(output).cells[2].executionCount)

        let again = try Pipebook.run(["run", input, "--allow-errors"], in: folder)
        XCTAssertEqual(again.status, 1, "--allow-errors still fails the run")
        XCTAssertTrue(again.stdout.contains("after"))
    }

    func testCellTimeoutAndNoShellFlags() throws {
        let slow = try file("slow.py", "# %%\nwhile True:\n    pass\n")
        let timedOut = try Pipebook.run(["run", slow, "--cell-timeout", "0.3"], in: folder)
        XCTAssertEqual(timedOut.status, 1)
        XCTAssertTrue(timedOut.stderr.contains("TimeoutError: slow.py, cell 1 ran longer than --cell-timeout 0.3 s and was interrupted"), timedOut.stderr)

        let shell = try file("shell.py", "# %%\n!echo hi\n")
        XCTAssertEqual(try Pipebook.run(["run", shell], in: folder).stdout.contains("hi\n"), true)
        let refused = try Pipebook.run(["run", shell, "--no-shell"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("shell commands are turned off (--no-shell): !echo hi"), refused.stderr)
    }

    /// Bad input: exit status 2, one line naming the file and the problem, the file untouched.
    func testBadInput() throws {
        for (name, problem) in [("not-json", "not a JSON file: expecting a property name in double quotes at line 2, column 31"),
                                ("nbformat3", "nbformat 3.0 is not supported: Pipebook reads nbformat 4.0 to 4.5"),
                                ("kernel-r", "its kernel language is R, not Python: Pipebook runs Python notebooks only")] {
            let original = try Fixtures.text("bad/\(name).ipynb")
            let path = try file("\(name).ipynb", original)
            let result = try Pipebook.run(["run", "--inplace", path], in: folder)
            XCTAssertEqual(result.status, 2, name)
            XCTAssertEqual(result.stderr, "pipebook: \(path): \(problem)\n")
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        }
        let missing = try Pipebook.run(["run", "nowhere.ipynb"], in: folder)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "pipebook: nowhere.ipynb: no such file\n")
        let usage = try Pipebook.run(["run", "a.ipynb", "-o", "b.ipynb", "--inplace"], in: folder)
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.contains("give either -o OUT or --inplace, not both"), usage.stderr)
    }

    /// A kill mid-run leaves a valid notebook holding every finished cell.
    func testKilledRunLeavesAValidNotebook() throws {
        let input = try file("long.py", "# %%\nprint('one')\n\n# %%\nprint('two')\n\n# %%\nimport time\ntime.sleep(60)\n\n# %%\nprint('four')\n")
        let output = folder.appendingPathComponent("out.ipynb").path
        let process = try Pipebook.start(["run", input, "-o", output], in: folder)
        let deadline = Date().addingTimeInterval(20)
        var running = false
        while Date() < deadline && !running {
            if let text = try? String(contentsOfFile: output, encoding: .utf8), let notebook = try? IpynbFormat.read(text, path: output) {
                running = notebook.cells[2].metadata["papermill"]?["status"] == .string("running")
            }
            usleep(20_000)
        }
        XCTAssertTrue(running, "the third cell never started")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let notebook = try readNotebook(output)
        XCTAssertEqual(notebook.cells[0].outputs, [.stream(name: "stdout", text: "one\n")])
        XCTAssertEqual(notebook.cells[1].outputs, [.stream(name: "stdout", text: "two\n")])
        XCTAssertEqual(notebook.cells.map { $0.metadata["papermill"]?["status"]?.stringValue }, ["completed", "completed", "running", "pending"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["long.py", "out.ipynb"])
    }

    /// Ctrl-C: the running cell gets KeyboardInterrupt, the notebook is written, status 130.
    func testInterruptWritesWhatRanAndStops() throws {
        let input = try file("loop.py", "# %%\nprint('one')\n\n# %%\nwhile True:\n    pass\n\n# %%\nprint('three')\n")
        let output = folder.appendingPathComponent("out.ipynb").path
        let process = try Pipebook.start(["run", input, "-o", output, "--allow-errors"], in: folder)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: output, encoding: .utf8), text.contains("\"running\"") { break }
            usleep(20_000)
        }
        usleep(100_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        let notebook = try readNotebook(output)
        XCTAssertEqual(notebook.cells[0].outputs, [.stream(name: "stdout", text: "one\n")])
        guard case .error(let name, _, _) = notebook.cells[1].outputs.last else { return XCTFail("no error output") }
        XCTAssertEqual(name, "KeyboardInterrupt")
        XCTAssertNil(notebook.cells[2].executionCount, "the run stops even with --allow-errors")
    }

    func testConvertBothWays() throws {
        let input = try file("sample.py", Self.sample)
        let ipynb = folder.appendingPathComponent("sample.ipynb").path
        XCTAssertEqual(try Pipebook.run(["convert", input, ipynb], in: folder).status, 0)
        let notebook = try readNotebook(ipynb)
        XCTAssertEqual(notebook.cells.map(\.kind), [.markdown, .code, .code])
        let back = folder.appendingPathComponent("back.py").path
        XCTAssertEqual(try Pipebook.run(["convert", ipynb, back], in: folder).status, 0)
        XCTAssertEqual(try String(contentsOfFile: back, encoding: .utf8), Self.sample + "\n")

        let bad = try file("bad.ipynb", "{")
        let result = try Pipebook.run(["convert", bad, back], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "pipebook: \(bad): not a JSON file: expecting a property name in double quotes at line 1, column 2\n")
    }

    func testHelp() throws {
        let help = try Pipebook.run(["run", "--help"], in: folder)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: pipebook run <notebook>"), help.stdout)
        XCTAssertTrue(help.stdout.contains("-p <NAME VALUE>"), help.stdout)
        XCTAssertEqual(try Pipebook.run(["convert", "--help"], in: folder).status, 0)
        let missing = try Pipebook.run(["run"], in: folder)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("Missing expected argument '<notebook>'"), missing.stderr)
    }

    func testPythonCommandStillRunsFiles() throws {
        let script = try file("hello.py", "print('hello')\n")
        XCTAssertEqual(try Pipebook.run([script], in: folder).stdout, "hello\n")
        XCTAssertEqual(try Pipebook.run(["-c", "print(1 + 1)"], in: folder).stdout, "2\n")
    }
}

/// The built `pipebook` executable.
enum Pipebook {
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("pipebook")
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func start(_ arguments: [String], in folder: URL, environment: [String: String] = [:],
                      stdout: Any? = nil, stderr: Any? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to the end; durations in the output are replaced by TIME.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        let out = Pipe(), err = Pipe()
        let process = try start(arguments, in: folder, environment: environment, stdout: out, stderr: err)
        // Read both pipes at once, or a full stderr pipe could block the process.
        var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        let stdout = String(decoding: outData, as: UTF8.self)
            .replacingOccurrences(of: #"\d+(\.\d+)? (ms|s)\b"#, with: "TIME", options: .regularExpression)
        return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: errData, as: UTF8.self))
    }
}
