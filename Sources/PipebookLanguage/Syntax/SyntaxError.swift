/// A program that does not parse: CPython's SyntaxError, IndentationError or TabError.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
    }

    public var kind: Kind
    /// CPython's message where CPython has one, e.g. "unterminated string literal (detected at line 3)".
    public var message: String
    public var fileName: String
    /// Where CPython puts its caret: 1-based line and column.
    public var location: SourceLocation
    /// The text of the offending line, without its newline.
    public var sourceLine: String
    /// True when more input could make the program valid (an open bracket, a block
    /// header with no body, an unterminated triple-quoted string): the REPL then asks for more.
    public var isIncompleteInput: Bool

    public init(kind: Kind = .syntax, message: String, fileName: String, location: SourceLocation,
                sourceLine: String, isIncompleteInput: Bool = false) {
        self.kind = kind
        self.message = message
        self.fileName = fileName
        self.location = location
        self.sourceLine = sourceLine
        self.isIncompleteInput = isIncompleteInput
    }

    /// The report CPython prints for an uncaught syntax error, ending in a newline.
    public var description: String {
        var text = "  File \"\(fileName)\", line \(location.line)\n"
        let stripped = sourceLine.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        if !stripped.isEmpty {
            let indent = sourceLine.count - stripped.count
            text += "    \(stripped.trimmingTrailingNewline)\n"
            let caretColumn = max(1, location.column - indent)
            text += "    " + String(repeating: " ", count: caretColumn - 1) + "^\n"
        }
        text += "\(kind.rawValue): \(message)\n"
        return text
    }
}

private extension Substring {
    var trimmingTrailingNewline: Substring {
        var s = self
        while let last = s.last, last == "\n" || last == "\r" { s = s.dropLast() }
        return s
    }
}
