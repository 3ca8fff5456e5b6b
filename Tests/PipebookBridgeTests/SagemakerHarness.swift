import Foundation
import PipebookBridge
import PipebookData
import PipebookEngine
import PipebookLanguage

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
