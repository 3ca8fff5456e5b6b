import Foundation

/// CreateModelStep and ModelStep's create: a model record (DescribeModel and transforms read
/// it). The model's artifact must exist in the local S3, as SageMaker checks it.
struct CreateModelAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        let name = arguments["ModelName"]?.stringValue ?? job.jobName
        for container in ModelArtifacts.containers(arguments) {
            try ModelArtifacts.checkExists(container["ModelDataUrl"]?.stringValue, s3: job.s3)
        }
        var request = arguments.objectValue ?? []
        request.removeAll { $0.key == "ModelName" }
        // Each execution makes the model anew: a pipeline run again replaces its model.
        try ModelCatalog(store: job.store).create(name: name, request: .object(request), sourceExecutionArn: job.execution.arn,
                                                  replacing: true)
        let arn = job.workspace.modelARN(name)
        let properties: [(key: String, value: JSONValue)] = [("ModelName", .string(name))] + request + [("ModelArn", .string(arn))]
        return StepResult(metadata: .object([("Model", .object([("Arn", .string(arn))]))]), properties: .object(properties))
    }
}

/// RegisterModel and ModelStep's register: the next version of its model package group (made
/// on first use), with the ModelMetrics reports read from the local S3. The step's properties
/// are the version's DescribeModelPackage answer.
struct RegisterModelAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        for container in arguments["InferenceSpecification"]?["Containers"]?.arrayValue ?? [] {
            try ModelArtifacts.checkExists(container["ModelDataUrl"]?.stringValue, s3: job.s3)
        }
        var request = arguments
        if request["ModelPackageGroupName"] == nil && request["ModelPackageName"] == nil,
           case .object(let members) = arguments {
            request = .object([("ModelPackageGroupName", .string(job.jobName))] + members)
        }
        let registry = ModelRegistry(store: job.store)
        let package: StoredModelPackage
        do {
            let registration = try ModelPackageRegistration(request: request, sourceExecutionArn: job.execution.arn,
                                                            sourceStepName: job.step.name)
            package = try registry.register(registration, createGroup: true)
        } catch let error as RegistryError {
            throw StepFailure("ClientError: \(error.description)")
        }
        let arn = job.workspace.modelPackageARN(package.groupName, version: package.version)
        job.log.line("Registered \(arn) (\(package.approvalStatus))")
        return StepResult(metadata: .object([("RegisterModel", .object([("Arn", .string(arn))]))]),
                          properties: RegistryShapes.describe(package, job.workspace))
    }
}

enum ModelArtifacts {
    static func containers(_ arguments: JSONValue) -> [JSONValue] {
        var found: [JSONValue] = []
        if let primary = arguments["PrimaryContainer"] { found.append(primary) }
        found += arguments["Containers"]?.arrayValue ?? []
        return found
    }

    static func checkExists(_ uri: String?, s3: LocalS3) throws {
        guard let uri else { return }
        guard let location = try? S3Location(uri: uri), (try? s3.get(location)) != nil else {
            throw StepFailure("Could not find model data at \(uri).")
        }
    }
}
