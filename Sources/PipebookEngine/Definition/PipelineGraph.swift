/// The steps of a definition and what each waits for: its DependsOn, the steps whose
/// properties it reads, and for a step in a condition's branch, the condition.
public struct PipelineGraph: Sendable {
    public let definition: PipelineDefinition
    /// For each step name, the steps it waits for, in first-mention order.
    public let upstream: [String: [String]]

    public init(_ definition: PipelineDefinition) {
        self.definition = definition
        var upstream: [String: [String]] = [:]
        for step in definition.steps {
            var names: [String] = []
            if case .branch(let condition, _) = step.placement { names.append(condition) }
            names += step.dependsOn
            for reference in Reference.all(in: step.body) {
                if case .step(let name, _) = reference.target { names.append(name) }
            }
            var seen: Set<String> = []
            upstream[step.name] = names.filter { $0 != step.name && seen.insert($0).inserted }
        }
        self.upstream = upstream
    }

    /// The steps in an order where each comes after what it waits for (definition order
    /// among equals); throws when the steps wait for each other in a cycle.
    public func topologicalOrder() throws -> [PipelineDefinition.Step] {
        var done: Set<String> = []
        var order: [PipelineDefinition.Step] = []
        var remaining = definition.steps
        while !remaining.isEmpty {
            guard let next = remaining.firstIndex(where: { step in
                (upstream[step.name] ?? []).allSatisfy { done.contains($0) || definition.step(named: $0) == nil }
            }) else {
                let stuck = remaining.map(\.name)
                throw DefinitionError(rule: .cycle, message: "Cycle detected in pipeline step graph.",
                                      step: stuck.first, path: "steps " + stuck.joined(separator: ", "))
            }
            let step = remaining.remove(at: next)
            done.insert(step.name)
            order.append(step)
        }
        return order
    }
}
