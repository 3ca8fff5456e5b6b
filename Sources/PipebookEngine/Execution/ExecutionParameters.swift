import Foundation

/// The parameters StartPipelineExecution takes, checked as SageMaker checks them.
public enum ExecutionParameters {
    /// Every parameter's value as text, defaults filled in; throws a ValidationException-style
    /// error for an unknown name, a value of the wrong type or a missing value with no default.
    public static func check(_ given: [(name: String, value: String)], definition: PipelineDefinition) throws -> [(name: String, value: String)] {
        var values: [String: String] = [:]
        for (name, value) in given {
            guard let parameter = definition.parameters.first(where: { $0.name == name }) else {
                throw PipelineStoreError.validation("Parameter '\(name)' is not defined in the pipeline definition.")
            }
            guard typed(value, type: parameter.type) != nil else {
                throw PipelineStoreError.validation("Parameter '\(name)' has value '\(value)', which is not of type \(parameter.type).")
            }
            if let allowed = parameter.enumValues, !allowed.contains(where: { ValueResolver.text($0) == value }) {
                throw PipelineStoreError.validation("Parameter '\(name)' has value '\(value)', which is not one of its enum values.")
            }
            values[name] = value
        }
        return try definition.parameters.map { parameter in
            if let value = values[parameter.name] { return (parameter.name, value) }
            guard let fallback = parameter.defaultValue else {
                throw PipelineStoreError.validation("Parameter '\(parameter.name)' has no default value and was not given one.")
            }
            return (parameter.name, textOf(fallback, type: parameter.type))
        }
    }

    /// A parameter's text as the value steps see: Integer → int, Float → float, Boolean → bool.
    static func typed(_ text: String, type: String) -> JSONValue? {
        switch type {
        case "Integer": return Int(text).map(JSONValue.int)
        case "Float": return Double(text).map(JSONValue.double)
        case "Boolean":
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        default: return .string(text)
        }
    }

    private static func textOf(_ value: JSONValue, type: String) -> String {
        if type == "Boolean", case .bool(let b) = value { return b ? "true" : "false" }
        return ValueResolver.text(value)
    }

    /// The stored parameters of an execution as typed values, by name.
    static func typedValues(execution: StoredExecution, definition: PipelineDefinition) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for item in (try? JSONValue.parse(execution.parameters))?.arrayValue ?? [] {
            guard let name = item["Name"]?.stringValue, let value = item["Value"]?.stringValue else { continue }
            let type = definition.parameters.first { $0.name == name }?.type ?? "String"
            result[name] = typed(value, type: type) ?? .string(value)
        }
        return result
    }
}
