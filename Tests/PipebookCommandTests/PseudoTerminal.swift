import Foundation

/// Drives a program through a pseudo-terminal, so that it sees a real terminal (readline,
/// prompts, Ctrl-C) as it would in a user's shell.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private var output = ""

    init(_ executable: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        // posix_openpt and friends are hidden by Glibc's headers here; /dev/ptmx and two
        // ioctls do the same.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: Int32 = 0
        // TIOCSPTLCK and TIOCGPTN from <asm-generic/ioctls.h>; Swift cannot import their macros.
        let unlockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430
        guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            throw CocoaError(.fileNoSuchFile)
        }
        // Close-on-exec: other tests' children must not hold this terminal open.
        let slave = open("/dev/pts/\(number)", O_RDWR | O_CLOEXEC)
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        // A new session with the terminal as its controlling one, so Ctrl-C raises SIGINT there.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--ctty", executable.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["TERM": "dumb"].merging(environment) { $1 }) { $1 }
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Ctrl-D, typed at a person's pace: readline switches the terminal out of line mode only
    /// as it shows the prompt, and an end-of-file typed before that switch is dropped by the
    /// terminal driver itself.
    func sendEndOfInput() {
        usleep(300_000)
        send("\u{4}")
    }

    /// Ctrl-C, typed at a person's pace too.
    func sendInterrupt() {
        usleep(300_000)
        send("\u{3}")
    }

    /// Reads until `text` has appeared in the output (after what earlier waits consumed).
    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 30) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if let range = output.range(of: text) {
                let seen = String(output[..<range.upperBound])
                output = String(output[range.upperBound...])
                return seen
            }
            let n = read(master, &buffer, buffer.count)
            if n > 0 {
                output += String(decoding: buffer[0..<n], as: UTF8.self)
            } else {
                usleep(10_000)
            }
        }
        return nil
    }

    func waitForExit(timeout: TimeInterval = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
