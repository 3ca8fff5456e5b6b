/// Evaluates a ConditionStep's Conditions (already resolved): all of them must hold.
enum ConditionEvaluator {
    static func holds(_ conditions: [JSONValue]) throws -> Bool {
        try conditions.allSatisfy(holds)
    }

    static func holds(_ condition: JSONValue) throws -> Bool {
        let type = condition["Type"]?.stringValue ?? ""
        switch type {
        case "Equals":
            // Values of different kinds are simply unequal.
            return (try? compare(condition)) == 0
        case "GreaterThan":
            return try compare(condition) > 0
        case "GreaterThanOrEqualTo":
            return try compare(condition) >= 0
        case "LessThan":
            return try compare(condition) < 0
        case "LessThanOrEqualTo":
            return try compare(condition) <= 0
        case "In":
            let query = condition["QueryValue"] ?? .null
            return (condition["Values"]?.arrayValue ?? []).contains { (try? order(query, $0)) == 0 }
        case "Not":
            return try !holds(condition["Condition"] ?? condition["Expression"] ?? .null)
        case "Or":
            return try (condition["Conditions"]?.arrayValue ?? []).contains(where: holds)
        default:
            throw StepFailure("Unsupported condition type \(type).")
        }
    }

    private static func compare(_ condition: JSONValue) throws -> Int {
        try order(condition["LeftValue"] ?? .null, condition["RightValue"] ?? .null)
    }

    /// -1, 0 or 1: numbers by value (an int equals the same float), strings and booleans by value.
    static func order(_ a: JSONValue, _ b: JSONValue) throws -> Int {
        if let x = number(a), let y = number(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        switch (a, b) {
        case let (.string(x), .string(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        // A property file value compared with a parameter's text: compare as numbers when both read as such.
        case let (.string(x), _) where Double(x) != nil && number(b) != nil:
            return try order(.double(Double(x)!), b)
        case let (_, .string(y)) where Double(y) != nil && number(a) != nil:
            return try order(a, .double(Double(y)!))
        default:
            if a == b { return 0 }
            throw StepFailure("Cannot compare \(a.text()) with \(b.text()).")
        }
    }

    private static func number(_ v: JSONValue) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
}
