/// A definition the validator refused: the SDK's message where it has one, and the step and
/// the JSON path where the problem is.
public struct DefinitionError: Error, Equatable, CustomStringConvertible {
    /// What kind of rule failed: lets the bridge raise the exception type the SDK raises.
    public enum Rule: String, Sendable {
        case duplicateStepName, unknownStep, undeclaredParameter, cycle, parameterDefaultType, unknownProperty
    }

    public let rule: Rule
    public let message: String
    public let step: String?
    public let path: String?

    public var description: String {
        var context: [String] = []
        if let step { context.append("step '\(step)'") }
        if let path { context.append("at \(path)") }
        return context.isEmpty ? message : "\(message) (\(context.joined(separator: ", ")))"
    }
}
