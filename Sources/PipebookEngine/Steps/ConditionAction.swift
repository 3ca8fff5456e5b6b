/// ConditionStep: evaluates its conditions; the scheduler then runs one branch.
struct ConditionAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let outcome = try ConditionEvaluator.holds(job.arguments["Conditions"]?.arrayValue ?? [])
        let text = JSONValue.string(outcome ? "True" : "False")
        return StepResult(metadata: .object([("Condition", .object([("Outcome", text)]))]),
                          properties: .object([("Outcome", text)]), conditionOutcome: outcome)
    }
}
