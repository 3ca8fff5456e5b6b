import Foundation
import XCTest

/// The REPL on a terminal: prompts, echo of values, `_`, blocks, tracebacks, history,
/// completion, Ctrl-C and Ctrl-D.
final class REPLTests: XCTestCase {
    private var history: URL!

    override func setUpWithError() throws {
        history = try CommandRunner.temporaryFolder().appendingPathComponent("history")
    }

    private func startREPL() throws -> PseudoTerminal {
        let repl = try PseudoTerminal(CommandRunner.executable, environment: ["PIPEBOOK_HISTORY": history.path])
        XCTAssertNotNil(repl.wait(for: ">>> "), "no prompt")
        return repl
    }

    func testEchoesValuesAndKeepsUnderscore() throws {
        let repl = try startREPL()
        repl.send("6 * 7\n")
        XCTAssertNotNil(repl.wait(for: "42\r\n>>> "))
        repl.send("_ + 1\n")
        XCTAssertNotNil(repl.wait(for: "43\r\n>>> "))
        repl.send("None\n")
        let afterNone = repl.wait(for: ">>> ")
        XCTAssertEqual(afterNone?.contains("None\r\nNone"), false, "None is not echoed")
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testCompoundStatementEndsAtBlankLine() throws {
        let repl = try startREPL()
        repl.send("for i in range(2):\n")
        XCTAssertNotNil(repl.wait(for: "... "))
        repl.send("    print('line', i)\n")
        XCTAssertNotNil(repl.wait(for: "... "))
        repl.send("\n")
        XCTAssertNotNil(repl.wait(for: "line 0\r\nline 1\r\n>>> "))
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testTracebackKeepsTheSessionGoing() throws {
        let repl = try startREPL()
        repl.send("1 / 0\n")
        XCTAssertNotNil(repl.wait(for: "ZeroDivisionError: division by zero"))
        repl.send("x = 5\n")
        repl.send("x\n")
        XCTAssertNotNil(repl.wait(for: "5\r\n>>> "))
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testCtrlCDropsTheLineAndInterruptsRunningCode() throws {
        let repl = try startREPL()
        repl.send("unfinished = (")
        XCTAssertNotNil(repl.wait(for: "unfinished = ("), "the typed text is echoed before Ctrl-C")
        repl.sendInterrupt()
        XCTAssertNotNil(repl.wait(for: "KeyboardInterrupt"))
        XCTAssertNotNil(repl.wait(for: ">>> "))
        repl.send("while True: pass\n")
        repl.send("\n")
        repl.sendInterrupt()
        XCTAssertNotNil(repl.wait(for: "KeyboardInterrupt"))
        repl.send("'still here'\n")
        XCTAssertNotNil(repl.wait(for: "'still here'"))
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testTabCompletesNamesAndAttributes() throws {
        let repl = try startREPL()
        repl.send("import sys\n")
        XCTAssertNotNil(repl.wait(for: ">>> "))
        repl.send("sys.getrec\t")
        XCTAssertNotNil(repl.wait(for: "sys.getrecursionlimit"))
        repl.send("()\n")
        XCTAssertNotNil(repl.wait(for: "1000\r\n>>> "))
        repl.sendEndOfInput()
        XCTAssertEqual(repl.waitForExit(), 0)
    }

    func testHistoryIsKeptAcrossSessions() throws {
        let first = try startREPL()
        first.send("remembered = 1\n")
        XCTAssertNotNil(first.wait(for: ">>> "))
        first.sendEndOfInput()
        XCTAssertEqual(first.waitForExit(), 0)
        let saved = try String(contentsOf: history, encoding: .utf8)
        XCTAssertTrue(saved.contains("remembered = 1"))
    }
}
