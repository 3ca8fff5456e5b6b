import XCTest
@testable import PipebookNotebook

/// The percent format against what jupytext reads and writes for the same files.
final class PercentFormatTests: XCTestCase {
    static let names = ["basic", "magics", "markers", "header"]

    func testReadsCellsAsJupytextDoes() throws {
        for name in Self.names {
            let notebook = try PercentFormat.read(try Fixtures.text("percent/\(name).py"), path: name)
            let expectation = try Fixtures.json("percent/\(name).expected.json")
            let expected = expectation["cells"]?.arrayValue ?? []
            if expectation["kernelspec"] != .null {
                XCTAssertEqual(notebook.metadata["kernelspec"], expectation["kernelspec"], name)
            }
            XCTAssertEqual(notebook.cells.count, expected.count, name)
            for (cell, want) in zip(notebook.cells, expected) {
                XCTAssertEqual(cell.kind.rawValue, want["cell_type"]?.stringValue, name)
                XCTAssertEqual(cell.source, want["source"]?.stringValue, name)
                XCTAssertEqual(cell.metadata, want["metadata"], "\(name): \(cell.source)")
            }
        }
    }

    func testWritesAsJupytextWrites() throws {
        for name in Self.names {
            let notebook = try PercentFormat.read(try Fixtures.text("percent/\(name).py"), path: name)
            XCTAssertEqual(PercentFormat.write(notebook), try Fixtures.text("percent/\(name).written.py"), name)
        }
    }

    func testHeaderMetadataIsKept() throws {
        let text = "# ---\n# jupyter:\n#   kernelspec:\n#     display_name: R\n#     language: R\n#     name: ir\n#   custom:\n#     version: '1.3'\n#     count: 3\n#     list: [1, \"a\"]\n# ---\n\n# %%\nx <- 1\n"
        let notebook = try PercentFormat.read(text, path: "r.py")
        XCTAssertEqual(notebook.kernelLanguage, "R")
        XCTAssertEqual(notebook.metadata["custom"], .object([("version", .string("1.3")), ("count", .int(3)),
                                                            ("list", .array([.int(1), .string("a")]))]))
        XCTAssertEqual(notebook.cells.map(\.source), ["x <- 1"])
    }

    func testTagsOnTheMarkerLine() throws {
        let notebook = try PercentFormat.read("# %% tags=[\"parameters\", \"x\"]\na = 1\n", path: "t.py")
        XCTAssertEqual(notebook.cells[0].tags, ["parameters", "x"])
    }

    func testConvertingANotebookAndBackKeepsItsCells() throws {
        let notebook = try IpynbFormat.read(try Fixtures.text("ipynb/v4.4.ipynb"), path: "v4.4")
        let back = try PercentFormat.read(PercentFormat.write(notebook), path: "v4.4.py")
        XCTAssertEqual(back.cells.map(\.source), notebook.cells.map(\.source))
        XCTAssertEqual(back.cells.map(\.kind), notebook.cells.map(\.kind))
        XCTAssertEqual(back.cells.map(\.tags), notebook.cells.map(\.tags))
    }
}
