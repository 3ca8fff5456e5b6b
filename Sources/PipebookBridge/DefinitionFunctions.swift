import PipebookEngine
import PipebookLanguage

/// Validation, property shapes and the DAG display, for stdlib's Pipeline and Properties.
enum DefinitionFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        m.function("validate_definition") { _, args in
            let text = try args.string(0, "validate_definition")
            try BridgeErrors.converting { try DefinitionValidator.validate(PipelineDefinition(text: text)) }
            return .none
        }
        m.function("dag_text") { _, args in
            let name = try args.string(0, "dag_text"), text = try args.string(1, "dag_text")
            let version = args.positional.count > 2 ? args.positional[2] : .none
            var number: Int?
            if case .int(let n) = version { number = n }
            return .str(try BridgeErrors.converting {
                DAGDisplay.render(name: name, definition: try PipelineDefinition(text: text), version: number)
            })
        }
        m.function("property_root") { _, args in
            PropertyShapes.root(forStepType: try args.string(0, "property_root")).map(Value.str) ?? .none
        }
        m.function("property_members") { _, args in
            let members = PropertyShapes.members(of: try args.string(0, "property_members"))
            return .str(JSONValue.object(members.sorted { $0.key < $1.key }.map { name, member in
                let pair: [JSONValue]
                switch member {
                case .scalar: pair = [.string("scalar"), .null]
                case .structure(let s): pair = [.string("structure"), .string(s)]
                case .list(let s): pair = [.string("list"), .string(s)]
                case .map(let s): pair = [.string("map"), .string(s)]
                }
                return (name, JSONValue.array(pair))
            }).text())
        }
    }
}
