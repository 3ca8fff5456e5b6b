import Foundation

/// TrainingStep: the built-in XGBoost algorithm when the image is SageMaker's XGBoost image
/// and no script is given, script mode when HyperParameters name a `sagemaker_program`, the
/// SDK's model repack when that program is its `_repack_script_launcher.sh`. Either
/// way the model is packed into `<S3OutputPath>/<job name>/output/model.tar.gz`.
struct TrainingAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        let image = arguments["AlgorithmSpecification"]?["TrainingImage"]?.stringValue ?? ""
        var hyperparameters: [String: String] = [:]
        for (key, value) in arguments["HyperParameters"]?.objectValue ?? [] { hyperparameters[key] = ValueResolver.text(value) }
        guard let outputPath = arguments["OutputDataConfig"]?["S3OutputPath"]?.stringValue else {
            throw StepFailure("ClientError: OutputDataConfig.S3OutputPath is missing.")
        }

        let folder = try job.makeJobFolder()
        let mounts = JobMounts(folder: folder)
        var channels: [String: String] = [:]
        for channel in arguments["InputDataConfig"]?.arrayValue ?? [] {
            guard let name = channel["ChannelName"]?.stringValue,
                  let uri = channel["DataSource"]?["S3DataSource"]?["S3Uri"]?.stringValue else { continue }
            let local = mounts.realPath("/opt/ml/input/data/\(name)")
            try JobInputs.download(uri, to: local, s3: job.s3, log: job.log)
            channels[name] = local
        }
        let modelFolder = mounts.realPath("/opt/ml/model")
        try FileManager.default.createDirectory(atPath: modelFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: mounts.realPath("/opt/ml/output/data"), withIntermediateDirectories: true)

        var finalMetrics: [(name: String, value: Double)] = []
        if hyperparameters["sagemaker_program"] == "\"\(ModelRepack.launcher)\"" {
            try ModelRepack.run(job: job, hyperparameters: hyperparameters, mounts: mounts)
        } else if hyperparameters["sagemaker_program"] != nil {
            try ScriptModeTraining.run(job: job, hyperparameters: hyperparameters, channels: Array(channels.keys).sorted(), mounts: mounts)
        } else if BuiltInAlgorithms.isXGBoost(image) {
            finalMetrics = try BuiltInXGBoost.train(image: image, hyperparameters: hyperparameters, channels: channels,
                                                    modelFolder: modelFolder, log: job.log)
        } else {
            throw StepFailure("ClientError: Pipebook has no local version of the algorithm image \(image); use the XGBoost image or an estimator with an entry_point.")
        }

        let artifact = outputPath.hasSuffix("/") ? "\(outputPath)\(job.jobName)/output/model.tar.gz" : "\(outputPath)/\(job.jobName)/output/model.tar.gz"
        do {
            let archive = try SourceArchive.make([("", URL(fileURLWithPath: modelFolder))])
            try job.s3.put(archive, at: try S3Location(uri: artifact))
        } catch {
            throw StepFailure("Cannot write the model to \(artifact): \(error)", kind: .internalError)
        }
        job.log.line("Model written to \(artifact)")

        let arn = job.arn("training-job")
        let now = JSONValue.string(Timestamps.iso8601(Date()))
        var properties = arguments.objectValue ?? []
        properties += [
            ("TrainingJobName", .string(job.jobName)), ("TrainingJobArn", .string(arn)),
            ("TrainingJobStatus", .string("Completed")), ("SecondaryStatus", .string("Completed")),
            ("ModelArtifacts", .object([("S3ModelArtifacts", .string(artifact))])),
            ("FinalMetricDataList", .array(finalMetrics.map {
                .object([("MetricName", .string($0.name)), ("Value", .double($0.value)), ("Timestamp", now)])
            })),
        ]
        return StepResult(metadata: .object([("TrainingJob", .object([("Arn", .string(arn))]))]), properties: .object(properties))
    }
}

/// Which built-in algorithm an image URI names, as SageMaker chooses by image.
enum BuiltInAlgorithms {
    static func isXGBoost(_ image: String) -> Bool {
        let repository = image.split(separator: "/").last.map { String($0.split(separator: ":").first ?? "") } ?? ""
        return repository == "sagemaker-xgboost" || repository == "xgboost"
    }
}

