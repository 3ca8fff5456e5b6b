import Foundation

/// An exclusive lock between processes on one workspace, held while one of them opens the
/// store and brings its schema up to date. It is an advisory `flock` on a file of its own, so
/// the operating system drops it when a process dies holding it.
final class WorkspaceLock {
    private let descriptor: Int32

    /// Waits until no other process holds the lock at `url`, then holds it.
    init(_ url: URL) throws {
        descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
