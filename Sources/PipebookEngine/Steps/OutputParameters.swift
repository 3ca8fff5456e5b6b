/// The OutputParameters a Lambda or Callback step declares, filled from what came back.
enum OutputParameters {
    /// `{"name": value}` for every declared output, each converted to its OutputType.
    static func fill(_ step: PipelineDefinition.Step, from values: [String: JSONValue]) throws -> JSONValue {
        var filled: [(key: String, value: JSONValue)] = []
        for declared in step.body["OutputParameters"]?.arrayValue ?? [] {
            guard let name = declared["OutputName"]?.stringValue else { continue }
            guard let value = values[name] else {
                throw StepFailure("Output parameter \(name) is missing from the response.")
            }
            let type = declared["OutputType"]?.stringValue ?? "String"
            guard let converted = convert(value, to: type) else {
                throw StepFailure("Output parameter \(name) has value \(value.text()), which is not of type \(type).")
            }
            filled.append((name, converted))
        }
        return .object(filled)
    }

    private static func convert(_ value: JSONValue, to type: String) -> JSONValue? {
        switch (type, value) {
        case ("String", .string): return value
        case ("String", _): return .string(ValueResolver.text(value))
        case ("Integer", .int): return value
        case ("Integer", .string(let s)): return Int(s).map(JSONValue.int)
        case ("Float", .double), ("Float", .int): return value
        case ("Float", .string(let s)): return Double(s).map(JSONValue.double)
        case ("Boolean", .bool): return value
        case ("Boolean", .string(let s)): return ExecutionParameters.typed(s, type: "Boolean")
        default: return nil
        }
    }
}
