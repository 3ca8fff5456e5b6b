/// Why the registry refused a request: SageMaker's error code and message, as "Code: message"
/// (the bridge hands that text to botocore's ClientError).
public enum RegistryError: Error, Equatable, CustomStringConvertible {
    case groupExists(arn: String)
    case groupNotFound(arn: String)
    case groupNotEmpty(name: String, versions: Int)
    case packageNotFound(arn: String)
    case modelExists(arn: String)
    case modelNotFound(arn: String)
    /// A value outside a member's enum, reported as AWS's request validation does.
    case notInEnum(value: String, member: String, allowed: [String])
    case validation(String)

    public var description: String {
        switch self {
        case .groupExists(let arn):
            return "ValidationException: Model Package Group already exists: \(arn)"
        case .groupNotFound(let arn):
            return "ValidationException: ModelPackageGroup \(arn) does not exist."
        case .groupNotEmpty(let name, let versions):
            return "ConflictException: Model Package Group \(name) still has \(versions) model package version\(versions == 1 ? "" : "s"); delete \(versions == 1 ? "it" : "them") before deleting the group."
        case .packageNotFound(let arn):
            return "ValidationException: ModelPackage \(arn) does not exist."
        case .modelExists(let arn):
            return "ValidationException: Cannot create already existing model \"\(arn)\"."
        case .modelNotFound(let arn):
            return "ValidationException: Could not find model \"\(arn)\"."
        case .notInEnum(let value, let member, let allowed):
            return "ValidationException: 1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]"
        case .validation(let message):
            return "ValidationException: \(message)"
        }
    }
}
