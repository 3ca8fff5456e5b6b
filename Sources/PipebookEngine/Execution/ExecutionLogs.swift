import Foundation

/// The logs a step's jobs write: what `pipebook logs ARN STEP` prints.
public enum ExecutionLogs {
    public static func url(workspace: Workspace, execution: StoredExecution, stepName: String) -> URL {
        StepLog.url(workspace: workspace, executionId: execution.executionId, stepName: stepName)
    }

    public static func text(workspace: Workspace, execution: StoredExecution, stepName: String) throws -> String {
        let file = url(workspace: workspace, execution: execution, stepName: stepName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw PipelineStoreError.validation("Step \(stepName) of execution \(execution.arn) has no log.")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
