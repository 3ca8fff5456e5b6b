/// The pipeline variables a step's JSON uses: `{"Get": "Steps.<name>.<path>"}`,
/// `{"Get": "Parameters.<name>"}` and `{"Get": "Execution.<name>"}`, with where they occur.
public struct Reference: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        /// A step's property; `path` follows the step name (`ModelArtifacts.S3ModelArtifacts`).
        case step(name: String, path: String)
        case parameter(String)
        case execution(String)
    }

    public let target: Target
    /// The JSON path inside the step (`Arguments.ProcessingInputs[0].S3Input.S3Uri`).
    public let location: String

    /// Every reference in a step's body, in document order.
    public static func all(in body: JSONValue) -> [Reference] {
        var found: [Reference] = []
        collect(body, at: "", into: &found)
        return found
    }

    private static func collect(_ value: JSONValue, at location: String, into found: inout [Reference]) {
        switch value {
        case .object(let members):
            if members.count == 1, members[0].key == "Get", let get = members[0].value.stringValue {
                if let target = parse(get) { found.append(Reference(target: target, location: location)) }
                return
            }
            for (key, member) in members {
                collect(member, at: location.isEmpty ? key : "\(location).\(key)", into: &found)
            }
        case .array(let items):
            for (i, item) in items.enumerated() { collect(item, at: "\(location)[\(i)]", into: &found) }
        default:
            break
        }
    }

    static func parse(_ get: String) -> Target? {
        if get.hasPrefix("Parameters.") { return .parameter(String(get.dropFirst("Parameters.".count))) }
        if get.hasPrefix("Execution.") { return .execution(String(get.dropFirst("Execution.".count))) }
        guard get.hasPrefix("Steps.") else { return nil }
        let rest = get.dropFirst("Steps.".count)
        // Step names may hold '-' but not '.' or '[' (SageMaker's pattern for them).
        let name = rest.prefix { $0 != "." && $0 != "[" }
        return .step(name: String(name), path: String(rest.dropFirst(name.count).drop { $0 == "." }))
    }
}
