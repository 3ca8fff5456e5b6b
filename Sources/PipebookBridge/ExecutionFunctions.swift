import Foundation
import PipebookEngine
import PipebookLanguage

/// StartPipelineExecution and the calls about executions, over the engine's executor. Answers
/// are JSON text in the AWS response shapes; timestamps are ISO 8601 text the Python side
/// turns into datetimes.
enum ExecutionFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        m.function("execution_start") { _, args in
            let name = try args.string(0, "execution_start")
            let options = try BridgeErrors.converting { try JSONValue.parse(args.optionalString(1) ?? "{}") }
            return try BridgeErrors.converting {
                var request = PipelineExecutor.StartRequest()
                request.parameters = (options["PipelineParameters"]?.arrayValue ?? []).compactMap { p in
                    guard let n = p["Name"]?.stringValue, let v = p["Value"]?.stringValue else { return nil }
                    return (n, v)
                }
                request.displayName = options["PipelineExecutionDisplayName"]?.stringValue
                request.description = options["PipelineExecutionDescription"]?.stringValue
                if case .int(let n)? = options["PipelineVersionId"] { request.version = n }
                if case .int(let n)? = options["ParallelismConfiguration"]?["MaxParallelExecutionSteps"] { request.maxParallelSteps = n }
                if let selective = options["SelectiveExecutionConfig"], let source = selective["SourcePipelineExecutionArn"]?.stringValue {
                    request.selective = (source, selective["SelectedSteps"]?.arrayValue?.compactMap { $0["StepName"]?.stringValue } ?? [])
                }
                let execution = try context.executor().start(pipelineName: name, request)
                return .str(JSONValue.object([("PipelineExecutionArn", .string(execution.arn))]).text())
            }
        }
        m.function("execution_describe") { _, args in
            let arn = try args.string(0, "execution_describe")
            return try BridgeErrors.converting { .str(try describe(context.store().execution(arn), context).text()) }
        }
        m.function("execution_definition") { _, args in
            // DescribePipelineDefinitionForExecution: the definition version the execution ran.
            let arn = try args.string(0, "execution_definition")
            return try BridgeErrors.converting {
                let store = try context.store()
                let execution = try store.execution(arn)
                let version = try store.definition(execution.pipelineName, version: execution.pipelineVersion)
                return .str(JSONValue.object([("PipelineDefinition", .string(version.definition)),
                                              ("CreationTime", .string(StoreFunctions.timestamp(version.createdAt)))]).text())
            }
        }
        m.function("execution_steps") { _, args in
            let arn = try args.string(0, "execution_steps")
            return try BridgeErrors.converting {
                let store = try context.store()
                let execution = try store.execution(arn)  // ResourceNotFound for an unknown ARN
                let definition = try? definition(of: execution, store)
                return .str(JSONValue.array(try store.stepRuns(arn).map { step($0, definition) }).text())
            }
        }
        m.function("execution_list") { _, args in
            let name = args.optionalString(0)
            return try BridgeErrors.converting {
                let executions = try context.store().executions(pipelineName: name)
                return .str(JSONValue.object([("PipelineExecutionSummaries", .array(executions.map(summary)))]).text())
            }
        }
        m.function("execution_parameters") { _, args in
            let arn = try args.string(0, "execution_parameters")
            return try BridgeErrors.converting {
                let parameters = try JSONValue.parse(context.store().execution(arn).parameters)
                return .str(JSONValue.object([("PipelineParameters", parameters)]).text())
            }
        }
        m.function("execution_stop") { _, args in
            let arn = try args.string(0, "execution_stop")
            return try BridgeErrors.converting {
                try context.executor().stop(arn)
                return .str(JSONValue.object([("PipelineExecutionArn", .string(arn))]).text())
            }
        }
        m.function("execution_retry") { _, args in
            let arn = try args.string(0, "execution_retry")
            return try BridgeErrors.converting {
                try context.executor().retry(arn)
                return .str(JSONValue.object([("PipelineExecutionArn", .string(arn))]).text())
            }
        }
        m.function("execution_transitions") { _, args in
            let arn = try args.string(0, "execution_transitions")
            let after: Int64
            if args.positional.count > 1, case .int(let n) = args.positional[1] { after = Int64(n) } else { after = 0 }
            return try BridgeErrors.converting {
                .str(JSONValue.array(try context.store().transitions(arn, after: after).map(transition)).text())
            }
        }
        m.function("execution_wait") { _, args in
            // Blocks up to `seconds` for an execution this process runs; returns at once otherwise.
            let arn = try args.string(0, "execution_wait")
            var seconds = 0.25
            if args.positional.count > 1 {
                switch args.positional[1] {
                case .int(let n): seconds = Double(n)
                case .float(let d): seconds = d
                default: break
                }
            }
            if RunningExecutions.shared.arns.contains(arn) {
                _ = RunningExecutions.shared.wait(arn, timeout: seconds)
            } else {
                Thread.sleep(forTimeInterval: seconds)
            }
            return .none
        }
        m.function("execution_log") { _, args in
            let arn = try args.string(0, "execution_log")
            let stepName = try args.string(1, "execution_log")
            return try BridgeErrors.converting {
                let execution = try context.store().execution(arn)
                return .str(try ExecutionLogs.text(workspace: context.workspace, execution: execution, stepName: stepName))
            }
        }
        m.function("execution_display") { _, args in
            let arn = try args.string(0, "execution_display")
            return try BridgeErrors.converting {
                let store = try context.store()
                let execution = try store.execution(arn)
                return .str(ExecutionDisplay.render(execution, steps: try store.stepRuns(arn),
                                                    definition: try? definition(of: execution, store)))
            }
        }
        m.function("execution_svg") { _, args in
            let arn = try args.string(0, "execution_svg")
            return try BridgeErrors.converting {
                let store = try context.store()
                let execution = try store.execution(arn)
                return .str(try ExecutionSVG.render(execution, steps: try store.stepRuns(arn),
                                                    definition: try definition(of: execution, store)))
            }
        }
        m.function("callback_send") { _, args in
            let token = try args.string(0, "callback_send")
            let outcome = try BridgeErrors.converting { try JSONValue.parse(args.string(1, "callback_send")) }
            return try BridgeErrors.converting {
                // SendPipelineExecutionStep{Success,Failure}'s answer: the execution the token belongs to.
                let store = try context.store()
                let arn = try store.callbackToken(token)?.executionArn
                try store.answer(token: token, outcome: outcome)
                return .str(JSONValue.object(arn.map { [("PipelineExecutionArn", .string($0))] } ?? []).text())
            }
        }
        m.function("lambda_register") { _, args in
            let arn = try args.string(0, "lambda_register")
            let script = try args.string(1, "lambda_register")
            let handler = try args.string(2, "lambda_register")
            return try BridgeErrors.converting {
                try context.store().register(StoredLambdaFunction(arn: arn, scriptPath: context.localURL(script).path, handler: handler))
                return .none
            }
        }
    }

    static func definition(of execution: StoredExecution, _ store: PipelineStore) throws -> PipelineDefinition {
        try PipelineDefinition(text: store.definition(execution.pipelineName, version: execution.pipelineVersion).definition)
    }

    static func describe(_ e: StoredExecution, _ context: BridgeContext) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("PipelineArn", .string(context.workspace.pipelineARN(e.pipelineName))),
            ("PipelineExecutionArn", .string(e.arn)),
            ("PipelineExecutionDisplayName", .string(e.displayName)),
            ("PipelineExecutionStatus", .string(e.status.rawValue)),
        ]
        if let d = e.description { members.append(("PipelineExecutionDescription", .string(d))) }
        members.append(("PipelineExperimentConfig", .object([("ExperimentName", .string(e.pipelineName.lowercased())),
                                                             ("TrialName", .string(e.executionId))])))
        if let r = e.failureReason { members.append(("FailureReason", .string(r))) }
        members += [
            ("CreationTime", .string(StoreFunctions.timestamp(e.createdAt))),
            ("LastModifiedTime", .string(StoreFunctions.timestamp(e.lastModifiedAt))),
            ("CreatedBy", .object([])), ("LastModifiedBy", .object([])),
            ("ParallelismConfiguration", .object([("MaxParallelExecutionSteps", .int(e.maxParallelSteps))])),
        ]
        if let s = e.selectiveExecution, let config = try? JSONValue.parse(s) { members.append(("SelectiveExecutionConfig", config)) }
        members.append(("PipelineVersionId", .int(e.pipelineVersion)))
        return .object(members)
    }

    static func step(_ run: StoredStepRun, _ definition: PipelineDefinition?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("StepName", .string(run.stepName))]
        if let display = definition?.step(named: run.stepName)?.body["DisplayName"]?.stringValue {
            members.append(("StepDisplayName", .string(display)))
        }
        members.append(("StartTime", .string(StoreFunctions.timestamp(run.startTime))))
        if let end = run.endTime { members.append(("EndTime", .string(StoreFunctions.timestamp(end)))) }
        members.append(("StepStatus", .string(run.status.rawValue)))
        members.append(("AttemptCount", .int(run.attemptCount)))
        if let reason = run.failureReason { members.append(("FailureReason", .string(reason))) }
        if let source = run.cacheSource {
            members.append(("CacheHitResult", .object([("SourcePipelineExecutionArn", .string(source))])))
        }
        members.append(("Metadata", (try? JSONValue.parse(run.metadata)) ?? .object([])))
        return .object(members)
    }

    static func summary(_ e: StoredExecution) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("PipelineExecutionArn", .string(e.arn)),
            ("StartTime", .string(StoreFunctions.timestamp(e.createdAt))),
            ("PipelineExecutionStatus", .string(e.status.rawValue)),
        ]
        if let d = e.description { members.append(("PipelineExecutionDescription", .string(d))) }
        members.append(("PipelineExecutionDisplayName", .string(e.displayName)))
        if let r = e.failureReason { members.append(("PipelineExecutionFailureReason", .string(r))) }
        return .object(members)
    }

    static func transition(_ t: StoredTransition) -> JSONValue {
        .object([
            ("Id", .int(Int(t.id ?? 0))), ("StepName", t.stepName.map(JSONValue.string) ?? .null),
            ("Status", .string(t.status)), ("At", .string(StoreFunctions.timestamp(t.at))),
            ("Detail", t.detail.map(JSONValue.string) ?? .null),
        ])
    }
}
