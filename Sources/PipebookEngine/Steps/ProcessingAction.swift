import Foundation

/// ProcessingStep: copies each input from the local S3 into the job folder, runs the
/// container's `python3 SCRIPT` in a fresh interpreter that sees `/opt/ml` inside that folder,
/// and uploads each output folder to its S3 URI.
struct ProcessingAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        let folder = try job.makeJobFolder()
        let mounts = JobMounts(folder: folder)

        for input in arguments["ProcessingInputs"]?.arrayValue ?? [] {
            guard let s3Input = input["S3Input"], let uri = s3Input["S3Uri"]?.stringValue,
                  let localPath = s3Input["LocalPath"]?.stringValue else { continue }
            try JobInputs.download(uri, to: mounts.realPath(localPath), s3: job.s3, log: job.log)
        }
        let outputs = arguments["ProcessingOutputConfig"]?["Outputs"]?.arrayValue ?? []
        for output in outputs {
            if let localPath = output["S3Output"]?["LocalPath"]?.stringValue {
                try FileManager.default.createDirectory(atPath: mounts.realPath(localPath), withIntermediateDirectories: true)
            }
        }

        let app = arguments["AppSpecification"] ?? .object([])
        let entrypoint = (app["ContainerEntrypoint"]?.arrayValue ?? []).map(ValueResolver.text)
        let containerArguments = (app["ContainerArguments"]?.arrayValue ?? []).map(ValueResolver.text)
        var environment: [String: String] = [:]
        for (key, value) in arguments["Environment"]?.objectValue ?? [] { environment[key] = ValueResolver.text(value) }
        let program = ["python3", "python"]
        let script: ScriptJob
        if entrypoint.count >= 2, program.contains(entrypoint[0].split(separator: "/").last.map(String.init) ?? "") {
            script = ScriptJob(scriptPath: entrypoint[1], arguments: Array(entrypoint.dropFirst(2)) + containerArguments,
                               environment: environment, mounts: mounts.list, workingDirectory: "/opt/ml/processing")
        } else if entrypoint.count == 2, entrypoint[0].hasSuffix("bash") || entrypoint[0].hasSuffix("/sh"),
                  entrypoint[1].hasSuffix("/runproc.sh") {
            script = try RunprocBootstrap.prepare(entrypoint[1], mounts: mounts, arguments: containerArguments,
                                                  environment: environment, log: job.log)
        } else {
            throw StepFailure("ClientError: Pipebook runs processing containers whose entrypoint is python3 SCRIPT or the SDK's runproc.sh; this one is \(entrypoint).")
        }
        try ScriptJobs.run(script, job: job)

        for output in outputs {
            guard let s3Output = output["S3Output"], let uri = s3Output["S3Uri"]?.stringValue,
                  let localPath = s3Output["LocalPath"]?.stringValue else { continue }
            try JobOutputs.upload(mounts.realPath(localPath), to: uri, s3: job.s3, log: job.log)
        }

        var properties = arguments.objectValue ?? []
        properties += [("ProcessingJobName", .string(job.jobName)), ("ProcessingJobArn", .string(job.arn("processing-job"))),
                       ("ProcessingJobStatus", .string("Completed"))]
        return StepResult(metadata: .object([("ProcessingJob", .object([("Arn", .string(job.arn("processing-job")))]))]),
                          properties: .object(properties))
    }
}

/// How a job's script sees the file system: `/opt/ml` is the job folder's `opt/ml`.
struct JobMounts {
    let folder: URL

    var list: [(prefix: String, realPath: String)] {
        [("/opt/ml", folder.appendingPathComponent("opt/ml").path)]
    }

    /// The real path of a container path; paths outside `/opt/ml` also land in the job folder.
    func realPath(_ containerPath: String) -> String {
        for (prefix, real) in list where containerPath == prefix || containerPath.hasPrefix(prefix + "/") {
            return real + containerPath.dropFirst(prefix.count)
        }
        return folder.path + (containerPath.hasPrefix("/") ? containerPath : "/" + containerPath)
    }
}

/// Running a job's script through the host's ScriptRunner, its output going to the step's log.
/// A failed job's reason is what it wrote to `/opt/ml/output/failure`, as SageMaker reports
/// it, else the last line of its traceback.
enum ScriptJobs {
    static func run(_ script: ScriptJob, job: StepJob) throws {
        guard let runner = job.services.scriptRunner else {
            throw StepFailure("This host cannot run scripts.", kind: .internalError)
        }
        let log = job.log
        log.line("Running \(script.module.map { "python3 -m \($0)" } ?? script.scriptPath) \(script.arguments.joined(separator: " "))")
        let failure = runner.run(script, output: { log.write($0) }, cancel: { interrupt in job.onStop(interrupt) })
        if job.isStopping { throw StepFailure("stopped") }
        guard let failure else { return }
        if let written = try? String(contentsOfFile: script.realPath(for: "/opt/ml/output/failure"), encoding: .utf8),
           !written.isEmpty {
            throw StepFailure("AlgorithmError: \(written.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        throw StepFailure("AlgorithmError: \(failure), exit code: 1")
    }
}

/// Inputs copied from the local S3 into a job folder.
enum JobInputs {
    /// Copies the object, or every object under the prefix, into `folder`; fails as SageMaker
    /// does when there is nothing there.
    static func download(_ uri: String, to folder: String, s3: LocalS3, log: StepLog) throws {
        let location: S3Location
        do { location = try S3Location(uri: uri) } catch { throw StepFailure("ClientError: \(error)") }
        let written = (try? s3.download(location, to: folder)) ?? []
        guard !written.isEmpty else {
            throw StepFailure("ClientError: No S3 objects found under S3 URL \"\(uri)\" given in input data source. Please ensure that the bucket exists and that objects exist under that S3 prefix.")
        }
        log.line("Downloaded \(written.count) object(s) from \(uri)")
    }
}

/// Output folders uploaded to the local S3 at the end of a job.
enum JobOutputs {
    static func upload(_ folder: String, to uri: String, s3: LocalS3, log: StepLog) throws {
        let location: S3Location
        do { location = try S3Location(uri: uri) } catch { throw StepFailure("ClientError: \(error)") }
        do {
            let written = try s3.upload(localPath: folder, to: location)
            log.line("Uploaded \(written.count) object(s) to \(uri)")
        } catch {
            throw StepFailure("Cannot upload \(folder) to \(uri): \(error)", kind: .internalError)
        }
    }
}
