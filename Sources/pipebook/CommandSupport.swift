import ArgumentParser
import Foundation

/// What the subcommands share: how they report errors and which exit status they give.
enum CommandSupport {
    /// Prints `pipebook: MESSAGE` and gives exit status 2, for input that cannot be used.
    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("pipebook: \(message)\n".utf8))
        return 2
    }

    static func usageError(_ message: String, usage: String) -> Int32 {
        FileHandle.standardError.write(Data("pipebook: \(message)\n\(usage)\n".utf8))
        return 2
    }

    /// ArgumentParser's help (status 0) or its usage error (status 2).
    static func exit<C: ParsableCommand>(for error: Error, command: C.Type) -> Int32 {
        let message = command.fullMessage(for: error)
        let code = command.exitCode(for: error).rawValue
        if code == 0 {
            print(message)
            return 0
        }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
        return 2
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
