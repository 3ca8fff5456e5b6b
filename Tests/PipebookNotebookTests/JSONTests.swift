import XCTest
@testable import PipebookNotebook

final class JSONTests: XCTestCase {
    func testSyntaxErrorsCarryTheirPosition() {
        XCTAssertThrowsError(try JSONParser.parse("{\n  \"a\": 1,\n  oops\n}")) { error in
            XCTAssertEqual(error as? JSONSyntaxError,
                           JSONSyntaxError(message: "expecting a property name in double quotes", line: 3, column: 3))
        }
    }

    func testObjectsKeepKeyOrderAndNumbersKeepTheirKind() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": 1.0, "c": [true, null, "\u00e9\n"]}"#)
        guard case .object(let pairs) = value else { return XCTFail("not an object") }
        XCTAssertEqual(pairs.map(\.key), ["b", "a", "c"])
        XCTAssertEqual(value["b"], .int(1))
        XCTAssertEqual(value["a"], .double(1))
        XCTAssertEqual(value["c"], .array([.bool(true), .null, .string("é\n")]))
    }

    func testWritesAsPythonsJsonDumpsWithSortedKeysAndIndentOne() {
        let value = JSON.object([("b", .array([])), ("a", .object([("x", .double(0.5)), ("y", .string("tab\t\u{1}é"))]))])
        XCTAssertEqual(JSONWriter.write(value), "{\n \"a\": {\n  \"x\": 0.5,\n  \"y\": \"tab\\t\\u0001é\"\n },\n \"b\": []\n}")
        XCTAssertEqual(JSONWriter.compact(.array([.string("é"), .int(1)])), #"["\u00e9", 1]"#)
    }

    func testPythonFloatRepr() {
        XCTAssertEqual(JSONWriter.pythonFloat(1e-05), "1e-05")
        XCTAssertEqual(JSONWriter.pythonFloat(1e16), "1e+16")
        XCTAssertEqual(JSONWriter.pythonFloat(0.25), "0.25")
        XCTAssertEqual(JSONWriter.pythonFloat(3), "3.0")
    }

    func testSplitsLinesAsPythonsSplitlinesKeepingEnds() {
        XCTAssertEqual(splitLinesKeepingEnds("a\nb\r\nc"), ["a\n", "b\r\n", "c"])
        XCTAssertEqual(splitLinesKeepingEnds(""), [])
        XCTAssertEqual(splitLinesKeepingEnds("x\n"), ["x\n"])
    }
}
