import Foundation
@testable import PipebookNotebook

/// A JSON Schema (draft 4) validator for the keywords nbformat's schema uses, so tests check
/// written notebooks against nbformat 4.5's schema without Python.
struct SchemaValidator {
    let root: JSON

    static let nbformat45: SchemaValidator = {
        let text = try! String(contentsOf: Fixtures.url("nbformat.v4.5.schema.json"), encoding: .utf8)
        return SchemaValidator(root: try! JSONParser.parse(text))
    }()

    /// The problems found, each with the JSON path where it is; empty when the value is valid.
    func problems(_ value: JSON) -> [String] {
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    private func resolve(_ reference: String) -> JSON {
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node[String(part)] ?? .null }
        return node
    }

    private func check(_ value: JSON, against schema: JSON, at path: String, into found: inout [String]) {
        if let reference = schema["$ref"]?.stringValue {
            check(value, against: resolve(reference), at: path, into: &found)
            return
        }
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            let actual = value.typeName
            let matches = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !matches { found.append("\(path): is \(actual), not \(allowed.joined(separator: " or "))"); return }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            found.append("\(path): \(JSONWriter.compact(value)) is not one of \(JSONWriter.compact(.array(options)))")
        }
        if let choices = schema["oneOf"]?.arrayValue {
            let passing = choices.filter { choice in
                var inner: [String] = []
                check(value, against: choice, at: path, into: &inner)
                return inner.isEmpty
            }
            if passing.count != 1 { found.append("\(path): matches \(passing.count) of the oneOf schemas, not exactly one") }
        }
        if let forbidden = schema["not"] {
            var inner: [String] = []
            check(value, against: forbidden, at: path, into: &inner)
            if inner.isEmpty { found.append("\(path): matches a schema it must not match") }
        }
        switch value {
        case .object(let pairs):
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where value[key] == nil {
                found.append("\(path): lacks the required '\(key)'")
            }
            let properties = schema["properties"]
            let patterns = (schema["patternProperties"].flatMap { json -> [(String, JSON)]? in
                if case .object(let p) = json { return p.map { ($0.key, $0.value) } }
                return nil
            }) ?? []
            for (key, item) in pairs {
                var matched = false
                if let property = properties?[key] {
                    matched = true
                    check(item, against: property, at: "\(path).\(key)", into: &found)
                }
                for (pattern, patternSchema) in patterns where key.range(of: pattern, options: .regularExpression) != nil {
                    matched = true
                    check(item, against: patternSchema, at: "\(path).\(key)", into: &found)
                }
                if !matched, let additional = schema["additionalProperties"] {
                    if additional == .bool(false) { found.append("\(path): has '\(key)', which the schema does not allow") }
                    else if additional.isObject { check(item, against: additional, at: "\(path).\(key)", into: &found) }
                }
            }
        case .array(let items):
            if let itemSchema = schema["items"], itemSchema.isObject {
                for (n, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(n)]", into: &found) }
            }
            if schema["uniqueItems"] == .bool(true) {
                for (n, item) in items.enumerated() where items[..<n].contains(item) {
                    found.append("\(path)[\(n)]: repeats an earlier item")
                }
            }
        case .string(let text):
            if let minimum = schema["minLength"]?.intValue, text.count < minimum { found.append("\(path): shorter than \(minimum)") }
            if let maximum = schema["maxLength"]?.intValue, text.count > maximum { found.append("\(path): longer than \(maximum)") }
            if let pattern = schema["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): does not match \(pattern)")
            }
        case .int(let number):
            if let minimum = schema["minimum"]?.intValue, number < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"]?.intValue, number > maximum { found.append("\(path): above \(maximum)") }
        default:
            break
        }
    }
}

/// The committed test data.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static func json(_ name: String) throws -> JSON { try JSONParser.parse(text(name)) }
}
