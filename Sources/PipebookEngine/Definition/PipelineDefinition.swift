/// A pipeline definition read from its JSON: the parameters and every step, including the
/// steps a ConditionStep holds in its IfSteps and ElseSteps.
public struct PipelineDefinition: Sendable {
    public struct Parameter: Sendable {
        public let name: String
        public let type: String
        public let defaultValue: JSONValue?
        public let enumValues: [JSONValue]?
    }

    /// Where a step sits: at the top level, or in a branch of a ConditionStep.
    public enum Placement: Equatable, Sendable {
        case topLevel
        case branch(condition: String, isIf: Bool)
    }

    public struct Step: Sendable {
        public let name: String
        public let type: String
        public let placement: Placement
        public let dependsOn: [String]
        /// The step's own JSON, branches of a ConditionStep left out.
        public let body: JSONValue
        /// The JSON path of the step in the definition, for messages (`Steps[3].Arguments.IfSteps[0]`).
        public let location: String
        /// The names of the files a processing step's PropertyFiles declare.
        public let propertyFiles: [String]
    }

    public let json: JSONValue
    public let parameters: [Parameter]
    /// Every step, depth first in definition order.
    public let steps: [Step]

    public init(text: String) throws {
        try self.init(json: JSONValue.parse(text))
    }

    public init(json: JSONValue) throws {
        self.json = json
        parameters = (json["Parameters"]?.arrayValue ?? []).map { p in
            Parameter(name: p["Name"]?.stringValue ?? "", type: p["Type"]?.stringValue ?? "String",
                      defaultValue: p["DefaultValue"], enumValues: p["EnumValues"]?.arrayValue)
        }
        var steps: [Step] = []
        PipelineDefinition.collect(json["Steps"]?.arrayValue ?? [], at: "Steps", placement: .topLevel, into: &steps)
        self.steps = steps
    }

    private static func collect(_ list: [JSONValue], at location: String, placement: Placement, into steps: inout [Step]) {
        for (i, raw) in list.enumerated() {
            let name = raw["Name"]?.stringValue ?? ""
            let type = raw["Type"]?.stringValue ?? ""
            let here = "\(location)[\(i)]"
            var body = raw
            if type == "Condition", case .object(var members) = raw,
               let argIndex = members.firstIndex(where: { $0.key == "Arguments" }),
               case .object(let arguments) = members[argIndex].value {
                members[argIndex].value = .object(arguments.filter { $0.key != "IfSteps" && $0.key != "ElseSteps" })
                body = .object(members)
            }
            steps.append(Step(
                name: name, type: type, placement: placement,
                dependsOn: raw["DependsOn"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                body: body, location: here,
                propertyFiles: raw["PropertyFiles"]?.arrayValue?.compactMap { $0["PropertyFileName"]?.stringValue } ?? []))
            if type == "Condition" {
                for (branch, isIf) in [("IfSteps", true), ("ElseSteps", false)] {
                    collect(raw["Arguments"]?[branch]?.arrayValue ?? [], at: "\(here).Arguments.\(branch)",
                            placement: .branch(condition: name, isIf: isIf), into: &steps)
                }
            }
        }
    }

    public func step(named name: String) -> Step? { steps.first { $0.name == name } }
}