/// The SageMaker XGBoost container's training: text/csv channels `train` (required) and
/// `validation`, metrics per round in the log, `xgboost-model` in the model folder.
enum BuiltInXGBoost {
    static func train(image: String, hyperparameters: [String: String], channels: [String: String], modelFolder: String,
                      log: StepLog) throws -> [(name: String, value: Double)] {
        let parameters: XGBoostParameters
        do {
            parameters = try XGBoostParameters(hyperparameters: hyperparameters, autoTreeMethod: autoTreeMethod(image: image))
        } catch {
            throw StepFailure("ClientError: \(error)")
        }
        let unused = XGBoostParameters.unused(in: hyperparameters)
        if !unused.isEmpty {
            log.line("Pipebook's XGBoost does not use these hyperparameters: \(unused.joined(separator: ", "))")
        }
        log.line("Trees grow by the \(parameters.treeMethod.rawValue) method")
        guard let trainFolder = channels["train"] else { throw StepFailure("ClientError: Channel 'train' is required.") }
        let started = Date()
        let train = try read(channel: "train", folder: trainFolder, columns: nil)
        var evals = [XGBoostTrainer.EvalSet(name: "train", features: train.features, labels: train.labels)]
        if let validationFolder = channels["validation"] {
            let validation = try read(channel: "validation", folder: validationFolder, columns: train.features.columns)
            evals.append(.init(name: "validation", features: validation.features, labels: validation.labels))
        }
        log.line("Read \(evals.map { "\($0.features.rows) \($0.name) rows" }.joined(separator: ", ")) of \(train.features.columns) features in \(String(format: "%.3f", Date().timeIntervalSince(started))) s")
        let trainingStarted = Date()
        let result: XGBoostTrainer.Result
        do {
            result = try XGBoostTrainer.train(parameters, features: train.features, labels: train.labels, evals: evals,
                                              log: { log.line($0) })
        } catch {
            throw StepFailure("ClientError: \(error)")
        }
        log.line("Trained \(result.model.trees.count) trees in \(String(format: "%.3f", Date().timeIntervalSince(trainingStarted))) s")
        let model = result.model.json().text()
        do {
            try Data(model.utf8).write(to: URL(fileURLWithPath: modelFolder).appendingPathComponent("xgboost-model"))
        } catch {
            throw StepFailure("Cannot write the model: \(error)", kind: .internalError)
        }
        // FinalMetricDataList as the container's metric definitions name them: `validation:rmse`.
        return result.history.map { ("\($0.set):\($0.metric)", $0.values[min(result.bestRound, $0.values.count - 1)]) }
    }

    /// What tree_method "auto" means in the container the image tag names: the 0.90-x to 1.7-x
    /// containers' xgboost (before 2.0) chose exact for data of workshop size; xgboost 2 and
    /// later choose hist. An image without a version tag is taken as the SDK's usual 1.x.
    static func autoTreeMethod(image: String) -> XGBoostParameters.TreeMethod {
        let tag = image.split(separator: "/").last?.split(separator: ":").dropFirst().first ?? ""
        guard let major = Int(tag.prefix { $0.isNumber }) else { return .exact }
        return major >= 2 ? .hist : .exact
    }

    /// Every file of a channel, in name order, read as one CSV; a bad row fails with its file and row.
    private static func read(channel: String, folder: String, columns: Int?) throws -> LabelledCSV {
        let files = (try? LocalFiles.regularFiles(under: folder)) ?? []
        var text = ""
        var fileOfRow: [(file: String, firstRow: Int)] = []
        var rows = 0
        for file in files {
            guard let contents = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else {
                throw StepFailure("ClientError: Channel '\(channel)': \(file) is not UTF-8 text.")
            }
            fileOfRow.append((file, rows))
            text += contents.hasSuffix("\n") || contents.isEmpty ? contents : contents + "\n"
            rows += contents.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count - (contents.hasSuffix("\n") ? 1 : 0)
        }
        do {
            return try LabelledCSV(text: text, columns: columns)
        } catch let error as LabelledCSV.ParseError {
            let (file, first) = fileOfRow.last { $0.firstRow < error.row } ?? ("?", 0)
            throw StepFailure("ClientError: Channel '\(channel)', file \(file): Unable to parse CSV row \(error.row - first): \(error.message)")
        }
    }
}
