import Foundation

/// An execution shown as text: its status, then a row per step in running order (steps that
/// have not started, or never will, included) with what it waits for, its status, duration,
/// attempts and cache hit or failure reason. `pipebook execution ARN` and `repr(execution)` print this.
public enum ExecutionDisplay {
    public static func render(_ execution: StoredExecution, steps runs: [StoredStepRun], definition: PipelineDefinition?) -> String {
        var lines = ["Execution \(execution.executionId) of \(execution.pipelineName) (version \(execution.pipelineVersion)): \(execution.status.rawValue)"]
        lines.append("  \(execution.arn)")
        lines.append("  started \(clock(execution.createdAt)), last change \(clock(execution.lastModifiedAt))")
        if let reason = execution.failureReason { lines.append("  reason: \(reason)") }
        lines.append("")
        var byName: [String: StoredStepRun] = [:]
        for run in runs { byName[run.stepName] = run }
        let graph = definition.map(PipelineGraph.init)
        let ordered = graph.flatMap { try? $0.topologicalOrder().map(\.name) } ?? runs.reversed().map(\.stepName)
        var rows = [["STEP", "AFTER", "STATUS", "STARTED", "DURATION", "ATTEMPTS", "DETAIL"]]
        for name in ordered {
            let after = (graph?.upstream[name] ?? []).joined(separator: ",")
            guard let run = byName[name] else {
                rows.append([name, after, execution.status.isTerminal ? "not run" : "waiting", "", "", "", ""])
                continue
            }
            let duration = run.endTime.map { String(format: "%.1fs", $0.timeIntervalSince(run.startTime)) } ?? ""
            let detail = run.cacheSource.map { "cache hit from \($0.split(separator: "/").last ?? "")" } ?? run.failureReason ?? ""
            rows.append([name, after.isEmpty ? "(start)" : after, run.status.rawValue, clock(run.startTime), duration,
                         String(run.attemptCount), detail])
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { i, cell in i < 6 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) : cell }
            lines.append(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Executions as a table, newest first: `pipebook executions`.
    public static func list(_ executions: [StoredExecution]) -> String {
        if executions.isEmpty { return "No executions yet: pipeline.start() runs one.\n" }
        var rows = [["EXECUTION", "PIPELINE", "STATUS", "STARTED", "DISPLAY NAME"]]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        for e in executions {
            rows.append([e.executionId, e.pipelineName, e.status.rawValue, formatter.string(from: e.createdAt), e.displayName])
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in i < 4 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) : cell }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
