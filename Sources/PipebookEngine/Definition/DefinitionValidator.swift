/// The checks made before a definition is stored, in the order the SDK would meet them.
public enum DefinitionValidator {
    /// Throws the first problem found.
    public static func validate(_ definition: PipelineDefinition) throws {
        try checkParameters(definition)
        try checkUniqueNames(definition)
        try checkReferences(definition)
        _ = try PipelineGraph(definition).topologicalOrder()
    }

    static func checkParameters(_ definition: PipelineDefinition) throws {
        for (i, parameter) in definition.parameters.enumerated() {
            guard let value = parameter.defaultValue else { continue }
            let fits: Bool
            switch (parameter.type, value) {
            case ("String", .string), ("Integer", .int), ("Boolean", .bool), ("Float", .double), ("Float", .int): fits = true
            default: fits = false
            }
            if !fits {
                throw DefinitionError(rule: .parameterDefaultType,
                                      message: "The default value specified does not match the Parameter Python type.",
                                      step: nil, path: "Parameters[\(i)] (\(parameter.name), \(parameter.type)).DefaultValue")
            }
        }
    }

    static func checkUniqueNames(_ definition: PipelineDefinition) throws {
        var seen: Set<String> = []
        for step in definition.steps where !seen.insert(step.name).inserted {
            throw DefinitionError(rule: .duplicateStepName,
                                  message: "Pipeline steps cannot have duplicate names. In addition, steps added in the ConditionStep cannot be added in the Pipeline steps list.",
                                  step: step.name, path: step.location)
        }
    }

    static func checkReferences(_ definition: PipelineDefinition) throws {
        let parameters = Set(definition.parameters.map(\.name))
        for step in definition.steps {
            for (i, name) in step.dependsOn.enumerated() where definition.step(named: name) == nil {
                throw unknownStep(name, in: step, at: "\(step.location).DependsOn[\(i)]")
            }
            for reference in Reference.all(in: step.body) {
                let path = "\(step.location).\(reference.location)"
                switch reference.target {
                case .parameter(let name) where !parameters.contains(name):
                    throw DefinitionError(rule: .undeclaredParameter,
                                          message: "Parameter '\(name)' is used but not declared in the pipeline's parameters",
                                          step: step.name, path: path)
                case .step(let name, let property):
                    guard let target = definition.step(named: name) else { throw unknownStep(name, in: step, at: path) }
                    try checkProperty(property, of: target, usedBy: step, at: path)
                default:
                    break
                }
            }
        }
    }

    static func checkProperty(_ property: String, of target: PipelineDefinition.Step,
                              usedBy step: PipelineDefinition.Step, at path: String) throws {
        if property.hasPrefix("PropertyFiles.") {
            let file = String(property.dropFirst("PropertyFiles.".count))
            if target.propertyFiles.contains(file) { return }
            throw DefinitionError(rule: .unknownProperty,
                                  message: "Step '\(target.name)' has no property file '\(file)'",
                                  step: step.name, path: path)
        }
        if let bad = PropertyShapes.invalidPart(of: property, stepType: target.type) {
            throw DefinitionError(rule: .unknownProperty,
                                  message: "Step '\(target.name)' of type \(target.type) has no property '\(bad)' in Steps.\(target.name).\(property)",
                                  step: step.name, path: path)
        }
    }

    static func unknownStep(_ name: String, in step: PipelineDefinition.Step, at path: String) -> DefinitionError {
        DefinitionError(rule: .unknownStep, message: "The input steps do not contain the step of name: \(name)",
                        step: step.name, path: path)
    }
}
