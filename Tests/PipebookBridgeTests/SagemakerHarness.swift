import Foundation
import PipebookBridge
import PipebookData
import PipebookEngine
import PipebookLanguage
import XCTest

/// Runs Python through an interpreter with the bridge registered, in the Pipelines folder
/// (code paths there are relative), with a workspace in a temporary folder.
final class SagemakerHarness {
    static let pipelines = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pipelines")

    let workspaceRoot: URL
    let interp = Interpreter()
    private(set) var output = ""
    private let previousDirectory = FileManager.default.currentDirectoryPath

    init() {
        workspaceRoot = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-bridge-\(UUID().uuidString)")
        let root = workspaceRoot
        PipebookBridge.register(on: interp) { Workspace(root: root) }
        PipebookData.register(on: interp)
        interp.searchPaths = [Self.pipelines.path]
        interp.standardOutput = { [unowned self] in self.output += $0 }
        FileManager.default.changeCurrentDirectoryPath(Self.pipelines.path)
    }

    func close() {
        FileManager.default.changeCurrentDirectoryPath(previousDirectory)
        try? FileManager.default.removeItem(at: workspaceRoot)
    }

    /// Runs a program; returns what it printed.
    @discardableResult
    func run(_ source: String) throws -> String {
        output = ""
        try interp.run(source, fileName: "<test>")
        return output
    }

    /// The exception a program raises, as `Type: message`.
    func error(_ source: String) -> String? {
        do {
            try run(source)
            return nil
        } catch let e as PyError {
            return e.description
        } catch {
            return "\(error)"
        }
    }
}

/// A test case with a fresh harness per test; executions still running at its end are waited
/// for before the workspace goes.
class SagemakerTestCase: XCTestCase {
    var harness: SagemakerHarness!

    override func setUp() { harness = SagemakerHarness() }

    override func tearDown() {
        RunningExecutions.shared.waitForAll()
        harness.close()
    }

    /// Runs a program; on an exception, fails with what it printed before.
    func run(_ source: String) throws -> String {
        do {
            return try harness.run(source)
        } catch {
            XCTFail("\(error)\n\(harness.output)")
            throw error
        }
    }
}
