import Foundation
import PipebookEngine
import PipebookLanguage

/// CreatePipeline, UpdatePipeline, DescribePipeline, DeletePipeline, ListPipelines and ListPipelineVersions
/// over the local store. Answers are JSON text in the AWS response shapes.
enum StoreFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        for operation in ["create", "update", "upsert"] {
            m.function("pipeline_\(operation)") { _, args in
                let request = try self.request(args, "pipeline_\(operation)")
                return try BridgeErrors.converting {
                    let store = try context.store()
                    try DefinitionValidator.validate(PipelineDefinition(text: request.definition))
                    let version: StoredPipelineVersion
                    switch operation {
                    case "create": version = try store.create(request)
                    case "update": version = try store.update(request)
                    default: version = try store.upsert(request)
                    }
                    return .str(JSONValue.object([
                        ("PipelineArn", .string(context.workspace.pipelineARN(request.name))),
                        ("PipelineVersionId", .int(version.version)),
                    ]).text())
                }
            }
        }
        m.function("pipeline_describe") { _, args in
            let name = try args.string(0, "pipeline_describe")
            return try BridgeErrors.converting {
                let store = try context.store()
                let summary = try store.describe(name)
                let options = try JSONValue.parse(args.optionalString(1) ?? "{}")
                guard case .int(let n)? = options["PipelineVersionId"] else { return .str(describe(summary).text()) }
                return .str(describe(summary, version: try store.definition(name, version: n)).text())
            }
        }
        m.function("pipeline_delete") { _, args in
            let name = try args.string(0, "pipeline_delete")
            return try BridgeErrors.converting {
                .str(JSONValue.object([("PipelineArn", .string(try context.store().delete(name)))]).text())
            }
        }
        m.function("pipeline_list") { _, _ in
            // Every pipeline's PipelineSummary, by name; boto3 filters, sorts and pages them.
            try BridgeErrors.converting {
                let store = try context.store()
                return .str(JSONValue.array(try store.list().map { summary in
                    let last = try store.executions(pipelineName: summary.pipeline.name).first
                    return listed(summary.pipeline, lastExecution: last?.createdAt)
                }).text())
            }
        }
        m.function("pipeline_versions") { _, args in
            let name = try args.string(0, "pipeline_versions")
            return try BridgeErrors.converting {
                let versions = try context.store().versions(name)
                let arn = context.workspace.pipelineARN(name)
                return .str(JSONValue.object([("PipelineVersionSummaries", .array(versions.map { v in
                    .object([("PipelineArn", .string(arn)), ("PipelineVersionId", .int(v.version)),
                             ("CreationTime", .string(timestamp(v.createdAt)))])
                }))]).text())
            }
        }
    }

    /// `(name, definition, options)`, options being JSON: RoleArn, Description, Tags, MaxParallelExecutionSteps.
    private static func request(_ args: Arguments, _ function: String) throws -> PipelineRequest {
        let options = try BridgeErrors.converting { try JSONValue.parse(args.optionalString(2) ?? "{}") }
        let tags = (options["Tags"]?.arrayValue ?? []).compactMap { tag -> (key: String, value: String)? in
            guard let key = tag["Key"]?.stringValue else { return nil }
            return (key, tag["Value"]?.stringValue ?? "")
        }
        var maxSteps: Int?
        if case .int(let n)? = options["MaxParallelExecutionSteps"] { maxSteps = n }
        return PipelineRequest(name: try args.string(0, function), definition: try args.string(1, function),
                               roleArn: options["RoleArn"]?.stringValue, description: options["Description"]?.stringValue,
                               tags: tags, maxParallelExecutionSteps: maxSteps)
    }

    /// DescribePipeline's answer, for the newest version or the one asked for.
    static func describe(_ summary: PipelineSummary, version: StoredPipelineVersion? = nil) -> JSONValue {
        let p = summary.pipeline
        let shown = version ?? summary.latest
        var members: [(key: String, value: JSONValue)] = [
            ("PipelineArn", .string(p.arn)), ("PipelineName", .string(p.name)),
            ("PipelineDisplayName", .string(p.displayName)), ("PipelineDefinition", .string(shown.definition)),
        ]
        if let d = p.description { members.append(("PipelineDescription", .string(d))) }
        if let r = p.roleArn { members.append(("RoleArn", .string(r))) }
        members += [("PipelineStatus", .string("Active")), ("CreationTime", .string(timestamp(p.createdAt))),
                    ("LastModifiedTime", .string(timestamp(p.lastModifiedAt)))]
        if let text = p.parallelismConfiguration, let config = try? JSONValue.parse(text) {
            members.append(("ParallelismConfiguration", config))
        }
        return .object(members)
    }

    /// ListPipelines' PipelineSummary.
    static func listed(_ p: StoredPipeline, lastExecution: Date?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("PipelineArn", .string(p.arn)), ("PipelineName", .string(p.name)), ("PipelineDisplayName", .string(p.displayName)),
        ]
        if let d = p.description { members.append(("PipelineDescription", .string(d))) }
        if let r = p.roleArn { members.append(("RoleArn", .string(r))) }
        members += [("CreationTime", .string(timestamp(p.createdAt))), ("LastModifiedTime", .string(timestamp(p.lastModifiedAt)))]
        if let lastExecution { members.append(("LastExecutionTime", .string(timestamp(lastExecution)))) }
        return .object(members)
    }

    /// ISO 8601 with microseconds, which `datetime.fromisoformat` reads.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'"
        return formatter.string(from: date)
    }
}
