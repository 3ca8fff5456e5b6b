import Foundation
import PipebookEngine

/// `pipebook pipelines [NAME]` and `pipebook definition NAME [--version N]`: what the local
/// store holds, for people and for `aws sagemaker create-pipeline --pipeline-definition file://...`.
enum PipelineCommands {
    static let names: Set<String> = ["pipelines", "definition"]

    static let usage = """
    usage: pipebook pipelines            list the stored pipelines
           pipebook pipelines NAME       show a pipeline's parameters and steps as a DAG
           pipebook definition NAME [--version N]
                                         print a stored definition's JSON
    The store is .pipebook/ in the current directory (PIPEBOOK_HOME overrides it).

    """

    static func main(_ arguments: [String]) -> Int32 {
        do {
            let store = try PipelineStore(workspace: Workspace.current())
            switch (arguments.first, arguments.count) {
            case ("pipelines", 1): print(list(store), terminator: "")
            case ("pipelines", 2): try show(arguments[1], store)
            case ("definition", 2): try printDefinition(arguments[1], version: nil, store)
            case ("definition", 4) where arguments[2] == "--version":
                guard let version = Int(arguments[3]) else { return fail("--version takes a number, not '\(arguments[3])'") }
                try printDefinition(arguments[1], version: version, store)
            default:
                FileHandle.standardError.write(Data(usage.utf8))
                return 2
            }
            return 0
        } catch {
            return fail("\(error)")
        }
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("pipebook: \(message)\n".utf8))
        return 1
    }

    static func list(_ store: PipelineStore) -> String {
        let pipelines = (try? store.list()) ?? []
        if pipelines.isEmpty { return "No pipelines stored yet: pipeline.upsert(role_arn=...) stores one.\n" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let rows = [["NAME", "VERSIONS", "LAST MODIFIED"]] + pipelines.map {
            [$0.pipeline.name, String($0.versionCount), formatter.string(from: $0.pipeline.lastModifiedAt)]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in i == 2 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private static func show(_ name: String, _ store: PipelineStore) throws {
        let summary = try store.describe(name)
        let definition = try PipelineDefinition(text: summary.latest.definition)
        print(DAGDisplay.render(name: name, definition: definition, version: summary.latest.version), terminator: "")
    }

    private static func printDefinition(_ name: String, version: Int?, _ store: PipelineStore) throws {
        let stored = try store.definition(name, version: version)
        print(try JSONValue.parse(stored.definition).text(indent: 2))
    }
}
