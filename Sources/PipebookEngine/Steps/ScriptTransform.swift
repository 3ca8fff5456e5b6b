import Foundation

/// Batch transform of a model with an inference script (SAGEMAKER_PROGRAM in its Environment),
/// as SageMaker's scikit-learn and XGBoost framework images serve it: model.tar.gz unpacked
/// into `/opt/ml/model`, the code into `/opt/ml/code`, then the host's model server
/// (stdlib/_pipebook_serving.py, run once per job) imports the script, calls `model_fn` once and
/// `input_fn`, `predict_fn`, `output_fn` per request, splitting, batching and assembling the
/// input files as the transform job asks. Each input file's output is `<output path>/<file>.out`.
enum ScriptTransform {
    /// The serving toolkit of each framework image Pipebook has, by image repository.
    static let frameworks = ["sagemaker-scikit-learn": "sklearn", "sagemaker-xgboost": "xgboost", "xgboost": "xgboost"]

    static func run(job: StepJob, modelName: String, container: JSONValue, program: String, objects: [S3Location],
                    outputPath: String) throws {
        let arguments = job.arguments
        let image = container["Image"]?.stringValue ?? ""
        let repository = image.split(separator: "/").last.map { String($0.split(separator: ":").first ?? "") } ?? ""
        guard let framework = frameworks[repository] else {
            throw StepFailure("ClientError: Pipebook serves inference scripts in the scikit-learn and XGBoost framework images; \(modelName) uses \(image).")
        }
        guard let modelData = container["ModelDataUrl"]?.stringValue else {
            throw StepFailure("ClientError: Model \(modelName) has no ModelDataUrl.")
        }
        let input = arguments["TransformInput"] ?? .object([])
        let output = arguments["TransformOutput"] ?? .object([])
        let splitType = input["SplitType"]?.stringValue ?? "None"
        let assembleWith = output["AssembleWith"]?.stringValue ?? "None"
        guard ["None", "Line"].contains(splitType), ["None", "Line"].contains(assembleWith) else {
            throw StepFailure("ClientError: Pipebook splits and assembles transform data by Line or None; this job asks for SplitType \(splitType), AssembleWith \(assembleWith).")
        }
        if let compression = input["CompressionType"]?.stringValue, compression != "None" {
            throw StepFailure("ClientError: Pipebook reads uncompressed transform input only; CompressionType is \(compression).")
        }
        // SageMaker's defaults: requests as large as MaxPayloadInMB allows, of 6 MB.
        let strategy = arguments["BatchStrategy"]?.stringValue ?? "MultiRecord"
        let maxPayload = arguments["MaxPayloadInMB"].map(ValueResolver.text) ?? "6"

        let mounts = JobMounts(folder: try job.makeJobFolder())
        try unpackModel(modelData, into: mounts.realPath("/opt/ml/model"), s3: job.s3)
        var environment: [String: String] = [:]
        for (key, value) in container["Environment"]?.objectValue ?? [] { environment[key] = ValueResolver.text(value) }
        for (key, value) in arguments["Environment"]?.objectValue ?? [] { environment[key] = ValueResolver.text(value) }
        try placeCode(environment["SAGEMAKER_SUBMIT_DIRECTORY"], job: job, mounts: mounts)
        // Batch transform tells the container its payload limit; the inference toolkit reads it.
        environment["SAGEMAKER_MAX_PAYLOAD_IN_MB"] = maxPayload

        let inputFolder = "/opt/ml/transform/input", outputFolder = "/opt/ml/transform/output"
        var files: [String] = []
        for object in objects {
            let name = String(object.key.split(separator: "/").last ?? "")
            let target = URL(fileURLWithPath: mounts.realPath("\(inputFolder)/\(name)"))
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try job.s3.get(object).write(to: target)
            } catch {
                throw StepFailure("Cannot copy \(object.uri) into the job folder: \(error)", kind: .internalError)
            }
            files.append("\(inputFolder)/\(name)")
        }
        try FileManager.default.createDirectory(atPath: mounts.realPath(outputFolder), withIntermediateDirectories: true)

        var serverArguments = ["--framework", framework, "--program", program, "--output", outputFolder,
                               "--split-type", splitType, "--batch-strategy", strategy, "--max-payload-mb", maxPayload,
                               "--assemble-with", assembleWith]
        if let contentType = input["ContentType"]?.stringValue { serverArguments += ["--content-type", contentType] }
        if let accept = output["Accept"]?.stringValue { serverArguments += ["--accept", accept] }
        let server = ScriptJob(scriptPath: "", arguments: serverArguments + files, environment: environment,
                               mounts: mounts.list, workingDirectory: "/opt/ml/code", module: "_pipebook_serving")
        try ScriptJobs.run(server, job: job)
        try JobOutputs.upload(mounts.realPath(outputFolder), to: outputPath, s3: job.s3, log: job.log)
    }

    /// model.tar.gz unpacked as the container finds it in `/opt/ml/model`.
    private static func unpackModel(_ uri: String, into folder: String, s3: LocalS3) throws {
        let data: Data
        do { data = try s3.get(try S3Location(uri: uri)) } catch {
            throw StepFailure("ClientError: Could not find model data at \(uri).")
        }
        do { try TarReader.extract([UInt8](data), to: URL(fileURLWithPath: folder)) } catch {
            throw StepFailure("ClientError: The model artifact \(uri) is not a tar.gz file: \(error)")
        }
    }

    /// The inference code in `/opt/ml/code`, as the toolkit places SAGEMAKER_SUBMIT_DIRECTORY:
    /// a sourcedir.tar.gz in S3 is unpacked there, a folder of the container (the repacked
    /// model's `/opt/ml/model/code`) is copied there.
    private static func placeCode(_ submitDirectory: String?, job: StepJob, mounts: JobMounts) throws {
        let code = mounts.realPath("/opt/ml/code")
        guard let submitDirectory, !submitDirectory.hasPrefix("s3://") else {
            return try ScriptModeTraining.unpackSourceBundle(submitDirectory, job: job, into: code)
        }
        let source = mounts.realPath(submitDirectory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue else {
            throw StepFailure("ClientError: SAGEMAKER_SUBMIT_DIRECTORY \(submitDirectory) is not a folder of the model; was the model repacked with its code?")
        }
        do { try FileManager.default.copyItem(atPath: source, toPath: code) } catch {
            throw StepFailure("Cannot copy \(submitDirectory) to /opt/ml/code: \(error)", kind: .internalError)
        }
    }
}
