import Foundation

/// Reads the reports a ModelMetrics structure points to from the local S3, so the registry keeps
/// them with the version (SageMaker Studio shows them from there). A report that is not there
/// refuses the registration: a pipeline whose evaluation wrote elsewhere fails at its step.
enum ModelMetricsReader {
    /// `{"ModelQuality.Statistics": <report>, ...}`: each JSON report, keyed by where it sits in ModelMetrics.
    static func read(_ modelMetrics: JSONValue?, s3: LocalS3) throws -> JSONValue {
        var reports: [(key: String, value: JSONValue)] = []
        for (category, sources) in modelMetrics?.objectValue ?? [] {
            for (kind, source) in sources.objectValue ?? [] {
                guard let uri = source["S3Uri"]?.stringValue else { continue }
                let place = "ModelMetrics.\(category).\(kind).S3Uri"
                guard let location = try? S3Location(uri: uri), let data = try? s3.get(location) else {
                    throw RegistryError.validation("\(place): there is no metrics file at \(uri).")
                }
                guard source["ContentType"]?.stringValue?.contains("json") ?? false else { continue }
                guard let text = String(data: data, encoding: .utf8), let report = try? JSONValue.parse(text) else {
                    throw RegistryError.validation("\(place): the metrics file at \(uri) is not JSON, though its ContentType says so.")
                }
                reports.append(("\(category).\(kind)", report))
            }
        }
        return .object(reports)
    }
}
