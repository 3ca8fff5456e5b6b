import Foundation
@testable import PipebookLanguage
import XCTest

/// Compiles small erroneous programs and compares each syntax error with CPython 3.11's: the
/// kind (SyntaxError, IndentationError, TabError), the message, the line and the column.
///
/// The programs and CPython's answers are in Fixtures/syntax-errors/expected.json, written by
/// Fixtures/syntax-errors/generate.py from `compile(source, "<case>", "exec")`. CPython's
/// `offset` is 1-based and counts characters, which is what `SyntaxError.location.column`
/// holds. Valid programs (`"error": null`) must parse and compile.
///
/// Cases listed in Fixtures/syntax-errors/known-failures.txt are expected to differ for now;
/// the test fails when one of them matches, so the list only ever shrinks.
final class SyntaxErrorPositionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/syntax-errors")

    struct Expected: Decodable {
        let type: String
        let msg: String
        let lineno: Int?
        let offset: Int?
    }

    struct Case: Decodable {
        let name: String
        let source: String
        let error: Expected?
    }

    struct Corpus: Decodable {
        let cases: [Case]
    }

    func testEveryCaseMatchesCPython() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("expected.json"))
        let cases = try JSONDecoder().decode(Corpus.self, from: data).cases
        XCTAssertGreaterThan(cases.count, 500, "the corpus is missing")
        let known = try Self.knownFailures()
        let names = Set(cases.map(\.name))
        XCTAssertTrue(known.keys.allSatisfy(names.contains),
                      "known-failures.txt names cases that do not exist: \(known.keys.filter { !names.contains($0) }.sorted())")
        let interp = Interpreter()
        var failed: [String] = []
        var unexpectedPasses: [String] = []
        for c in cases {
            let expected = c.error.map(Self.describe) ?? "no error"
            let actual = Self.outcome(of: c.source, interp: interp)
            let passed = actual == expected
            if passed && known[c.name] != nil { unexpectedPasses.append(c.name) }
            if !passed && known[c.name] == nil {
                failed.append(c.name)
                XCTFail("\(c.name): \(String(reflecting: c.source))\n  CPython:  \(expected)\n  Pipebook: \(actual)")
            }
            if c.error == nil && !passed {
                XCTAssertNil(known[c.name], "\(c.name) is valid and must parse; it cannot be a known failure")
            }
        }
        XCTAssertTrue(unexpectedPasses.isEmpty, "now matching, remove from known-failures.txt: \(unexpectedPasses)")
        let matching = cases.count - failed.count - known.count + unexpectedPasses.count
        print("syntax errors: \(matching) of \(cases.count) cases match CPython; \(known.count) known failures")
    }

    /// `Kind: message (line:column)`, the form both sides are compared in.
    static func describe(_ e: Expected) -> String {
        "\(e.type): \(e.msg) (\(e.lineno.map(String.init) ?? "-"):\(e.offset.map(String.init) ?? "-"))"
    }

    /// What Pipebook says of the program: its parser and then its compiler, as `compile()` does.
    static func outcome(of source: String, interp: Interpreter) -> String {
        do {
            let module = try Parser.parseModule(source, fileName: "<case>")
            _ = try Compiler.compileModule(module, fileName: "<case>", globals: Globals(), interp: interp,
                                           echoLastExpression: false)
            return "no error"
        } catch let e as SyntaxError {
            return "\(e.kind.rawValue): \(e.message) (\(e.location.line):\(e.location.column))"
        } catch {
            return "other error: \(error)"
        }
    }

    static func knownFailures() throws -> [String: String] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("known-failures.txt"), encoding: .utf8)) ?? ""
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { result[name] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "" }
        }
        return result
    }
}
