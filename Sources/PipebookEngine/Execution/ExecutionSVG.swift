import Foundation

/// An execution drawn as SVG for notebooks, as Studio draws it: the pipeline's steps as boxes
/// in columns by dependency depth, arrows from each step to those that wait for it, and each
/// box coloured by its step's status (grey for a step that has not run).
public enum ExecutionSVG {
    static let boxWidth = 180, boxHeight = 44, columnGap = 60, rowGap = 20, margin = 16

    public static func render(_ execution: StoredExecution, steps runs: [StoredStepRun], definition: PipelineDefinition) throws -> String {
        let graph = PipelineGraph(definition)
        let order = try graph.topologicalOrder().map(\.name)
        var status: [String: String] = [:]
        for run in runs { status[run.stepName] = run.cacheSource != nil ? "Succeeded (cache)" : run.status.rawValue }

        // Column = length of the longest chain of dependencies before the step.
        var column: [String: Int] = [:]
        for name in order {
            column[name] = (graph.upstream[name] ?? []).map { (column[$0] ?? 0) + 1 }.max() ?? 0
        }
        var rowsUsed: [Int: Int] = [:]
        var position: [String: (x: Int, y: Int)] = [:]
        for name in order {
            let c = column[name] ?? 0
            let r = rowsUsed[c, default: 0]
            rowsUsed[c] = r + 1
            position[name] = (margin + c * (boxWidth + columnGap), margin + 28 + r * (boxHeight + rowGap))
        }
        let width = margin * 2 + ((column.values.max() ?? 0) + 1) * (boxWidth + columnGap) - columnGap
        let height = margin * 2 + 28 + (rowsUsed.values.max() ?? 1) * (boxHeight + rowGap) - rowGap

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" font-family="sans-serif" font-size="12">
        <defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>
        <text x="\(margin)" y="\(margin + 12)" font-weight="bold">\(escape(execution.pipelineName)) · \(escape(execution.executionId)) · \(execution.status.rawValue)</text>

        """
        for name in order {
            guard let to = position[name] else { continue }
            for source in graph.upstream[name] ?? [] {
                guard let from = position[source] else { continue }
                svg += "<line x1=\"\(from.x + boxWidth)\" y1=\"\(from.y + boxHeight / 2)\" x2=\"\(to.x)\" y2=\"\(to.y + boxHeight / 2)\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>\n"
            }
        }
        for name in order {
            guard let p = position[name] else { continue }
            let state = status[name] ?? (execution.status.isTerminal ? "Not run" : "Waiting")
            svg += "<rect x=\"\(p.x)\" y=\"\(p.y)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"6\" fill=\"\(colour(state))\" stroke=\"#333\"/>\n"
            svg += "<text x=\"\(p.x + 8)\" y=\"\(p.y + 18)\" font-weight=\"bold\">\(escape(clipped(name)))</text>\n"
            svg += "<text x=\"\(p.x + 8)\" y=\"\(p.y + 35)\">\(escape(state))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Studio's palette: green done, red failed, blue running, grey not (yet) run.
    static func colour(_ state: String) -> String {
        switch state {
        case "Succeeded", "Succeeded (cache)": return "#b7e4c7"
        case "Failed": return "#f4b6b6"
        case "Starting", "Executing": return "#b6d4f4"
        case "Stopping", "Stopped": return "#f4dcb6"
        default: return "#e6e6e6"
        }
    }

    private static func clipped(_ name: String) -> String {
        name.count <= 24 ? name : String(name.prefix(23)) + "…"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
