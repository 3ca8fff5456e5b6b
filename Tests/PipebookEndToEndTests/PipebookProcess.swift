import Foundation

/// The built `pipebook` command, run as a child process in a folder of its own.
struct PipebookProcess {
    /// The executable `swift build` put beside the test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("pipebook")
    }()

    let process = Process()
    let stdout = Pipe(), stderr = Pipe()

    /// Starts `pipebook ARGUMENTS` in `folder`.
    init(_ arguments: [String], in folder: URL) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
    }

    /// Reads standard output up to and including the next newline.
    func readLine() -> String {
        var bytes: [UInt8] = []
        while true {
            let byte = stdout.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte[0] == 10 { break }
            bytes.append(byte[0])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits for the end; returns (status, stdout, stderr).
    func finish() -> (status: Int32, stdout: String, stderr: String) {
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Runs `pipebook ARGUMENTS` to its end.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try PipebookProcess(arguments, in: folder).finish()
    }
}
