import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which process runs an execution, and whether that process still lives.
///
/// Each process that runs executions holds an exclusive `flock` on its own file under
/// `.pipebook/owners/`. The kernel drops the lock when the process dies, however it dies
/// (kill -9 included), so another process that can take the lock knows the owner is gone.
/// Process ids would not do: they are reused.
public enum ProcessOwnership {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var held: [String: (id: String, descriptor: Int32)] = [:]

    /// This process's owner id in `workspace`, taking the lock on first use.
    public static func currentOwner(in workspace: Workspace) throws -> String {
        try lock.withLock {
            let folder = ownersFolder(workspace)
            if let existing = held[folder.path] { return existing.id }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let id = "\(getpid())-\(UUID().uuidString.lowercased())"
            let descriptor = open(folder.appendingPathComponent(id).path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                throw StepFailure("cannot lock \(folder.path)/\(id)", kind: .internalError)
            }
            held[folder.path] = (id, descriptor)
            return id
        }
    }

    /// True when the process that took `owner` has ended.
    public static func isGone(_ owner: String, in workspace: Workspace) -> Bool {
        let path = ownersFolder(workspace).appendingPathComponent(owner).path
        if lock.withLock({ held[ownersFolder(workspace).path]?.id == owner }) { return false }
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            unlink(path)
            return true
        }
        return false
    }

    private static func ownersFolder(_ workspace: Workspace) -> URL {
        workspace.root.appendingPathComponent("owners", isDirectory: true)
    }
}
