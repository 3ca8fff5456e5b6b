import Foundation

/// LambdaStep: the function's handler, a function in a Pipebook script registered with
/// `Lambda(function_arn=..., script=..., handler=...)`, called with the step's inputs as its
/// event; its return value (a dict) fills the OutputParameters.
struct LambdaAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arn = job.step.body["FunctionArn"]?.stringValue ?? ""
        let metadata = JSONValue.object([("Lambda", .object([("Arn", .string(arn))]))])
        guard let function = try job.store.lambdaFunction(arn) else {
            throw StepFailure("Function not found: \(arn). Give Lambda(...) a script and handler to run it locally.", metadata: metadata)
        }
        guard let runner = job.services.scriptRunner else { throw StepFailure("This host cannot run Lambda handlers.") }
        let log = job.log
        let answer = try runner.callFunction(scriptPath: function.scriptPath, handler: function.handler,
                                             event: job.arguments.text(), output: { log.write($0) })
        let response = try JSONValue.parse(answer)
        var values: [String: JSONValue] = [:]
        for (key, value) in response.objectValue ?? [] { values[key] = value }
        let outputs = try OutputParameters.fill(job.step, from: values)
        let listed = JSONValue.array((outputs.objectValue ?? []).map { .object([("Name", .string($0.key)), ("Value", .string(ValueResolver.text($0.value)))]) })
        return StepResult(metadata: .object([("Lambda", .object([("Arn", .string(arn)), ("OutputParameters", listed)]))]),
                          properties: .object([("OutputParameters", outputs)]))
    }
}
