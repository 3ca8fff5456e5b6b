import Foundation

/// The text `pipebook lineage` prints: a trace as a tree, one entity a line, then the answer
/// in short (data sets, code, images, jobs with their executions and parameters).
public enum LineageDisplay {
    public static func text(_ trace: LineageTrace) -> String {
        var lines: [String] = []
        for root in trace.roots {
            lines.append(label(root.entity, trace))
            lines += subtree(root.children, prefix: "", trace)
        }
        lines.append("")
        lines += summary(trace)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func subtree(_ nodes: [LineageTrace.Node], prefix: String, _ trace: LineageTrace) -> [String] {
        var lines: [String] = []
        for (i, node) in nodes.enumerated() {
            let last = i == nodes.count - 1
            let arrow = trace.direction == .ascendants ? "←" : "→"
            let association = node.association.map { "\($0.rawValue) \(arrow) " } ?? ""
            lines.append(prefix + (last ? "└─ " : "├─ ") + association + label(node.entity, trace) + (node.repeated ? "  (shown above)" : ""))
            lines += subtree(node.children, prefix: prefix + (last ? "   " : "│  "), trace)
        }
        return lines
    }

    /// `Type  name-or-URI  details`: an artifact's URI and digest, a job's name and execution,
    /// an approval's status.
    static func label(_ entity: LineageEntity, _ trace: LineageTrace) -> String {
        switch entity.lineageType {
        case .artifact:
            let shown = entity.type == "ModelPackage" ? (entity.sourceUri ?? entity.arn) : (entity.sourceUri ?? entity.name ?? entity.arn)
            return "\(entity.type)  \(shown)" + (entity.digest.map { "  \(shortDigest($0))" } ?? "")
        case .trialComponent:
            let job = entity.sourceUri.map { String($0.split(separator: "/").last ?? "") } ?? entity.name ?? entity.arn
            let execution = trace.executions[entity.arn]?.sourceUri.map { "  in \($0)" } ?? ""
            return "\(entity.type)  \(job)\(execution)"
        case .action:
            let status = entity.propertiesJSON["ModelApprovalStatus"]?.stringValue ?? entity.status ?? ""
            let user = entity.propertiesJSON["User"]?.stringValue.map { " by \($0)" } ?? ""
            return "\(entity.type)  \(status)\(user)  \(Timestamps.iso8601(entity.createdAt))" + (entity.description.map { "  \"\($0)\"" } ?? "")
        case .context:
            return "\(entity.type)  \(entity.name ?? entity.arn)"
        }
    }

    private static func shortDigest(_ digest: String) -> String {
        digest.hasPrefix("sha256:") ? String(digest.prefix("sha256:".count + 12)) : digest
    }

    private static func summary(_ trace: LineageTrace) -> [String] {
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(title)
            lines += items.map { "  " + $0 }
        }
        let uri = { (e: LineageEntity) in (e.sourceUri ?? e.arn) + (e.digest.map { "  \($0)" } ?? "") }
        if trace.direction == .ascendants {
            section("Data sets:", trace.artifacts(ofType: "DataSet").map(uri))
            section("Code:", trace.code)
            section("Images:", trace.artifacts(ofType: "Image").compactMap(\.sourceUri))
        } else {
            section("Data sets produced:", trace.artifacts(ofType: "DataSet").map(uri))
            section("Models:", trace.artifacts(ofType: "Model").map(uri))
            section("Model packages:", trace.artifacts(ofType: "ModelPackage").compactMap(\.sourceUri))
        }
        section("Jobs:", trace.jobs.map { job in
            let parameters = (job.propertiesJSON["Parameters"]?.objectValue ?? []).map {
                "\($0.key)=\($0.value["StringValue"]?.stringValue ?? ValueResolver.text($0.value))"
            }
            let name = job.sourceUri ?? job.arn
            return parameters.isEmpty ? name : "\(name)  (\(parameters.joined(separator: ", ")))"
        })
        section("Executions:", trace.executionContexts.map { context in
            let parameters = (context.propertiesJSON.objectValue ?? []).map { "\($0.key)=\(ValueResolver.text($0.value))" }
            return (context.sourceUri ?? context.arn) + (parameters.isEmpty ? "" : "  (\(parameters.joined(separator: ", ")))")
        })
        if lines.isEmpty { lines.append(trace.direction == .ascendants ? "Nothing recorded produced it." : "Nothing recorded was produced from it.") }
        return lines
    }
}
