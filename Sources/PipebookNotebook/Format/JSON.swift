/// A JSON value that keeps the order of object keys and tells integers from floats, so a
/// notebook's metadata survives a read and a write exactly as it was.
public enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(key: String, value: JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        // Key order carries no meaning in JSON: nbformat sorts keys when it writes.
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { pair in y.contains { $0.key == pair.key && $0.value == pair.value } }
        default: return false
        }
    }

    /// The value under `key` when this is an object.
    public subscript(key: String) -> JSON? {
        get {
            guard case .object(let pairs) = self else { return nil }
            return pairs.last { $0.key == key }?.value
        }
        set {
            guard case .object(var pairs) = self else { return }
            if let index = pairs.lastIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
            self = .object(pairs)
        }
    }

    public static let emptyObject = JSON.object([])

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var arrayValue: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// The name JSON Schema gives this value's type.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Text as nbformat stores it: a string, or a list of lines to be joined.
    public var multilineText: String? {
        switch self {
        case .string(let s): return s
        case .array(let items):
            var text = ""
            for item in items {
                guard case .string(let line) = item else { return nil }
                text += line
            }
            return text
        default: return nil
        }
    }

    /// Text split as nbformat writes it (Python's `str.splitlines(True)`), so diffs stay line by line.
    public static func lines(_ text: String) -> JSON {
        .array(splitLinesKeepingEnds(text).map { .string($0) })
    }
}

/// Python's `str.splitlines(keepends=True)`.
func splitLinesKeepingEnds(_ text: String) -> [String] {
    let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
        let s = scalars[i]
        current.append(s)
        if breaks.contains(s) {
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                current.append("\n")
                i += 1
            }
            lines.append(String(current))
            current = String.UnicodeScalarView()
        }
        i += 1
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
}
