import Foundation
import PipebookLanguage
import XCTest

/// The file, operating-system and text modules against CPython: each program in
/// Fixtures/SystemModules/<module>/ runs in a new temporary directory, and its output must be
/// what CPython 3.11 printed there (the `.out` files, made by
/// Fixtures/generate_system_module_outputs.py).
final class SystemModuleTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SystemModules")

    func testFiles() throws { try checkCases(in: "files") }
    func testIO() throws { try checkCases(in: "io") }
    func testOS() throws { try checkCases(in: "os") }
    func testOSPath() throws { try checkCases(in: "os_path") }
    func testPathlib() throws { try checkCases(in: "pathlib") }
    func testTempfile() throws { try checkCases(in: "tempfile") }
    func testShutil() throws { try checkCases(in: "shutil") }
    func testGlob() throws { try checkCases(in: "glob") }
    func testCSV() throws { try checkCases(in: "csv") }
    func testRegularExpressions() throws { try checkCases(in: "re") }

    private func checkCases(in module: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = Self.fixtures.appendingPathComponent(module)
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(cases.isEmpty, "no cases in \(folder.path)", file: file, line: line)
        for name in cases {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: folder.appendingPathComponent(name).deletingPathExtension()
                .appendingPathExtension("out"), encoding: .utf8)
            let actual = try TemporaryWorkingDirectory.run { ProgramRunner.output(of: source, named: name) }
            if actual != expected {
                XCTFail("\(module)/\(name): output differs from CPython's\n" + ProgramRunner.difference(expected, actual),
                        file: file, line: line)
            }
        }
    }
}

/// Runs programs the way the conformance corpus runs them and reports their output.
enum ProgramRunner {
    /// The program's stdout, plus `!! Type: message` when it ended with an uncaught exception.
    static func output(of source: String, named name: String = "t.py", configure: (Interpreter) -> Void = { _ in }) -> String {
        let interp = Interpreter()
        var output = ""
        interp.standardOutput = { output += $0 }
        interp.standardError = { _ in }
        interp.arguments = [name]
        configure(interp)
        do {
            try interp.run(source, fileName: name)
        } catch let e as PyError {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            output += "!! " + interp.exceptionSummary(e.exception) + "\n"
        } catch {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            output += "!! \(error)\n"
        }
        return output
    }

    /// The first differing line of two outputs, with both versions of it.
    static func difference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) where i >= e.count || i >= a.count || e[i] != a[i] {
            let expectedLine = i < e.count ? String(e[i]) : "<end>"
            let actualLine = i < a.count ? String(a[i]) : "<end>"
            return "line \(i + 1)\n  expected: \(expectedLine)\n  actual:   \(actualLine)"
        }
        return ""
    }
}

/// A fresh, empty folder as the process's working directory for the length of `body`.
enum TemporaryWorkingDirectory {
    static func run<T>(_ body: () throws -> T) throws -> T {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("pipebook-test-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let saved = fm.currentDirectoryPath
        fm.changeCurrentDirectoryPath(folder.path)
        defer {
            fm.changeCurrentDirectoryPath(saved)
            try? fm.removeItem(at: folder)
        }
        return try body()
    }
}
