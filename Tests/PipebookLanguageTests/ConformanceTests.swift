import Foundation
import PipebookLanguage
import XCTest

/// Runs every program in Tests/Conformance/cases and compares its output with what CPython
/// 3.11 printed (the `.out` files, made by Tests/Conformance/regenerate.py).
///
/// Cases listed in Tests/Conformance/known-failures.txt are expected to fail for now; the test
/// fails when one of them passes, so the list only ever shrinks.
final class ConformanceTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Conformance")

    func testEveryCaseMatchesCPython() throws {
        let cases = try Self.caseFiles()
        XCTAssertGreaterThan(cases.count, 100, "the corpus is missing")
        let known = try Self.knownFailures()
        var failed: [String] = []
        var unexpectedPasses: [String] = []
        for file in cases {
            let name = file.path.replacingOccurrences(of: Self.root.appendingPathComponent("cases").path + "/", with: "")
            let expected = try String(contentsOf: file.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let actual = Self.run(file)
            let passed = actual == expected
            if passed && known.contains(name) { unexpectedPasses.append(name) }
            if !passed && !known.contains(name) {
                failed.append(name)
                XCTFail("\(name): output differs from CPython's\n--- expected\n\(expected)--- actual\n\(actual)")
            }
        }
        XCTAssertTrue(unexpectedPasses.isEmpty, "now passing, remove from known-failures.txt: \(unexpectedPasses)")
        print("conformance: \(cases.count - failed.count - known.count + unexpectedPasses.count) of \(cases.count) cases match CPython; \(known.count) known failures")
    }

    static func caseFiles() throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("cases"), includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "py" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func knownFailures() throws -> Set<String> {
        let text = (try? String(contentsOf: root.appendingPathComponent("known-failures.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { line in
            let name = line.split(separator: "#", omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        })
    }

    /// The case's stdout, plus `!! Type: message` when it ended with an uncaught exception.
    static func run(_ file: URL) -> String {
        let folder = file.deletingLastPathComponent()
        let saved = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { FileManager.default.changeCurrentDirectoryPath(saved) }
        let interp = Interpreter()
        var output = ""
        interp.standardOutput = { output += $0 }
        interp.standardError = { _ in }
        interp.arguments = [file.lastPathComponent]
        interp.searchPaths = [folder.path]
        let watchdog = DispatchWorkItem { interp.interrupt() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
        defer { watchdog.cancel() }
        do {
            let source = try String(contentsOf: file, encoding: .utf8)
            try interp.run(source, fileName: file.lastPathComponent)
        } catch let e as PyError where e.exception.cls === BuiltinTypes.systemExit
                    && (e.exception.args.first.map { $0.isNone || $0.isIdentical(to: .int(0)) } ?? true) {
            // sys.exit(0) ends a program normally.
        } catch let e as PyError {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            output += "!! " + interp.exceptionSummary(e.exception) + "\n"
        } catch let e as SyntaxError {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            output += "!! \(e.kind.rawValue): \(e.message)\n"
        } catch {
            output += "!! \(error)\n"
        }
        return output
    }
}
