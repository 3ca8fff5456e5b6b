/// A pipeline shown as text: its parameters, then its steps in running order, each with its
/// type and what it waits for. `pipebook pipelines NAME` and the REPL print this.
public enum DAGDisplay {
    public static func render(name: String, definition: PipelineDefinition, version: Int? = nil) -> String {
        var lines: [String] = []
        let versionText = version.map { ", version \($0)" } ?? ""
        lines.append("Pipeline \(name)\(versionText)")
        lines.append("")
        if definition.parameters.isEmpty {
            lines.append("Parameters: none")
        } else {
            lines.append("Parameters:")
            lines += table(definition.parameters.map { p in
                [p.name, p.type, p.defaultValue.map { "default \($0.text())" } ?? "no default"]
                    + (p.enumValues.map { ["one of " + JSONValue.array($0).text()] } ?? [])
            })
        }
        lines.append("")
        let graph = PipelineGraph(definition)
        let ordered = (try? graph.topologicalOrder()) ?? definition.steps
        lines.append("Steps:")
        lines += table(ordered.map { step in
            var after: [String] = []
            for name in graph.upstream[step.name] ?? [] {
                if case .branch(let condition, let isIf) = step.placement, condition == name {
                    after.append("\(name) (\(isIf ? "if" : "else"))")
                } else {
                    after.append(name)
                }
            }
            return [step.name, step.type, after.isEmpty ? "(start)" : "after " + after.joined(separator: ", ")]
        })
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows as columns padded to their widest cell, indented two spaces.
    static func table(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            "  " + row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
