import Foundation
import PipebookEngine

/// `pipebook lineage ARN|S3-URI [--up | --down]`: what produced a model package or a job's
/// outputs, and what was produced from a data set, from the lineage the executions recorded.
enum LineageCommands {
    static let names: Set<String> = ["lineage"]

    static let usage = """
    usage: pipebook lineage ARN [--up | --down]
    ARN is a model package ARN, a job ARN, a lineage entity ARN or an S3 URI.
      --up    what produced it: data, code, images, approvals, jobs with their execution and parameters
              (the default for a model package)
      --down  what was produced from it (the default for an S3 URI, an artifact or a context)
    A job shows both.

    """

    static func main(_ arguments: [String]) -> Int32 {
        let rest = Array(arguments.dropFirst())
        let flags = rest.filter { $0.hasPrefix("--") }
        let targets = rest.filter { !$0.hasPrefix("--") }
        guard targets.count == 1, flags.allSatisfy({ $0 == "--up" || $0 == "--down" }), flags.count <= 1 else {
            return CommandSupport.usageError(targets.count == 1 ? "unknown option \(flags.joined(separator: " "))" : "lineage takes one ARN or S3 URI",
                                             usage: usage)
        }
        do {
            let queries = LineageQueries(store: try PipelineStore(workspace: Workspace.current()))
            let found = try queries.resolve(targets[0])
            for direction in directions(flags.first, found) {
                let title = direction == .ascendants ? "What produced \(targets[0]):" : "What was produced from \(targets[0]):"
                print(title + "\n")
                print(LineageDisplay.text(try LineageTrace(from: found, direction: direction, queries: queries)))
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("pipebook: \(error)\n".utf8))
            return 1
        }
    }

    /// The flag's direction, else: up for a model package, both for a job, down for the rest.
    private static func directions(_ flag: String?, _ found: [LineageEntity]) -> [LineageQueries.Direction] {
        switch flag {
        case "--up": return [.ascendants]
        case "--down": return [.descendants]
        default:
            if found.allSatisfy({ $0.type == "ModelPackage" }) { return [.ascendants] }
            if found.allSatisfy({ $0.lineageType == .trialComponent }) { return [.ascendants, .descendants] }
            return [.descendants]
        }
    }
}
