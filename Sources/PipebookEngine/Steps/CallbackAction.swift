import Foundation

/// CallbackStep: waits, Executing, until some Pipebook process on this workspace answers its
/// token with `send_pipeline_execution_step_success` or `_failure`.
struct CallbackAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let queue = job.step.body["SqsQueueUrl"]?.stringValue ?? ""
        try job.store.insert(StoredCallbackToken(token: token, executionArn: job.execution.arn, stepName: job.step.name, outcome: nil))
        let metadata = JSONValue.object([("Callback", .object([("CallbackToken", .string(token)), ("SqsQueueUrl", .string(queue))]))])
        try job.store.updateMetadata(metadata, executionArn: job.execution.arn, stepName: job.step.name)
        job.log.line("Waiting for callback token \(token)")
        while true {
            if job.isStopping { throw StepFailure("stopped") }
            if let text = try job.store.callbackToken(token)?.outcome {
                let outcome = try JSONValue.parse(text)
                if outcome["Status"]?.stringValue == "Failure" {
                    throw StepFailure(outcome["FailureReason"]?.stringValue ?? "The callback reported a failure.", metadata: metadata)
                }
                var values: [String: JSONValue] = [:]
                for item in outcome["OutputParameters"]?.arrayValue ?? [] {
                    if let name = item["Name"]?.stringValue, let value = item["Value"] { values[name] = value }
                }
                let outputs = try OutputParameters.fill(job.step, from: values)
                return StepResult(metadata: metadata, properties: .object([("OutputParameters", outputs)]))
            }
            Thread.sleep(forTimeInterval: job.services.pollInterval)
        }
    }
}
