import Foundation
import PipebookData
import PipebookLanguage
import XCTest

/// numpy, pandas and scikit-learn programs against the real libraries: each program in
/// Fixtures/<library>/ runs in a new temporary folder (with Fixtures/data copied in), and its
/// output must be what the real libraries printed (the `.out` files, made by
/// Fixtures/generate_outputs.py).
final class DataProgramTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func testNumpy() throws { try checkPrograms(in: "numpy") }
    func testPandas() throws { try checkPrograms(in: "pandas") }
    func testScikitLearn() throws { try checkPrograms(in: "sklearn") }
    /// Whole step scripts as tutorials write them; their CSV output must be the real libraries' to the byte.
    func testTutorialScripts() throws { try checkPrograms(in: "scripts") }

    func checkPrograms(in folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = Self.fixtures.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(names.isEmpty, "no programs in \(directory.path)", file: file, line: line)
        for name in names {
            let program = directory.appendingPathComponent(name)
            let expected = try String(contentsOf: program.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let actual = try DataProgramRunner.output(of: program)
            if actual != expected {
                XCTFail("\(folder)/\(name): output differs from the real libraries'\n"
                        + DataProgramRunner.difference(expected, actual), file: file, line: line)
            }
        }
    }
}

/// Runs a fixture program with the data modules registered, as the `pipebook` command does.
enum DataProgramRunner {
    static func output(of program: URL) throws -> String {
        let source = try String(contentsOf: program, encoding: .utf8)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let data = DataProgramTests.fixtures.appendingPathComponent("data")
        if FileManager.default.fileExists(atPath: data.path) {
            try FileManager.default.copyItem(at: data, to: work.appendingPathComponent("data"))
        }
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(work.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }

        let interp = Interpreter()
        PipebookData.register(on: interp)
        var output = ""
        interp.standardOutput = { output += $0 }
        interp.standardError = { _ in }
        interp.arguments = [program.lastPathComponent]
        interp.searchPaths = [work.path]
        do {
            try interp.run(source, fileName: program.lastPathComponent)
        } catch let e as PyError {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            output += "!! " + interp.exceptionSummary(e.exception) + "\n"
        }
        return output
    }

    /// The first differing line, with its neighbours.
    static func difference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let i = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let lo = max(0, i - 2)
        return "line \(i + 1):\n--- expected\n" + e[lo..<min(e.count, i + 3)].joined(separator: "\n")
            + "\n--- actual\n" + a[lo..<min(a.count, i + 3)].joined(separator: "\n")
    }
}
