import Foundation

/// The SDK's `runproc.sh`, which FrameworkProcessor jobs start with: `cd` into the code folder,
/// `tar -xzf sourcedir.tar.gz`, optionally `pip install -r requirements.txt`, then
/// `python SCRIPT "$@"`. Pipebook reads those lines rather than running bash: it unpacks the
/// bundle itself and returns the script to run (requirements are not installed; the log says so).
enum RunprocBootstrap {
    static func prepare(_ containerPath: String, mounts: JobMounts, arguments: [String], environment: [String: String],
                        log: StepLog) throws -> ScriptJob {
        guard let text = try? String(contentsOfFile: mounts.realPath(containerPath), encoding: .utf8) else {
            throw StepFailure("ClientError: \(containerPath) was not among the job's inputs.")
        }
        var folder = "/opt/ml/processing/input/code"
        var command: [String]?
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let words = line.split(separator: " ").map(String.init)
            if words.first == "cd", words.count == 2 {
                folder = words[1].hasSuffix("/") ? String(words[1].dropLast()) : words[1]
            } else if words.first == "tar", words.count == 3, words[1] == "-xzf" {
                let archive = folder + "/" + words[2]
                guard let data = FileManager.default.contents(atPath: mounts.realPath(archive)) else {
                    throw StepFailure("ClientError: \(archive) was not among the job's inputs.")
                }
                do { try TarReader.extract([UInt8](data), to: URL(fileURLWithPath: mounts.realPath(folder))) } catch {
                    throw StepFailure("ClientError: \(archive) is not a tar.gz: \(error)")
                }
            } else if let first = words.first, ["python", "python3"].contains(first), words.last == "\"$@\"", words.count >= 3 {
                command = Array(words.dropFirst().dropLast())
            }
        }
        if FileManager.default.fileExists(atPath: mounts.realPath(folder + "/requirements.txt")) {
            log.line("requirements.txt is not installed: step scripts use Pipebook's own modules.")
        }
        guard let command, let script = command.first else {
            throw StepFailure("ClientError: \(containerPath) does not end with `python SCRIPT \"$@\"` as the SDK writes it.")
        }
        return ScriptJob(scriptPath: script.hasPrefix("/") ? script : folder + "/" + script,
                         arguments: Array(command.dropFirst()) + arguments, environment: environment,
                         mounts: mounts.list, workingDirectory: folder)
    }
}
