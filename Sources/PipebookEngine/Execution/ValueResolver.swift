import Foundation

/// Why a step could not run: the FailureReason SageMaker would report, and whether a retry
/// policy may retry it.
public struct StepFailure: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// The step's own input or code is wrong (a script that raises, a missing input): never retried.
        case client
        /// Something went wrong in Pipebook itself (a file it could not write): SageMaker.JOB_INTERNAL_ERROR, Step.SERVICE_FAULT.
        case internalError
    }

    public let reason: String
    public let kind: Kind
    /// The Metadata to report with the failure (a FailStep's ErrorMessage, a job's ARN).
    public var metadata: JSONValue?

    public init(_ reason: String, kind: Kind = .client, metadata: JSONValue? = nil) {
        self.reason = reason
        self.kind = kind
        self.metadata = metadata
    }

    public var description: String { reason }
}

/// Turns the pipeline variables of a step's JSON into values: `{"Get": ...}`, `Std:Join`
/// and `Std:JsonGet`. Everything else is returned as it is.
struct ValueResolver {
    var parameters: [String: JSONValue]
    var executionVariables: [String: JSONValue]
    /// The properties of a finished step (its Describe* response), nil when it has none.
    var stepProperties: (String) -> JSONValue?
    /// The parsed JSON of a PropertyFile of a finished processing step.
    var propertyFile: (_ step: String, _ name: String) throws -> JSONValue
    /// Cache keys leave `Execution.*` variables as written: a new execution id in an output
    /// path must not make every run a miss.
    var keepsExecutionVariables = false

    func resolve(_ value: JSONValue) throws -> JSONValue {
        switch value {
        case .object(let members):
            if members.count == 1 {
                let (key, inner) = members[0]
                if key == "Get", let get = inner.stringValue { return try resolveGet(get, original: value) }
                if key == "Std:Join" { return try join(inner) }
                if key == "Std:JsonGet" { return try jsonGet(inner) }
            }
            return .object(try members.map { ($0.key, try resolve($0.value)) })
        case .array(let items):
            return .array(try items.map(resolve))
        default:
            return value
        }
    }

    private func resolveGet(_ get: String, original: JSONValue) throws -> JSONValue {
        switch Reference.parse(get) {
        case .parameter(let name)?:
            guard let value = parameters[name] else { throw StepFailure("Parameter \(name) is not defined.") }
            return value
        case .execution(let name)?:
            if keepsExecutionVariables { return original }
            guard let value = executionVariables[name] else { throw StepFailure("Unknown execution variable \(name).") }
            return value
        case .step(let name, let path)?:
            guard let properties = stepProperties(name) else {
                throw StepFailure("Step \(name) has not produced its properties.")
            }
            guard let value = PropertyLookup.value(at: path, in: properties) else {
                throw StepFailure("Step \(name) has no property \(path).")
            }
            return value
        case nil:
            throw StepFailure("Cannot resolve {\"Get\": \"\(get)\"}.")
        }
    }

    private func join(_ body: JSONValue) throws -> JSONValue {
        let separator = body["On"]?.stringValue ?? ""
        let values = try (body["Values"]?.arrayValue ?? []).map { try resolve($0) }
        if keepsExecutionVariables, values.contains(where: { if case .object = $0 { return true } else { return false } }) {
            return .object([("Std:Join", .object([("On", .string(separator)), ("Values", .array(values))]))])
        }
        return .string(values.map(Self.text).joined(separator: separator))
    }

    private func jsonGet(_ body: JSONValue) throws -> JSONValue {
        let path = body["Path"]?.stringValue ?? ""
        if keepsExecutionVariables { return .object([("Std:JsonGet", body)]) }
        let document: JSONValue
        if let get = body["PropertyFile"]?["Get"]?.stringValue, case .step(let step, let filePath)? = Reference.parse(get),
           filePath.hasPrefix("PropertyFiles.") {
            document = try propertyFile(step, String(filePath.dropFirst("PropertyFiles.".count)))
        } else {
            throw StepFailure("Std:JsonGet needs a PropertyFile of a processing step.")
        }
        guard let value = PropertyLookup.jsonPath(path, in: document) else {
            throw StepFailure("Unable to find the value at JSON path \(path) in the property file.")
        }
        return value
    }

    /// A value as a Join writes it: strings as they are, numbers and booleans as JSON writes them.
    static func text(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return value.text()
    }
}

/// Finding a value inside a JSON document by a property path or a JSON path.
enum PropertyLookup {
    /// `ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri`: a `['key']` on a list picks
    /// the element whose name member (OutputName, ChannelName, ...) is the key, as SageMaker does.
    static func value(at path: String, in document: JSONValue) -> JSONValue? {
        var current = document
        for part in PropertyPath.parts(path) {
            switch part {
            case .name(let name):
                guard let next = current[name] else { return nil }
                current = next
            case .index(let i):
                guard let items = current.arrayValue, items.indices.contains(i) else { return nil }
                current = items[i]
            case .key(let key):
                if let items = current.arrayValue {
                    guard let found = items.first(where: { item in
                        (item.objectValue ?? []).contains { $0.key.hasSuffix("Name") && $0.value.stringValue == key }
                    }) else { return nil }
                    current = found
                } else {
                    guard let next = current[key] else { return nil }
                    current = next
                }
            }
        }
        return current
    }

    /// The JsonGet path syntax: `a.b[0].c`.
    static func jsonPath(_ path: String, in document: JSONValue) -> JSONValue? {
        value(at: path, in: document)
    }
}
