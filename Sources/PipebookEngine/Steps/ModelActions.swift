import Foundation

/// CreateModelStep and ModelStep's create: a model record. The model's artifact must exist in
/// the local S3, as SageMaker checks it.
struct CreateModelAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        let name = arguments["ModelName"]?.stringValue ?? job.jobName
        for container in ModelArtifacts.containers(arguments) {
            try ModelArtifacts.checkExists(container["ModelDataUrl"]?.stringValue, s3: job.s3)
        }
        let arn = "arn:aws:sagemaker:\(job.workspace.region):\(Workspace.accountID):model/\(name.lowercased())"
        var properties = arguments.objectValue ?? []
        properties.removeAll { $0.key == "ModelName" }
        properties.insert(("ModelName", .string(name)), at: 0)
        properties.append(("ModelArn", .string(arn)))
        return StepResult(metadata: .object([("Model", .object([("Arn", .string(arn))]))]), properties: .object(properties))
    }
}

/// RegisterModel and ModelStep's register: a model package version in its group.
struct RegisterModelAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        for container in arguments["InferenceSpecification"]?["Containers"]?.arrayValue ?? [] {
            try ModelArtifacts.checkExists(container["ModelDataUrl"]?.stringValue, s3: job.s3)
        }
        let group = arguments["ModelPackageGroupName"]?.stringValue ?? job.jobName
        let version = try job.store.nextModelPackageVersion(group: group)
        let arn = "arn:aws:sagemaker:\(job.workspace.region):\(Workspace.accountID):model-package/\(group.lowercased())/\(version)"
        var properties = arguments.objectValue ?? []
        properties += [("ModelPackageArn", .string(arn)), ("ModelPackageVersion", .int(version)),
                       ("ModelPackageStatus", .string("Completed"))]
        if properties.first(where: { $0.key == "ModelApprovalStatus" }) == nil {
            properties.append(("ModelApprovalStatus", .string("PendingManualApproval")))
        }
        return StepResult(metadata: .object([("RegisterModel", .object([("Arn", .string(arn))]))]), properties: .object(properties))
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
