/// What a CreateModelPackage request (or a RegisterModel step's arguments) asks the registry to
/// keep, checked as SageMaker checks it.
public struct ModelPackageRegistration: Sendable {
    public var groupName: String
    public var description: String?
    public var approvalStatus: ModelApprovalStatus
    /// The request's other members (InferenceSpecification, ModelMetrics, CustomerMetadataProperties, ...).
    public var rest: JSONValue
    public var sourceExecutionArn: String?
    public var sourceStepName: String?

    /// Reads a CreateModelPackage request. Pipebook keeps versioned packages only, so the
    /// request must name a group (a name or its ARN).
    public init(request: JSONValue, sourceExecutionArn: String? = nil, sourceStepName: String? = nil) throws {
        let name = request["ModelPackageName"]?.stringValue
        let group = request["ModelPackageGroupName"]?.stringValue
        switch (name, group) {
        case (.some, .some):
            throw RegistryError.validation("Both ModelPackageName and ModelPackageGroupName are provided in the input. Cannot determine which one to use.")
        case (nil, nil):
            throw RegistryError.validation("Missing ARN.")
        case (.some, nil):
            throw RegistryError.validation("Pipebook keeps versioned model packages only: pass ModelPackageGroupName instead of ModelPackageName.")
        case (nil, .some(let group)):
            groupName = Self.groupName(group)
        }
        description = request["ModelPackageDescription"]?.stringValue
        approvalStatus = try Self.approvalStatus(request["ModelApprovalStatus"]?.stringValue ?? ModelApprovalStatus.pendingManualApproval.rawValue)
        let kept: Set = ["ModelPackageName", "ModelPackageGroupName", "ModelPackageDescription", "ModelApprovalStatus", "ClientToken"]
        rest = .object((request.objectValue ?? []).filter { !kept.contains($0.key) })
        self.sourceExecutionArn = sourceExecutionArn
        self.sourceStepName = sourceStepName
    }

    /// A status SageMaker allows, or its validation error.
    static func approvalStatus(_ text: String) throws -> ModelApprovalStatus {
        guard let status = ModelApprovalStatus(rawValue: text) else {
            throw RegistryError.notInEnum(value: text, member: "modelApprovalStatus", allowed: ModelApprovalStatus.allCases.map(\.rawValue))
        }
        return status
    }

    /// The name in a group ARN (`arn:...:model-package-group/name`), or the name itself.
    static func groupName(_ nameOrARN: String) -> String {
        guard nameOrARN.hasPrefix("arn:"), let slash = nameOrARN.firstIndex(of: "/") else { return nameOrARN }
        return String(nameOrARN[nameOrARN.index(after: slash)...])
    }
}
