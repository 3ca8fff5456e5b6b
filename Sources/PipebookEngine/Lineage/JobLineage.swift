import Foundation

/// What one job read and wrote, taken from its step's resolved arguments and properties: the
/// artifacts in the order SageMaker associates them (so that ListAssociations, newest first,
/// lists them as SageMaker does), and the parameters it ran with.
struct JobLineage {
    /// One artifact a job read or wrote. `name` is its InputArtifacts/OutputArtifacts key.
    struct Artifact {
        let name: String
        let uri: String
        /// ArtifactType: `DataSet`, `Model`, `Image` or `Code`.
        let type: String
    }

    enum Kind: String {
        case processing = "processing", training = "training", transform = "transform"

        /// The trial component's type, as QueryLineage's filters name it (LineageSourceEnum).
        var sourceType: String {
            switch self {
            case .processing: return "ProcessingJob"
            case .training: return "TrainingJob"
            case .transform: return "TransformJob"
            }
        }
    }

    let kind: Kind
    let jobName: String
    let jobArn: String
    var reads: [Artifact] = []
    var writes: [Artifact] = []
    var parameters: [(key: String, value: JSONValue)] = []

    /// The trial component SageMaker makes for the job: `<job name>-aws-<kind>-job`.
    var trialComponentName: String { "\(jobName)-aws-\(kind.rawValue)-job" }

    /// The jobs a succeeded step ran: one for Processing, Training and Transform, the best
    /// training job for Tuning, none for the others. `createdModel` finds a transform's model.
    static func jobs(stepType: String, arguments: JSONValue, properties: JSONValue,
                     createdModel: (String) throws -> JSONValue?) throws -> [JobLineage] {
        switch stepType {
        case "Processing": return processing(arguments, properties).map { [$0] } ?? []
        case "Training": return training(arguments, properties).map { [$0] } ?? []
        case "Transform": return try transform(arguments, properties, createdModel: createdModel).map { [$0] } ?? []
        case "Tuning": return bestTrainingJob(arguments, properties).map { [$0] } ?? []
        default: return []
        }
    }

    private static func processing(_ arguments: JSONValue, _ properties: JSONValue) -> JobLineage? {
        guard let name = properties["ProcessingJobName"]?.stringValue, let arn = properties["ProcessingJobArn"]?.stringValue else { return nil }
        var job = JobLineage(kind: .processing, jobName: name, jobArn: arn)
        if let image = arguments["AppSpecification"]?["ImageUri"]?.stringValue {
            job.reads.append(Artifact(name: "SageMaker.ImageUri", uri: image, type: "Image"))
        }
        for input in arguments["ProcessingInputs"]?.arrayValue ?? [] {
            guard let uri = input["S3Input"]?["S3Uri"]?.stringValue else { continue }
            // The SDK uploads the script as the input named "code"; SageMaker records it as a DataSet.
            job.reads.append(Artifact(name: input["InputName"]?.stringValue ?? uri, uri: uri, type: "DataSet"))
        }
        for output in arguments["ProcessingOutputConfig"]?["Outputs"]?.arrayValue ?? [] {
            guard let uri = output["S3Output"]?["S3Uri"]?.stringValue else { continue }
            job.writes.append(Artifact(name: output["OutputName"]?.stringValue ?? uri, uri: uri, type: "DataSet"))
        }
        return job
    }

    private static func training(_ arguments: JSONValue, _ properties: JSONValue) -> JobLineage? {
        guard let name = properties["TrainingJobName"]?.stringValue, let arn = properties["TrainingJobArn"]?.stringValue,
              let model = properties["ModelArtifacts"]?["S3ModelArtifacts"]?.stringValue else { return nil }
        return trainingJob(definition: arguments, name: name, arn: arn, model: model)
    }

