import Foundation
import PipebookLanguage

/// The native module `_shell`: runs a `!command` line with /bin/sh and hands its output to the
/// interpreter's standard output and error as it arrives, so it becomes the cell's output.
public enum ShellModule {
    /// Makes `import _shell` work in `interp`; IPython lines in cells and at the REPL need it.
    public static func register(in interp: Interpreter) {
        interp.registerModule("_shell") { _ in
            let module = PyModule(name: "_shell")
            module.globals["run"] = .object(PyNativeFunction(name: "run") { interp, args in
                let bound = try args.bind("run", ["command"], required: 1)
                guard let command = bound[0]?.stringValue else { throw PyError.typeError("run() needs a str command") }
                return .int(Int(try run(command, interp)))
            })
            return module
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var runningGroups: Set<pid_t> = []

    /// Sends SIGINT to the commands running now, as Ctrl-C on a terminal would: a cell timeout
    /// or an interrupt must not wait for a `!sleep 600` to finish on its own.
    public static func interruptRunningCommands() {
        lock.lock()
        defer { lock.unlock() }
        for group in runningGroups { kill(-group, SIGINT) }
    }

    /// Runs `command` and returns its exit status (128 + the signal for a command killed by one).
    static func run(_ command: String, _ interp: Interpreter) throws -> Int32 {
        var outputPipe: [Int32] = [0, 0], errorPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            throw PyError.osError(errno: errno, String(cString: strerror(errno)), path: nil)
        }
        let pid = try spawn(command, stdout: outputPipe[1], stderr: errorPipe[1])
        close(outputPipe[1])
        close(errorPipe[1])
        lock.lock()
        runningGroups.insert(pid)
        lock.unlock()

        let chunks = ChunkQueue()
        // Plain blocking reads, one thread per pipe: each ends when the command's side closes.
        for (descriptor, isError) in [(outputPipe[0], false), (errorPipe[0], true)] {
            Thread.detachNewThread {
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count < 0 && errno == EINTR { continue }
                    chunks.add(count > 0 ? Data(buffer[..<count]) : Data(), isError: isError)
                    if count <= 0 { break }
                }
                close(descriptor)
            }
        }
        // Output is written on this, the interpreter's thread, as the embedding API requires.
        var decoders = [false: UTF8Stream(), true: UTF8Stream()]
        while let (data, isError) = chunks.next() {
            let text = decoders[isError]!.decode(data)
            if !text.isEmpty { isError ? interp.standardError(text) : interp.standardOutput(text) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        lock.lock()
        runningGroups.remove(pid)
        lock.unlock()
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Starts `/bin/sh -c command` in a process group of its own, so an interrupt reaches the
    /// whole pipeline, with the default signal handling (pipebook ignores SIGINT itself, and
    /// ignored signals would otherwise pass to the child).
    private static func spawn(_ command: String, stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ)
        guard result == 0 else {
            throw PyError.osError(errno: result, "cannot start /bin/sh: \(String(cString: strerror(result)))", path: "/bin/sh")
        }
        return pid
    }
}

/// Output chunks from the two pipes, in the order they arrived; empty data marks a pipe's end.
private final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [(Data, Bool)] = []
    private var openPipes = 2

    func add(_ data: Data, isError: Bool) {
        condition.lock()
        defer { condition.unlock() }
        guard openPipes > 0 else { return }
        if data.isEmpty { openPipes -= 1 } else { chunks.append((data, isError)) }
        condition.signal()
    }

    /// The next chunk, or nil once both pipes have closed and every chunk was taken.
    func next() -> (Data, Bool)? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && openPipes > 0 { condition.wait() }
        return chunks.isEmpty ? nil : chunks.removeFirst()
    }
}

/// Decodes UTF-8 arriving in pieces, holding back a character split between two pieces.
struct UTF8Stream {
    private var pending: [UInt8] = []

    mutating func decode(_ data: Data) -> String {
        pending += data
        var end = pending.count
        // Step back over an incomplete sequence at the end (at most three bytes).
        var back = 0
        while back < min(3, end), pending[end - 1 - back] & 0xC0 == 0x80 { back += 1 }
        if back < end {
            let lead = pending[end - 1 - back]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length > back + 1 { end -= back + 1 }
        }
        let text = String(decoding: pending[..<end], as: UTF8.self)
        pending.removeFirst(end)
        return text
    }
}
