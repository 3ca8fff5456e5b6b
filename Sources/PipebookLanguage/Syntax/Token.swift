/// One token of Python source, as the lexer hands it to the parser.
struct Token {
    enum Kind: Equatable {
        case name
        case number
        /// A string literal; `text` is its whole source text, prefix and quotes included.
        case string
        /// An operator or delimiter; `text` is its spelling.
        case op
        case newline
        case indent
        case dedent
        case endOfFile
    }

    let kind: Kind
    let text: String
    let location: SourceLocation
    /// Where the token ends (a triple-quoted string can span lines).
    let end: SourceLocation

    func isOp(_ spelling: String) -> Bool { kind == .op && text == spelling }
    func isKeyword(_ word: String) -> Bool { kind == .name && text == word }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .newline: return "newline"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .endOfFile: return "end of file"
        default: return "'\(text)'"
        }
    }
}

enum Keywords {
    /// Names that can never be identifiers.
    static let reserved: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]
}