    /// A tuning step's best training job: the definition with its tuned hyperparameters, and
    /// the model TrainingAction wrote for it.
    private static func bestTrainingJob(_ arguments: JSONValue, _ properties: JSONValue) -> JobLineage? {
        guard let best = properties["BestTrainingJob"], let name = best["TrainingJobName"]?.stringValue,
              let arn = best["TrainingJobArn"]?.stringValue, let definition = arguments["TrainingJobDefinition"],
              let outputPath = definition["OutputDataConfig"]?["S3OutputPath"]?.stringValue else { return nil }
        var hyperparameters = definition["StaticHyperParameters"]?.objectValue ?? []
        for (key, value) in best["TunedHyperParameters"]?.objectValue ?? [] {
            hyperparameters.removeAll { $0.key == key }
            hyperparameters.append((key, value))
        }
        var members = (definition.objectValue ?? []).filter { $0.key != "StaticHyperParameters" }
        members.append(("HyperParameters", .object(hyperparameters)))
        let model = (outputPath.hasSuffix("/") ? outputPath : outputPath + "/") + "\(name)/output/model.tar.gz"
        return trainingJob(definition: .object(members), name: name, arn: arn, model: model)
    }

    private static func trainingJob(definition: JSONValue, name: String, arn: String, model: String) -> JobLineage {
        var job = JobLineage(kind: .training, jobName: name, jobArn: arn)
        if let image = definition["AlgorithmSpecification"]?["TrainingImage"]?.stringValue {
            job.reads.append(Artifact(name: "SageMaker.ImageUri", uri: image, type: "Image"))
        }
        for channel in definition["InputDataConfig"]?.arrayValue ?? [] {
            guard let uri = channel["DataSource"]?["S3DataSource"]?["S3Uri"]?.stringValue else { continue }
            job.reads.append(Artifact(name: channel["ChannelName"]?.stringValue ?? uri, uri: uri, type: "DataSet"))
        }
        let hyperparameters = definition["HyperParameters"]?.objectValue ?? []
        // Script mode: the estimator's source_dir archive, its hyperparameter JSON-quoted.
        if let quoted = hyperparameters.first(where: { $0.key == "sagemaker_submit_directory" })?.value.stringValue {
            let uri = quoted.count >= 2 && quoted.hasPrefix("\"") && quoted.hasSuffix("\"") ? String(quoted.dropFirst().dropLast()) : quoted
            if uri.hasPrefix("s3://") { job.reads.append(Artifact(name: "code", uri: uri, type: "Code")) }
        }
        job.writes.append(Artifact(name: "SageMaker.ModelArtifact", uri: model, type: "Model"))
        job.parameters = hyperparameters
        return job
    }

    /// A batch transform reads its input, and its model's image and data (in that order of association).
    private static func transform(_ arguments: JSONValue, _ properties: JSONValue,
                                  createdModel: (String) throws -> JSONValue?) throws -> JobLineage? {
        guard let name = properties["TransformJobName"]?.stringValue, let arn = properties["TransformJobArn"]?.stringValue else { return nil }
        var job = JobLineage(kind: .transform, jobName: name, jobArn: arn)
        if let uri = arguments["TransformInput"]?["DataSource"]?["S3DataSource"]?["S3Uri"]?.stringValue {
            job.reads.append(Artifact(name: "input", uri: uri, type: "DataSet"))
        }
        if let modelName = arguments["ModelName"]?.stringValue, let model = try createdModel(modelName) {
            for container in ModelArtifacts.containers(model) {
                if let image = container["Image"]?.stringValue {
                    job.reads.append(Artifact(name: "SageMaker.ImageUri", uri: image, type: "Image"))
                }
                if let data = container["ModelDataUrl"]?.stringValue {
                    job.reads.append(Artifact(name: "SageMaker.ModelArtifact", uri: data, type: "Model"))
                }
            }
        }
        if let uri = arguments["TransformOutput"]?["S3OutputPath"]?.stringValue {
            job.writes.append(Artifact(name: "output", uri: uri, type: "DataSet"))
        }
        return job
    }
}
