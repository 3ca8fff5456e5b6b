import Foundation

/// The SDK's `_RepackModel` training job (sagemaker_program `_repack_script_launcher.sh`), done
/// natively as the SDK's `_repack_model.py` does it: the model archive of the `training`
/// channel is unpacked into `/opt/ml/model`; its `code/` becomes the job's source bundle
/// (`/opt/ml/code`) when a source_dir was given, else gets the inference script; each
/// dependency goes into `code/lib` (a path that is not a file in the bundle copies the whole
/// bundle there, as the SDK's script does). The training job then packs `/opt/ml/model`.
enum ModelRepack {
    static let launcher = "_repack_script_launcher.sh"

    static func run(job: StepJob, hyperparameters: [String: String], mounts: JobMounts) throws {
        func decoded(_ key: String) -> String? {
            guard let text = hyperparameters[key] else { return nil }
            let value = (try? JSONValue.parse(text)) ?? .string(text)
            if case .null = value { return nil }
            return value.stringValue ?? text
        }
        let codeFolder = URL(fileURLWithPath: mounts.realPath("/opt/ml/code"))
        let modelFolder = URL(fileURLWithPath: mounts.realPath("/opt/ml/model"))
        let channel = URL(fileURLWithPath: mounts.realPath("/opt/ml/input/data/training"))
        let files = FileManager.default
        try ScriptModeTraining.unpackSourceBundle(decoded("sagemaker_submit_directory"), job: job, into: codeFolder.path)

        let archiveName = (decoded("model_archive") ?? "model.tar.gz").split(separator: "/").last.map(String.init) ?? "model.tar.gz"
        var archive = channel.appendingPathComponent(archiveName)
        if !files.fileExists(atPath: archive.path),
           let only = try? files.contentsOfDirectory(atPath: channel.path), only.count == 1 {
            archive = channel.appendingPathComponent(only[0])
        }
        guard let data = files.contents(atPath: archive.path) else {
            throw StepFailure("ClientError: The model archive \(archiveName) is not in the training channel.")
        }
        do { try TarReader.extract([UInt8](data), to: modelFolder) } catch {
            throw StepFailure("ClientError: The model archive \(decoded("model_archive") ?? archiveName) is not a tar.gz: \(error)")
        }
        job.log.line("Unpacked \(archiveName) into /opt/ml/model")

        let code = modelFolder.appendingPathComponent("code")
        do {
            try files.createDirectory(at: code, withIntermediateDirectories: true)
            if decoded("source_dir") != nil {
                try files.removeItem(at: code)
                try files.copyItem(at: codeFolder, to: code)
                job.log.line("Copied the source directory into code/")
            } else {
                guard let script = decoded("inference_script") else {
                    throw StepFailure("ClientError: The repack job names no inference_script.")
                }
                let target = code.appendingPathComponent(script)
                if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
                try files.copyItem(at: codeFolder.appendingPathComponent(script), to: target)
                job.log.line("Copied \(script) into code/")
            }
            if let dependencies = decoded("dependencies") {
                let lib = code.appendingPathComponent("lib")
                for dependency in dependencies.split(separator: " ").map(String.init) {
                    if !files.fileExists(atPath: lib.path) { try files.createDirectory(at: lib, withIntermediateDirectories: true) }
                    let source = codeFolder.appendingPathComponent(dependency)
                    var isFolder: ObjCBool = false
                    if files.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue {
                        let target = lib.appendingPathComponent(source.lastPathComponent)
                        if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
                        try files.copyItem(at: source, to: target)
                    } else {
                        try files.removeItem(at: lib)
                        try files.copyItem(at: codeFolder, to: lib)
                        break
                    }
                }
                job.log.line("Copied the dependencies into code/lib/")
            }
        } catch let failure as StepFailure {
            throw failure
        } catch {
            throw StepFailure("ClientError: Cannot repack the model: \(error)")
        }
    }
}
