import Foundation
import XCTest

/// The IPython lines workshops use, typed at the REPL, and `pipebook run` on a terminal.
final class IPythonLinesTests: XCTestCase {
    private func startREPL() throws -> PseudoTerminal {
        let history = try CommandRunner.temporaryFolder().appendingPathComponent("history")
        let repl = try PseudoTerminal(CommandRunner.executable, environment: ["PIPEBOOK_HISTORY": history.path])
        XCTAssertNotNil(repl.wait(for: ">>> "), "no prompt")
        return repl
    }

    func testShellLinesAndMagicsAtTheREPL() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("w.txt").path
        let repl = try startREPL()
        repl.send("x = 3\n")
        XCTAssertNotNil(repl.wait(for: ">>> "))
        repl.send("!echo shell {x * 2} $x\n")
        XCTAssertNotNil(repl.wait(for: "shell 6 3\r\n>>> "))
        repl.send("%cd \(folder.path)\n")
        XCTAssertNotNil(repl.wait(for: ">>> "))
        repl.send("%pwd\n")
        XCTAssertNotNil(repl.wait(for: "'\(folder.resolvingSymlinksInPath().path)'\r\n>>> "))
        repl.send("%%writefile \(file)\n")
        XCTAssertNotNil(repl.wait(for: "... "))
        repl.send("written\n")
        XCTAssertNotNil(repl.wait(for: "... "))
        repl.send("\n")
        XCTAssertNotNil(repl.wait(for: "Writing \(file)\r\n>>> "))
        repl.send("%matplotlib inline\n")
        XCTAssertNotNil(repl.wait(for: "UsageError: the magic %matplotlib is not supported by Pipebook"))
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "written\n")
    }

    func testRunUsesColourOnATerminalOnly() throws {
        let folder = try CommandRunner.temporaryFolder()
        let notebook = folder.appendingPathComponent("n.py")
        try "# %%\n1 + 1\n".write(to: notebook, atomically: true, encoding: .utf8)
        // `swift test` sets NO_COLOR itself; env -u takes it away for this run.
        let coloured = try PseudoTerminal(URL(fileURLWithPath: "/usr/bin/env"),
                                          arguments: ["-u", "NO_COLOR", CommandRunner.executable.path, "run", notebook.path])
        let seen = coloured.wait(for: "skipped")
        XCTAssertTrue(seen?.contains("\u{1B}[1mIn [1] cell 1:\u{1B}[0m 1 + 1") == true, "\(seen.debugDescription)")
        XCTAssertEqual(coloured.waitForExit(), 0)
        let plain = try PseudoTerminal(CommandRunner.executable, arguments: ["run", notebook.path], environment: ["NO_COLOR": "1"])
        let text = plain.wait(for: "skipped")
        XCTAssertEqual(plain.waitForExit(), 0)
        XCTAssertEqual(text?.contains("\u{1B}["), false, "NO_COLOR turns colour off")
    }
}
