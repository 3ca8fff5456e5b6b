import XCTest
import PipebookLanguage
@testable import PipebookNotebook

/// stdlib/_pretty.py against IPython's pretty printer, case by case (Fixtures/pretty.json).
final class PrettyPrinterTests: XCTestCase {
    func testMatchesIPython() throws {
        let cases = try Fixtures.json("pretty.json").arrayValue ?? []
        XCTAssertGreaterThan(cases.count, 40)
        let namespace = try Fixtures.text("pretty_cases.py")
        let interp = Interpreter()
        var printed = ""
        interp.standardOutput = { printed += $0 }
        try interp.run(namespace, fileName: "pretty_cases.py")
        // Pipebook has no exec(): the setup code is run as a cell of its own.
        try interp.run(interp.globals["SETUP"]!.stringValue!, fileName: "<setup>")
        try interp.run("import _pretty\n", fileName: "<test>")
        for item in cases {
            let expression = item["expression"]!.stringValue!
            let value = try interp.evaluate("_pretty.pretty(\(expression))")
            XCTAssertEqual(value.stringValue, item["text"]?.stringValue, expression)
            // The runner's shortcut, when it applies, must give the same text.
            if let shortcut = try DisplayFormatter.plainRepr(try interp.evaluate(expression), interp) {
                XCTAssertEqual(shortcut, item["text"]?.stringValue, "shortcut for \(expression)")
            }
        }
    }
}
