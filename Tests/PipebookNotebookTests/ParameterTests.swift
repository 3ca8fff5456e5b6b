import XCTest
@testable import PipebookNotebook

/// Parameters against papermill's own injection (Fixtures/parameters.json).
final class ParameterTests: XCTestCase {
    func testInjectsWhatPapermillInjects() throws {
        for item in try Fixtures.json("parameters.json").arrayValue ?? [] {
            let name = item["notebook"]!.stringValue!
            var notebook = try IpynbFormat.read(try Fixtures.text(name), path: name)
            let parameters = (item["parameters"]?.arrayValue ?? []).map { pair -> NotebookParameter in
                let values = pair.arrayValue!.compactMap(\.stringValue)
                return NotebookParameter(name: values[0], text: values[1])
            }
            ParameterInjection.inject(parameters, into: &notebook)
            let expected = item["cells"]?.arrayValue ?? []
            XCTAssertEqual(notebook.cells.map(\.source), expected.map { $0["source"]!.stringValue! }, name)
            // papermill gives every cell a tags list first; an empty one is no tag.
            XCTAssertEqual(notebook.cells.map(\.tags), expected.map { $0["tags"]!.arrayValue!.compactMap(\.stringValue) }, name)
            XCTAssertEqual(notebook.metadata["papermill"]?["parameters"], item["metadata"], name)
        }
    }

    func testWarnsWhenNoCellIsTaggedParameters() {
        var notebook = Notebook(cells: [Cell(kind: .code, source: "x = 1")])
        let warning = ParameterInjection.inject([NotebookParameter(name: "x", text: "2")], into: &notebook)
        XCTAssertNotNil(warning)
        XCTAssertEqual(notebook.cells.map(\.source), ["# Parameters\nx = 2\n", "x = 1"])
    }

    func testReplacesAnEarlierInjectedCell() {
        var first = Cell(kind: .code, source: "# Parameters\nx = 1\n")
        first.tags = ["injected-parameters"]
        var notebook = Notebook(cells: [first, Cell(kind: .code, source: "print(x)")])
        ParameterInjection.inject([NotebookParameter(name: "x", text: "'two'")], into: &notebook)
        XCTAssertEqual(notebook.cells.map(\.source), ["# Parameters\nx = \"'two'\"\n", "print(x)"])
    }
}
