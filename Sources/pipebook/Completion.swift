import PipebookLanguage

/// Tab completion: keywords and names, or attributes after a dot (`step.prop<Tab>`).
enum Completion {
    static let keywords = ["False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def",
                           "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
                           "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                           "while", "with", "yield"]

    static func candidates(for text: String, in interp: Interpreter) -> [String] {
        if let dot = text.lastIndex(of: ".") {
            let objectText = String(text[..<dot])
            let prefix = String(text[text.index(after: dot)...])
            // Only plain dotted names are evaluated: completion must never run arbitrary code.
            guard objectText.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
                  let object = try? interp.evaluate(objectText) else { return [] }
            return interp.attributeNames(of: object)
                .filter { $0.hasPrefix(prefix) && (prefix.hasPrefix("_") || !$0.hasPrefix("_")) }
                .map { "\(objectText).\($0)" }
        }
        let names = keywords + interp.globals.items.map(\.0) + interp.builtinNames
        return Array(Set(names.filter { $0.hasPrefix(text) })).sorted()
    }
}
