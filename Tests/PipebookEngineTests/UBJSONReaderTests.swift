@testable import PipebookEngine
import XCTest

/// UBJSON as XGBoost writes it (`[$d#` float32 node arrays, `[#` arrays, int64-length keys) and
/// the rest of Draft 12. The models themselves are read in XGBoostScriptTests.
final class UBJSONReaderTests: XCTestCase {
    private func key(_ s: String) -> [UInt8] { [UInt8(ascii: "L")] + bigEndian(UInt64(s.utf8.count), 8) + Array(s.utf8) }
    private func bigEndian(_ n: UInt64, _ size: Int) -> [UInt8] { (0..<size).reversed().map { UInt8(truncatingIfNeeded: n >> (8 * $0)) } }
    private func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testReadsXGBoostsContainers() throws {
        var bytes = ascii("{")
        bytes += key("split_conditions") + ascii("[$d#") + ascii("i") + [2] + bigEndian(UInt64(Float(0.1).bitPattern), 4)
            + bigEndian(UInt64(Float(-2.5).bitPattern), 4)
        bytes += key("left_children") + ascii("[$l#") + ascii("U") + [2] + bigEndian(1, 4) + bigEndian(UInt64(UInt32(bitPattern: -1)), 4)
        bytes += key("default_left") + ascii("[$U#") + ascii("i") + [1] + [1]
        bytes += key("version") + ascii("[#") + ascii("i") + [2] + ascii("i") + [3] + ascii("L") + bigEndian(2, 8)
        bytes += key("name") + ascii("S") + ascii("i") + [6] + ascii("gbtree")
        bytes += key("flag") + ascii("F") + ascii("}")

        XCTAssertEqual(try JSONValue.parseUBJSON(bytes), .object([
            ("split_conditions", .array([.double(Double(Float(0.1))), .double(-2.5)])),
            ("left_children", .array([.int(1), .int(-1)])),
            ("default_left", .array([.int(1)])),
            ("version", .array([.int(3), .int(2)])),
            ("name", .string("gbtree")),
            ("flag", .bool(false)),
        ]))
    }

    func testReadsTheRestOfTheDraft() throws {
        let bytes = ascii("[") + ascii("Z") + ascii("T") + ascii("I") + bigEndian(UInt64(UInt16(bitPattern: -300)), 2)
            + ascii("D") + bigEndian(1.5.bitPattern, 8) + ascii("C") + ascii("x") + ascii("{#i") + [1] + ascii("i") + [1] + ascii("a")
            + ascii("Z") + ascii("{$i#i") + [1] + ascii("i") + [1] + ascii("b") + [7] + ascii("]")
        XCTAssertEqual(try JSONValue.parseUBJSON(bytes), .array([
            .null, .bool(true), .int(-300), .double(1.5), .string("x"), .object([("a", .null)]), .object([("b", .int(7))]),
        ]))
    }

    func testNamesWhatItCannotRead() {
        for (bytes, message) in [
            (ascii("[$d#i") + [3] + [0, 0, 0, 0], "invalid UBJSON at offset 10: the data ends inside a number"),
            (ascii("[$di"), "invalid UBJSON at offset 3: a typed container without a count"),
            (ascii("[$d#L") + bigEndian(1 << 40, 8), "invalid UBJSON at offset 13: a length of 1099511627776 does not fit the data"),
            (ascii("H"), "invalid UBJSON at offset 1: high-precision numbers (H) are not supported"),
            (ascii("[x]"), "invalid UBJSON at offset 2: unknown type marker 'x'"),
            (ascii("TT"), "invalid UBJSON at offset 1: 1 bytes after the value"),
            (ascii("[T"), "invalid UBJSON at offset 2: the data ends inside a container"),
        ] {
            XCTAssertThrowsError(try JSONValue.parseUBJSON(bytes)) { XCTAssertEqual("\($0)", message) }
        }
    }
}
