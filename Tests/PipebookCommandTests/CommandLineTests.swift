import Foundation
import XCTest

/// `pipebook` as the `python3` command: files, -c, stdin, exit statuses, bad input.
final class CommandLineTests: XCTestCase {
    func testRunsAFileWithItsArguments() throws {
        let folder = try CommandRunner.temporaryFolder()
        let script = folder.appendingPathComponent("args.py")
        try "import sys\nprint(sys.argv)\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try CommandRunner.run(["args.py", "a", "b"], in: folder)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "['args.py', 'a', 'b']\n")
    }

    /// A package whose __init__ imports one of its modules: `from pkg.sub import X` before `pkg`
    /// is imported gets that same module, not a second copy (python3 prints the same).
    func testImportingAModuleThatItsPackageImportsLoadsItOnce() throws {
        let folder = try CommandRunner.temporaryFolder()
        let package = folder.appendingPathComponent("pkg")
        try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
        try "print('loading sub')\nclass X: pass\n".write(to: package.appendingPathComponent("sub.py"), atomically: true, encoding: .utf8)
        try "from pkg.sub import X\n".write(to: package.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try "from pkg.sub import X\nimport pkg\nprint(X is pkg.X)\n".write(to: folder.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        let r = try CommandRunner.run(["main.py"], in: folder)
        XCTAssertEqual(r.stdout, "loading sub\nTrue\n", r.stderr)
    }

    /// A step script's options come from the command line; a bad one exits 2 with argparse's
    /// usage on stderr. The expected texts are what python3 3.11 printed for the same script.
    func testArgparseReadsTheCommandLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        try """
            import argparse
            parser = argparse.ArgumentParser()
            parser.add_argument("--epochs", type=int, default=10)
            args = parser.parse_args()
            print(args.epochs)

            """.write(to: folder.appendingPathComponent("train.py"), atomically: true, encoding: .utf8)
        let noColumns = ["COLUMNS": ""]
        let good = try CommandRunner.run(["train.py", "--epochs", "3"], in: folder, environment: noColumns)
        XCTAssertEqual(good.status, 0)
        XCTAssertEqual(good.stdout, "3\n")
        let bad = try CommandRunner.run(["train.py", "--epochs", "x"], in: folder, environment: noColumns)
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stdout, "")
        XCTAssertEqual(bad.stderr, """
            usage: train.py [-h] [--epochs EPOCHS]
            train.py: error: argument --epochs: invalid int value: 'x'

            """)
        let help = try CommandRunner.run(["train.py", "-h"], in: folder, environment: noColumns)
        XCTAssertEqual(help.status, 0)
        XCTAssertEqual(help.stdout, """
            usage: train.py [-h] [--epochs EPOCHS]

            options:
              -h, --help       show this help message and exit
              --epochs EPOCHS

            """)
    }

    func testDashCAndStandardInput() throws {
        XCTAssertEqual(try CommandRunner.run(["-c", "print(6 * 7)"]).stdout, "42\n")
        XCTAssertEqual(try CommandRunner.run(["-"], input: "print('from stdin')\n").stdout, "from stdin\n")
        XCTAssertEqual(try CommandRunner.run([], input: "print(1 + 1)\n").stdout, "2\n")
    }

    func testUncaughtExceptionPrintsTracebackAndExitsOne() throws {
        let r = try CommandRunner.run(["-c", "def f():\n    return 1 / 0\nf()\n"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
            Traceback (most recent call last):
              File "<string>", line 3, in <module>
              File "<string>", line 2, in f
            ZeroDivisionError: division by zero

            """)
    }

    func testSystemExitStatuses() throws {
        XCTAssertEqual(try CommandRunner.run(["-c", "import sys; sys.exit(3)"]).status, 3)
        XCTAssertEqual(try CommandRunner.run(["-c", "raise SystemExit"]).status, 0)
        let message = try CommandRunner.run(["-c", "raise SystemExit('bye')"])
        XCTAssertEqual(message.status, 1)
        XCTAssertEqual(message.stderr, "bye\n")
    }

    func testMissingFileExitsTwo() throws {
        let r = try CommandRunner.run(["/nonexistent/x.py"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "pipebook: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n")
    }

    func testSyntaxErrorShowsLineAndCaret() throws {
        let r = try CommandRunner.run(["-c", "x = (1,\ny = 2 +\n"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, """
              File "<string>", line 1
                x = (1,
                    ^
            SyntaxError: '(' was never closed

            """)
    }

    /// The bad inputs the language issue lists: one clear message, no crash, no hang.
    func testBadInputGetsOneClearError() throws {
        let cases: [(String, String)] = [
            ("x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1)"),
            ("if 1:\n\tx = 1\n        y = 2\n", "TabError: inconsistent use of tabs and spaces in indentation"),
            (String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000) + "\n",
             "SyntaxError: too many nested parentheses"),
            ((0..<10_000).map { String(repeating: " ", count: $0) + "if 1:\n" }.joined() + "pass\n",
             "IndentationError: too many levels of indentation"),
            ("def f():\n    return f()\nf()\n", "RecursionError: maximum recursion depth exceeded"),
            ("\u{0}\u{1}\u{2}", "SyntaxError: source code cannot contain null bytes"),
        ]
        for (source, lastLine) in cases {
            let r = try CommandRunner.run(["-"], input: source)
            XCTAssertEqual(r.status, 1, lastLine)
            XCTAssertEqual(r.stderr.split(separator: "\n").last.map(String.init), lastLine)
        }
        XCTAssertEqual(try CommandRunner.run(["-"], input: "").status, 0)
    }

    /// A bad `\N{...}` escape is a SyntaxError; the messages are python3 3.11's for the same source.
    func testBadNamedEscapes() throws {
        let cases: [(String, String)] = [
            ("x = \"temperature \\N{DEGREE CELSIUS SIGN} reading\"\n",
             "unknown Unicode character name", "12-34"),
            ("x = \"a \\N character\"\n", "malformed \\N character escape", "2-3"),
            ("x = \"\\N{}\"\n", "malformed \\N character escape", "0-2"),
            ("x = f\"\\N{NOPE} {1}\"\n", "unknown Unicode character name", "0-7"),
        ].map { source, reason, span in
            (source, "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position \(span): \(reason)")
        }
        for (source, lastLine) in cases {
            let r = try CommandRunner.run(["-c", source])
            XCTAssertEqual(r.status, 1, source)
            XCTAssertEqual(r.stderr.split(separator: "\n").last.map(String.init), lastLine)
        }
    }

    func testHugeLiteral() throws {
        let r = try CommandRunner.run(["-"], input: "x = \"" + String(repeating: "a", count: 1_000_000) + "\"\nprint(len(x))\n")
        XCTAssertEqual(r.stdout, "1000000\n")
    }

    func testVersionAndHelp() throws {
        XCTAssertTrue(try CommandRunner.run(["--version"]).stdout.hasPrefix("Pipebook"))
        XCTAssertTrue(try CommandRunner.run(["--help"]).stdout.contains("usage: pipebook"))
        XCTAssertEqual(try CommandRunner.run(["--bogus"]).status, 2)
    }
}
