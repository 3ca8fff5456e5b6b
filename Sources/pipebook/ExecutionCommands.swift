import Foundation
import PipebookEngine

/// `pipebook executions [PIPELINE]`, `pipebook execution ARN` and `pipebook logs ARN STEP`:
/// the executions in the local store, from any process (an ARN may be given as its id alone).
enum ExecutionCommands {
    static let names: Set<String> = ["executions", "execution", "logs"]

    static let usage = """
    usage: pipebook executions [PIPELINE]   list executions, newest first
           pipebook execution ARN           show an execution's steps
           pipebook logs ARN STEP           print a step's log
    An execution may be named by its ARN or by its id (the ARN's last part).

    """

    static func main(_ arguments: [String]) -> Int32 {
        do {
            let store = try PipelineStore(workspace: Workspace.current())
            // Executions of a process that died are marked Failed before anything is shown.
            PipelineExecutor(store: store, services: StepServices()).recoverAbandonedExecutions()
            switch (arguments.first, arguments.count) {
            case ("executions", 1): print(ExecutionDisplay.list(try store.executions()), terminator: "")
            case ("executions", 2): print(ExecutionDisplay.list(try store.executions(pipelineName: arguments[1])), terminator: "")
            case ("execution", 2):
                let execution = try find(arguments[1], store)
                let definition = try? PipelineDefinition(text: store.definition(execution.pipelineName, version: execution.pipelineVersion).definition)
                print(ExecutionDisplay.render(execution, steps: try store.stepRuns(execution.arn), definition: definition), terminator: "")
            case ("logs", 3):
                let execution = try find(arguments[1], store)
                print(try ExecutionLogs.text(workspace: store.workspace, execution: execution, stepName: arguments[2]), terminator: "")
            default:
                FileHandle.standardError.write(Data(usage.utf8))
                return 2
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("pipebook: \(error)\n".utf8))
            return 1
        }
    }

    private static func find(_ name: String, _ store: PipelineStore) throws -> StoredExecution {
        if name.hasPrefix("arn:") { return try store.execution(name) }
        guard let found = try store.executions().first(where: { $0.executionId == name }) else {
            throw PipelineStoreError.executionNotFound(arn: name)
        }
        return found
    }
}
