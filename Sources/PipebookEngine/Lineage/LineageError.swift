/// Why a lineage request was refused, in SageMaker's words.
public enum LineageError: Error, Equatable, CustomStringConvertible {
    /// No lineage entity has this ARN, and no artifact or job this URI or ARN.
    case notFound(String)
    /// An approval for a model package no RegisterModel step recorded.
    case unknownModelPackage(String)
    case validation(String)

    public var description: String {
        switch self {
        case .notFound(let what):
            return "ResourceNotFound: No lineage entity, job or artifact has the ARN or URI \(what)."
        case .unknownModelPackage(let arn):
            return "ResourceNotFound: Model package \(arn) has no lineage (no RegisterModel step recorded it)."
        case .validation(let message):
            return "ValidationException: \(message)"
        }
    }
}
