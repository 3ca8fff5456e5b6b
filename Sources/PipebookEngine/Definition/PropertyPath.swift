/// A property path as definitions write it: `Outputs['train'].S3Output.S3Uri`,
/// `TrainingJobSummaries[0].TrainingJobName`.
public enum PropertyPath {
    public enum Part: Equatable, Sendable {
        case name(String)
        case index(Int)
        case key(String)
    }

    public static func parts(_ path: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(path)
        while !rest.isEmpty {
            if rest.hasPrefix(".") { rest = rest.dropFirst(); continue }
            if rest.hasPrefix("['"), let end = rest.range(of: "']") {
                parts.append(.key(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("["), let end = rest.firstIndex(of: "]") {
                let inside = rest[rest.index(after: rest.startIndex)..<end]
                parts.append(Int(inside).map(Part.index) ?? .key(String(inside)))
                rest = rest[rest.index(after: end)...]
            } else {
                let name = rest.prefix { $0 != "." && $0 != "[" }
                parts.append(.name(String(name)))
                rest = rest.dropFirst(name.count)
            }
        }
        return parts
    }
}
