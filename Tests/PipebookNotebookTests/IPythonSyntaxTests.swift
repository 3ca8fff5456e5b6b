import XCTest
@testable import PipebookNotebook

/// How IPython lines become Python: one line for one line, strings left alone.
final class IPythonSyntaxTests: XCTestCase {
    let syntax = IPythonSyntax()
    let m = IPythonSyntax.helperName

    func testPlainPythonIsLeftAsItIs() throws {
        XCTAssertNil(try syntax.translate("x = 1\nprint(x)"))
        XCTAssertNil(try syntax.translate("x = 10 % 3\ny = x != 2"))
    }

    func testShellLinesInterpolateExpressionsAndNames() throws {
        XCTAssertEqual(try syntax.translate("!ls -l {folder + '/x'} $name {{literal}} $$HOME"),
                       "\(m).system('ls -l ' + str(folder + '/x') + ' ' + str(name) + ' {literal} $HOME')")
        XCTAssertEqual(try syntax.translate("if True:\n    !echo 'it''s'"),
                       "if True:\n    \(m).system('echo \\'it\\'\\'s\\'')")
    }

    func testLineMagics() throws {
        XCTAssertEqual(try syntax.translate("%pwd"), "\(m).pwd()")
        XCTAssertEqual(try syntax.translate("%cd ~/data"), "\(m).cd('~/data')")
        XCTAssertEqual(try syntax.translate("%env A=1"), "\(m).env('A=1')")
        XCTAssertEqual(try syntax.translate("%time f(2)"), "\(m).time_end(\(m).time_start(), (f(2)))")
        XCTAssertEqual(try syntax.translate("%time x = f(2)"),
                       "__pipebook_started__ = \(m).time_start(); x = f(2); \(m).time_end(__pipebook_started__)")
    }

    func testWritefileTakesTheWholeCell() throws {
        XCTAssertEqual(try syntax.translate("%%writefile -a out.txt\nline\n!not a shell line"),
                       "\(m).writefile('out.txt', 'line\\n!not a shell line\\n', True)")
    }

    func testLinesInsideTripleQuotedStringsAreLeftAlone() throws {
        let source = "text = \"\"\"\n!not shell\n%not magic\n\"\"\"\n%pwd"
        XCTAssertEqual(try syntax.translate(source), "text = \"\"\"\n!not shell\n%not magic\n\"\"\"\n\(m).pwd()")
    }

    func testUnsupportedMagicsNameThemselvesAndTheirLine() {
        XCTAssertThrowsError(try syntax.translate("x = 1\n%matplotlib inline")) { error in
            XCTAssertEqual((error as? UnsupportedMagic)?.line, 2)
            XCTAssertEqual((error as? UnsupportedMagic)?.message.hasPrefix("the magic %matplotlib is not supported by Pipebook"), true)
        }
        XCTAssertThrowsError(try syntax.translate("%%bash\nls")) { error in
            XCTAssertEqual((error as? UnsupportedMagic)?.message.hasPrefix("the cell magic %%bash is not supported"), true)
        }
        XCTAssertThrowsError(try IPythonSyntax(allowShell: false).translate("!ls")) { error in
            XCTAssertEqual((error as? UnsupportedMagic)?.message, "shell commands are turned off (--no-shell): !ls")
        }
    }
}
