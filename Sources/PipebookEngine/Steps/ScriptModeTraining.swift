import Foundation

/// Script-mode training (an estimator with an entry_point): the source bundle is unpacked
/// into `/opt/ml/code` and the script runs there with the SageMaker training toolkit's
/// environment (SM_CHANNEL_<NAME>, SM_MODEL_DIR, SM_HPS, ...) and hyperparameters as `--name value`.
enum ScriptModeTraining {
    static func run(job: StepJob, hyperparameters: [String: String], channels: [String], mounts: JobMounts) throws {
        // The SDK stores every hyperparameter JSON-encoded: "\"train.py\"", "0.1".
        func decoded(_ text: String) -> JSONValue { (try? JSONValue.parse(text)) ?? .string(text) }
        guard let program = decoded(hyperparameters["sagemaker_program"] ?? "").stringValue, !program.isEmpty else {
            throw StepFailure("ClientError: sagemaker_program is empty.")
        }
        let codeFolder = mounts.realPath("/opt/ml/code")
        try unpackSourceBundle(decoded(hyperparameters["sagemaker_submit_directory"] ?? "").stringValue, job: job, into: codeFolder)
        var userParameters: [(key: String, value: JSONValue)] = []
        for key in hyperparameters.keys.sorted() where !key.hasPrefix("sagemaker_") {
            userParameters.append((key, decoded(hyperparameters[key]!)))
        }
        var arguments: [String] = []
        for (key, value) in userParameters { arguments += ["--\(key)", ValueResolver.text(value)] }
        var environment: [String: String] = [
            "SM_MODEL_DIR": "/opt/ml/model", "SM_OUTPUT_DATA_DIR": "/opt/ml/output/data", "SM_OUTPUT_DIR": "/opt/ml/output",
            "SM_INPUT_DIR": "/opt/ml/input", "SM_INPUT_CONFIG_DIR": "/opt/ml/input/config", "SM_MODULE_DIR": "/opt/ml/code",
            "SM_USER_ENTRY_POINT": program, "SM_HPS": JSONValue.object(userParameters).text(),
            "SM_CHANNELS": JSONValue.array(channels.map(JSONValue.string)).text(),
            "SM_NUM_CPUS": "\(ProcessInfo.processInfo.activeProcessorCount)", "SM_NUM_GPUS": "0",
            "SM_HOSTS": "[\"algo-1\"]", "SM_CURRENT_HOST": "algo-1", "SM_TRAINING_ENV": "{}",
            "SM_USER_ARGS": JSONValue.array(arguments.map(JSONValue.string)).text(),
        ]
        for channel in channels { environment["SM_CHANNEL_\(channel.uppercased())"] = "/opt/ml/input/data/\(channel)" }
        for (key, value) in userParameters { environment["SM_HP_\(key.uppercased())"] = ValueResolver.text(value) }
        for (key, value) in job.arguments["Environment"]?.objectValue ?? [] { environment[key] = ValueResolver.text(value) }
        let script = ScriptJob(scriptPath: "/opt/ml/code/\(program)", arguments: arguments, environment: environment,
                               mounts: mounts.list, workingDirectory: "/opt/ml/code")
        try ScriptJobs.run(script, job: job)
    }

    /// The source bundle (sagemaker_submit_directory's sourcedir.tar.gz) unpacked into `folder`.
    static func unpackSourceBundle(_ submit: String?, job: StepJob, into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard let submit, submit.hasPrefix("s3://") else { return }
        let data: Data
        do { data = try job.s3.get(try S3Location(uri: submit)) } catch {
            throw StepFailure("ClientError: The source bundle \(submit) does not exist.")
        }
        do { try TarReader.extract([UInt8](data), to: URL(fileURLWithPath: folder)) } catch {
            throw StepFailure("ClientError: The source bundle \(submit) is not a tar.gz: \(error)")
        }
    }
}
