import XCTest
@testable import PipebookNotebook

final class IpynbFormatTests: XCTestCase {
    /// Each fixture read and written gives what nbformat writes for it: upgraded to 4.5, unknown
    /// metadata kept, text split into lines, keys sorted. Ids nbformat would make at random are "ID<index>".
    func testWritesWhatNbformatWrites() throws {
        for name in ["v4.0", "v4.4", "v4.5"] {
            let notebook = try IpynbFormat.read(try Fixtures.text("ipynb/\(name).ipynb"), path: name)
            var written = try JSONParser.parse(IpynbFormat.write(notebook))
            let original = try Fixtures.json("ipynb/\(name).ipynb")["cells"]?.arrayValue ?? []
            guard case .array(var cells)? = written["cells"] else { return XCTFail("no cells") }
            var seen: Set<String> = []
            for index in cells.indices {
                let id = original[index]["id"]?.stringValue
                if id == nil || seen.contains(id!) {
                    XCTAssertTrue(Cell.isValidID(cells[index]["id"]?.stringValue ?? ""))
                    cells[index]["id"] = .string("ID\(index)")
                }
                if let id { seen.insert(id) }
            }
            written["cells"] = .array(cells)
            XCTAssertEqual(JSONWriter.write(written) + "\n", try Fixtures.text("ipynb/\(name).expected.ipynb"), name)
        }
    }

    func testGivesEveryCellAUniqueValidID() throws {
        let notebook = try IpynbFormat.read(try Fixtures.text("ipynb/v4.5.ipynb"), path: "v4.5")
        XCTAssertEqual(notebook.cells[0].id, "first-cell")
        XCTAssertNotEqual(notebook.cells[1].id, "first-cell")
        XCTAssertTrue(Cell.isValidID(notebook.cells[1].id))
    }

    func testReadsOutputsOfEveryType() throws {
        let notebook = try IpynbFormat.read(try Fixtures.text("ipynb/v4.4.ipynb"), path: "v4.4")
        guard case .displayData(let data, let metadata) = notebook.cells[2].outputs[0] else { return XCTFail() }
        XCTAssertEqual(data["image/svg+xml"], .string("<svg>\n</svg>"))
        XCTAssertEqual(metadata["image/png"]?["width"], .int(10))
        XCTAssertEqual(notebook.cells[2].outputs[1], .error(name: "ValueError", value: "bad", traceback: ["\u{1B}[0;31mValueError\u{1B}[0m: bad"]))
        XCTAssertEqual(notebook.cells[0].attachments?["image.png"]?["image/png"], .string("iVBORw0KGgo="))
    }

    /// Bad input: one message naming the file and the problem (with the position for JSON).
    func testBadNotebooksGiveOneClearMessage() {
        let expected = [
            "not-json": "not a JSON file: expecting a property name in double quotes at line 2, column 31",
            "array": "not a Jupyter notebook: the file holds a JSON array, not an object",
            "nbformat3": "nbformat 3.0 is not supported: Pipebook reads nbformat 4.0 to 4.5",
            "nbformat4.9": "nbformat 4.9 is not supported: Pipebook reads nbformat 4.0 to 4.5",
            "no-version": "not a Jupyter notebook: it has no 'nbformat' version number",
            "source-not-text": "cell 1's source is not text",
            "kernel-r": "its kernel language is R, not Python: Pipebook runs Python notebooks only",
        ]
        for (name, problem) in expected {
            let path = Fixtures.url("bad/\(name).ipynb").path
            XCTAssertThrowsError(try NotebookFile.read(path), name) { error in
                XCTAssertEqual(error as? NotebookFileError, NotebookFileError(path: path, problem: problem))
            }
        }
    }

    func testAtomicWriteLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-nb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.ipynb").path
        try NotebookFile.writeAtomically("one", to: path)
        try NotebookFile.writeAtomically("two", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.ipynb"])
    }
}
