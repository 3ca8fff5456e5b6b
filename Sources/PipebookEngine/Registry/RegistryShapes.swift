import Foundation

/// Registry records in the AWS response shapes, members in the service model's order.
/// Timestamps are ISO 8601 text (boto3's side turns them into datetimes).
public enum RegistryShapes {
    /// The CreateModelPackage members DescribeModelPackage gives back as they were sent, in its order.
    /// CertifyForMarketplace is handled apart (it defaults to false).
    private static let describedRequestMembers: [String] = [
        "InferenceSpecification", "SourceAlgorithmSpecification", "ValidationSpecification",
    ]
    private static let describedRequestMembersAfterStatus: [String] = [
        "MetadataProperties", "ModelMetrics",
    ]
    private static let describedRequestMembersAfterApproval: [String] = [
        "Domain", "Task", "SamplePayloadUrl", "CustomerMetadataProperties", "DriftCheckBaselines",
        "AdditionalInferenceSpecifications", "SkipModelValidation", "SourceUri", "SecurityConfig", "ModelCard", "ModelLifeCycle",
    ]

    /// DescribeModelPackage's answer (also a RegisterModel step's properties).
    public static func describe(_ p: StoredModelPackage, _ workspace: Workspace) -> JSONValue {
        let request = (try? JSONValue.parse(p.request)) ?? .object([])
        var members: [(key: String, value: JSONValue)] = [
            ("ModelPackageName", .string(p.groupName)), ("ModelPackageGroupName", .string(p.groupName)),
            ("ModelPackageVersion", .int(p.version)),
            ("ModelPackageArn", .string(workspace.modelPackageARN(p.groupName, version: p.version))),
        ]
        if let d = p.description { members.append(("ModelPackageDescription", .string(d))) }
        members.append(("CreationTime", .string(Timestamps.iso8601(p.createdAt))))
        members += copied(describedRequestMembers, from: request)
        members += [
            ("ModelPackageStatus", .string("Completed")),
            ("ModelPackageStatusDetails", .object([("ValidationStatuses", .array([])), ("ImageScanStatuses", .array([]))])),
            ("CertifyForMarketplace", request["CertifyForMarketplace"] ?? .bool(false)),
            ("ModelApprovalStatus", .string(p.approvalStatus)),
            ("CreatedBy", .object([])),
        ]
        members += copied(describedRequestMembersAfterStatus, from: request)
        if let modified = p.lastModifiedAt {
            members += [("LastModifiedTime", .string(Timestamps.iso8601(modified))), ("LastModifiedBy", .object([]))]
        }
        if let d = p.approvalDescription { members.append(("ApprovalDescription", .string(d))) }
        members += copied(describedRequestMembersAfterApproval, from: request)
        return .object(members)
    }

    /// A ModelPackageSummary of ListModelPackages. A versioned package's summary has no ModelPackageName.
    public static func summary(_ p: StoredModelPackage, _ workspace: Workspace) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("ModelPackageGroupName", .string(p.groupName)), ("ModelPackageVersion", .int(p.version)),
            ("ModelPackageArn", .string(workspace.modelPackageARN(p.groupName, version: p.version))),
        ]
        if let d = p.description { members.append(("ModelPackageDescription", .string(d))) }
        members += [
            ("CreationTime", .string(Timestamps.iso8601(p.createdAt))), ("ModelPackageStatus", .string("Completed")),
            ("ModelApprovalStatus", .string(p.approvalStatus)),
        ]
        return .object(members)
    }

    /// DescribeModelPackageGroup's answer; `summary` leaves out CreatedBy (ModelPackageGroupSummary).
    public static func group(_ g: StoredModelPackageGroup, _ workspace: Workspace, summary: Bool = false) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("ModelPackageGroupName", .string(g.name)), ("ModelPackageGroupArn", .string(workspace.modelPackageGroupARN(g.name))),
        ]
        if let d = g.description { members.append(("ModelPackageGroupDescription", .string(d))) }
        members.append(("CreationTime", .string(Timestamps.iso8601(g.createdAt))))
        if !summary { members.append(("CreatedBy", .object([]))) }
        members.append(("ModelPackageGroupStatus", .string("Completed")))
        return .object(members)
    }

    /// DescribeModel's answer.
    public static func model(_ m: StoredModel, _ workspace: Workspace) -> JSONValue {
        let request = (try? JSONValue.parse(m.request)) ?? .object([])
        var members: [(key: String, value: JSONValue)] = [("ModelName", .string(m.name))]
        members += copied(["PrimaryContainer", "Containers", "InferenceExecutionConfig", "ExecutionRoleArn", "VpcConfig"], from: request)
        members += [
            ("CreationTime", .string(Timestamps.iso8601(m.createdAt))), ("ModelArn", .string(workspace.modelARN(m.name))),
            ("EnableNetworkIsolation", request["EnableNetworkIsolation"] ?? .bool(false)),
        ]
        return .object(members)
    }

    /// A ModelSummary of ListModels.
    public static func modelSummary(_ m: StoredModel, _ workspace: Workspace) -> JSONValue {
        .object([("ModelName", .string(m.name)), ("ModelArn", .string(workspace.modelARN(m.name))),
                 ("CreationTime", .string(Timestamps.iso8601(m.createdAt)))])
    }

    private static func copied(_ keys: [String], from request: JSONValue) -> [(key: String, value: JSONValue)] {
        keys.compactMap { key in request[key].map { (key, $0) } }
    }
}
