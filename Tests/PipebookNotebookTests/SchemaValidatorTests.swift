import XCTest
@testable import PipebookNotebook

/// The validator itself must catch what nbformat's validator catches, or passing it means nothing.
final class SchemaValidatorTests: XCTestCase {
    func testAcceptsNbformatsOwnNotebooks() throws {
        for name in ["v4.0", "v4.4", "v4.5"] {
            let json = try Fixtures.json("ipynb/\(name).expected.ipynb")
            XCTAssertEqual(SchemaValidator.nbformat45.problems(json), [], name)
        }
    }

    func testRejectsWhatTheSchemaForbids() throws {
        var json = try Fixtures.json("ipynb/v4.5.expected.ipynb")
        guard case .array(var cells)? = json["cells"] else { return XCTFail("no cells") }
        cells[0]["id"] = .string("not valid!")
        cells[0]["execution_count"] = .int(-1)
        cells[1]["outputs"] = .array([.object([("output_type", .string("stream")), ("name", .string("stdout"))])])
        cells[1]["surprise"] = .bool(true)
        json["cells"] = .array(cells)
        json["nbformat_minor"] = .string("5")
        let problems = SchemaValidator.nbformat45.problems(json)
        XCTAssertTrue(problems.contains { $0.contains("nbformat_minor") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("cells[0]") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("cells[1]") }, "\(problems)")
    }
}
