/// FailStep: fails the step, and so the execution, with its ErrorMessage.
struct FailAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let message = job.arguments["ErrorMessage"].map(ValueResolver.text) ?? ""
        throw StepFailure(message, metadata: .object([("Fail", .object([("ErrorMessage", .string(message))]))]))
    }
}
