import Foundation

/// Reads a processing step's PropertyFile: the JSON file at FilePath under the S3 URI of the
/// output it names.
enum PropertyFiles {
    static func read(step: String, name: String, definition: PipelineDefinition, properties: JSONValue?,
                     s3: LocalS3) throws -> JSONValue {
        guard let declaration = definition.step(named: step)?.body["PropertyFiles"]?.arrayValue?
            .first(where: { $0["PropertyFileName"]?.stringValue == name }) else {
            throw StepFailure("Step \(step) has no property file \(name).")
        }
        let outputName = declaration["OutputName"]?.stringValue ?? ""
        let filePath = declaration["FilePath"]?.stringValue ?? ""
        guard let properties,
              let uri = PropertyLookup.value(at: "ProcessingOutputConfig.Outputs['\(outputName)'].S3Output.S3Uri", in: properties)?.stringValue else {
            throw StepFailure("Step \(step) has no output \(outputName) for property file \(name).")
        }
        let location = try S3Location(uri: uri.hasSuffix("/") ? uri + filePath : uri + "/" + filePath)
        let data: Data
        do { data = try s3.get(location) } catch {
            throw StepFailure("Property file \(name) of step \(step) not found at \(location.uri).")
        }
        do { return try JSONValue.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw StepFailure("Property file \(name) of step \(step) is not valid JSON: \(error)")
        }
    }
}
