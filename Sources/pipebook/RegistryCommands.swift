import Foundation
import PipebookEngine

/// `pipebook registry [GROUP]`, `pipebook registry approve|reject GROUP/VERSION [--description TEXT]`:
/// the model registry of the local workspace, and approvals from the command line.
enum RegistryCommands {
    static let names: Set<String> = ["registry"]

    static let usage = """
    usage: pipebook registry                 list the model package groups and their version counts
           pipebook registry GROUP           show a group's versions, newest first
           pipebook registry approve GROUP/VERSION [--description TEXT]
           pipebook registry reject GROUP/VERSION [--description TEXT]
                                             change a version's approval status
    The store is .pipebook/ in the current directory (PIPEBOOK_HOME overrides it).

    """

    static func main(_ arguments: [String]) -> Int32 {
        let rest = Array(arguments.dropFirst())
        do {
            let registry = ModelRegistry(store: try PipelineStore(workspace: Workspace.current()))
            switch (rest.first, rest.count) {
            case (nil, _):
                print(RegistryDisplay.groups(try registry.groups()), terminator: "")
            case ("approve", _), ("reject", _):
                guard let (group, version, description) = approval(Array(rest.dropFirst())) else { return usageError() }
                let status: ModelApprovalStatus = rest[0] == "approve" ? .approved : .rejected
                let package = try registry.setApproval(group: group, version: version, to: status, description: description)
                print("\(package.groupName)/\(package.version): \(package.approvalStatus)")
            case (let group?, 1):
                let name = try registry.group(group).name
                print(RegistryDisplay.versions(group: name, try registry.packages(group: name)), terminator: "")
            default:
                return usageError()
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("pipebook: \(error)\n".utf8))
            return 1
        }
    }

    /// `GROUP/VERSION [--description TEXT]`.
    private static func approval(_ arguments: [String]) -> (String, Int, String?)? {
        guard let target = arguments.first, let slash = target.lastIndex(of: "/"),
              let version = Int(target[target.index(after: slash)...]), slash != target.startIndex else { return nil }
        let group = String(target[..<slash])
        switch arguments.count {
        case 1: return (group, version, nil)
        case 3 where arguments[1] == "--description": return (group, version, arguments[2])
        default: return nil
        }
    }

    private static func usageError() -> Int32 {
        FileHandle.standardError.write(Data(usage.utf8))
        return 2
    }
}
