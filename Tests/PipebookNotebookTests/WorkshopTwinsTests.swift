import XCTest
@testable import PipebookNotebook

/// Each workshop in notebooks/ is written in the percent format (NAME/NAME.py) and shipped as a
/// notebook too (NAME/NAME.ipynb): the notebook must be what `pipebook convert NAME.py
/// NAME.ipynb` writes, so the two never drift apart.
final class WorkshopTwinsTests: XCTestCase {
    static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks")

    private func hint(_ name: String) -> String {
        "\(name).ipynb differs from \(name).py: run `pipebook convert notebooks/\(name)/\(name).py notebooks/\(name)/\(name).ipynb`"
    }

    func testEachWorkshopNotebookIsItsPercentFileConverted() throws {
        let names = ["abalone", "breast_cancer"]
        for name in names {
            let folder = Self.notebooks.appendingPathComponent(name)
            let percent = folder.appendingPathComponent("\(name).py").path
            let ipynb = folder.appendingPathComponent("\(name).ipynb").path
            // Cell ids are random (as nbformat makes them): the notebook converted anew, with
            // the shipped notebook's ids, must be the shipped notebook byte for byte.
            let shipped = try String(contentsOfFile: ipynb, encoding: .utf8)
            let shippedNotebook = try NotebookFile.read(ipynb)
            var converted = try NotebookFile.read(percent)
            XCTAssertEqual(converted.cells.count, shippedNotebook.cells.count, "\(name): \(hint(name))")
            guard converted.cells.count == shippedNotebook.cells.count else { continue }
            for index in converted.cells.indices { converted.cells[index].id = shippedNotebook.cells[index].id }
            XCTAssertEqual(NotebookFile.text(converted, for: ipynb), shipped, "\(name): \(hint(name))")
        }
    }
}
