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

    /// Runs `command` and returns its exit status.
    static func run(_ command: String, _ interp: Interpreter) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let chunks = ChunkQueue()
        do {
            try process.run()
        } catch {
            throw PyError.osError(errno: ENOENT, "cannot start /bin/sh: \(error.localizedDescription)", path: "/bin/sh")
        }
        // Plain blocking reads, one thread per pipe: each ends when the command's side closes.
        for (pipe, isError) in [(output, false), (errors, true)] {
            let descriptor = pipe.fileHandleForReading.fileDescriptor
            Thread.detachNewThread {
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count < 0 && errno == EINTR { continue }
                    chunks.add(count > 0 ? Data(buffer[..<count]) : Data(), isError: isError)
                    if count <= 0 { break }
                }
            }
        }
        // Output is written on this, the interpreter's thread, as the embedding API requires.
        var decoders = [false: UTF8Stream(), true: UTF8Stream()]
        while let (data, isError) = chunks.next() {
            let text = decoders[isError]!.decode(data)
            if !text.isEmpty { isError ? interp.standardError(text) : interp.standardOutput(text) }
        }
        process.waitUntilExit()
        return process.terminationStatus
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
