import Foundation

/// The registry as tables, in text (`pipebook registry`, the REPL) and HTML (notebooks):
/// groups with their version counts, or one group's versions newest first with their approval
/// status, creation time, source execution and main metrics.
public enum RegistryDisplay {
    public static func groups(_ groups: [ModelRegistry.GroupSummary]) -> String {
        if groups.isEmpty { return emptyRegistry + "\n" }
        return text(groupRows(groups))
    }

    public static func groupsHTML(_ groups: [ModelRegistry.GroupSummary]) -> String {
        if groups.isEmpty { return "<p>\(escaped(emptyRegistry))</p>" }
        return html(groupRows(groups))
    }

    /// `packages` newest first, as `ModelRegistry.packages(group:)` gives them.
    public static func versions(group: String, _ packages: [StoredModelPackage]) -> String {
        if packages.isEmpty { return noVersions(group) + "\n" }
        return "Model package group \(group)\n" + text(versionRows(packages))
    }

    public static func versionsHTML(group: String, _ packages: [StoredModelPackage]) -> String {
        if packages.isEmpty { return "<p>\(escaped(noVersions(group)))</p>" }
        return "<p>Model package group <b>\(escaped(group))</b></p>\n" + html(versionRows(packages))
    }

    private static let emptyRegistry = "No model package groups yet: a RegisterModel step or create_model_package_group makes one."

    private static func noVersions(_ group: String) -> String { "Model package group \(group) has no versions yet." }

    // MARK: rows

    private static func groupRows(_ groups: [ModelRegistry.GroupSummary]) -> [[String]] {
        [["GROUP", "VERSIONS", "CREATED", "DESCRIPTION"]] + groups.map {
            [$0.group.name, String($0.versionCount), time($0.group.createdAt), $0.group.description ?? ""]
        }
    }

    private static func versionRows(_ packages: [StoredModelPackage]) -> [[String]] {
        let metrics = packages.map(mainMetrics)
        var names: [String] = []
        for row in metrics { for (name, _) in row where !names.contains(name) { names.append(name) } }
        let header = ["VERSION", "STATUS", "CREATED", "SOURCE EXECUTION"] + names
        return [header] + zip(packages, metrics).map { package, values in
            let source = package.sourceExecutionArn.map { arn in
                String(arn.split(separator: "/").last ?? "") + (package.sourceStepName.map { " (\($0))" } ?? "")
            } ?? "-"
            return [String(package.version), package.approvalStatus, time(package.createdAt), source]
                + names.map { name in values.first { $0.name == name }?.value ?? "" }
        }
    }

    /// The metrics of a version's model quality report, as the SageMaker examples write it:
    /// `{"regression_metrics": {"mse": {"value": 4.6, "standard_deviation": 2.1}}}` gives
    /// columns `mse` and `mse std`. Any other numbers in the report get their dotted path.
    static func mainMetrics(_ package: StoredModelPackage) -> [(name: String, value: String)] {
        guard let report = (try? JSONValue.parse(package.metrics))?["ModelQuality.Statistics"] else { return [] }
        var found: [(name: String, value: String)] = []
        func visit(_ value: JSONValue, _ path: [String]) {
            switch value {
            case .object(let members):
                for (key, member) in members { visit(member, path + [key]) }
            case .int, .double:
                var names = path
                // "<kind>_metrics" groups metrics; a metric's "value" is the metric itself.
                if names.count > 1, names[0].hasSuffix("_metrics") { names.removeFirst() }
                if names.count > 1, names.last == "value" { names.removeLast() }
                if names.count > 1, names.last == "standard_deviation" { names[names.count - 1] = "std" }
                found.append((names.joined(separator: names.last == "std" ? " " : "."), number(value)))
            default:
                break
            }
        }
        visit(report, [])
        return found
    }

    private static func number(_ value: JSONValue) -> String {
        switch value {
        case .int(let n): return String(n)
        case .double(let d): return String(format: "%.4g", d)
        default: return value.text()
        }
    }

    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    // MARK: text and HTML

    /// Columns padded to their widest cell, two spaces apart; the last one is not padded.
    private static func text(_ rows: [[String]]) -> String {
        let columns = rows[0].count
        let widths = (0..<columns).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in i == columns - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    private static func html(_ rows: [[String]]) -> String {
        let head = "<tr>" + rows[0].map { "<th>\(escaped($0))</th>" }.joined() + "</tr>"
        let body = rows.dropFirst().map { "<tr>" + $0.map { "<td>\(escaped($0))</td>" }.joined() + "</tr>" }
        return "<table>\n<thead>\(head)</thead>\n<tbody>\n" + body.joined(separator: "\n") + "\n</tbody>\n</table>"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
