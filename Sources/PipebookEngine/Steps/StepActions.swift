/// Which action runs each step type, and the Metadata a step shows while it runs.
enum StepActions {
    static func action(for type: String) -> StepAction? {
        switch type {
        case "Condition": return ConditionAction()
        case "Fail": return FailAction()
        case "Processing": return ProcessingAction()
        case "Training": return TrainingAction()
        case "Transform": return TransformAction()
        case "Model": return CreateModelAction()
        case "RegisterModel": return RegisterModelAction()
        case "Lambda": return LambdaAction()
        case "Callback": return CallbackAction()
        case "Tuning": return TuningAction()
        default: return nil
        }
    }

    static func initialMetadata(stepType: String, jobName: String, workspace: Workspace) -> JSONValue {
        let prefix = "arn:aws:sagemaker:\(workspace.region):\(Workspace.accountID)"
        let job: (String, String)?
        switch stepType {
        case "Processing": job = ("ProcessingJob", "processing-job")
        case "Training": job = ("TrainingJob", "training-job")
        case "Transform": job = ("TransformJob", "transform-job")
        case "Tuning": job = ("TuningJob", "hyper-parameter-tuning-job")
        default: job = nil
        }
        guard let (member, resource) = job else { return .object([]) }
        return .object([(member, .object([("Arn", .string("\(prefix):\(resource)/\(jobName.lowercased())"))]))])
    }
}
