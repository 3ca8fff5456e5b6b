/// Turns source text into tokens, as CPython's tokenizer does: indentation becomes INDENT
/// and DEDENT tokens, line ends inside brackets are ignored, comments and blank lines vanish.
struct Lexer {
    static let maximumBracketDepth = 200
    static let maximumIndentDepth = 100

    private let scalars: [Unicode.Scalar]
    private let fileName: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// Indentation of the open blocks, measured with tabs to multiples of 8, and with tabs as
    /// one column: CPython reports a TabError when the two measures disagree.
    private var indents: [Int] = [0]
    private var alternateIndents: [Int] = [0]
    /// Open brackets with where they were opened.
    private var brackets: [(Unicode.Scalar, SourceLocation)] = []
    private var tokens: [Token] = []
    private var atLineStart = true
    /// Where the comment on the current line starts, if it has one.
    private var commentStart: SourceLocation?

    init(_ source: String, fileName: String) {
        self.scalars = Array(source.unicodeScalars)
        self.fileName = fileName
    }

    static func tokenize(_ source: String, fileName: String) throws -> [Token] {
        var lexer = Lexer(source, fileName: fileName)
        return try lexer.run()
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peek(_ offset: Int = 1) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private var location: SourceLocation { SourceLocation(line: line, column: position - lineStart + 1) }

    private func sourceLine(_ number: Int) -> String {
        var l = 1, i = 0
        while l < number && i < scalars.count {
            if scalars[i] == "\n" { l += 1 }
            i += 1
        }
        var end = i
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        return String(String.UnicodeScalarView(scalars[i..<end]))
    }

    func error(_ message: String, at loc: SourceLocation, kind: SyntaxError.Kind = .syntax,
               incomplete: Bool = false) -> SyntaxError {
        SyntaxError(kind: kind, message: message, fileName: fileName, location: loc,
                    sourceLine: sourceLine(loc.line), isIncompleteInput: incomplete)
    }

    private mutating func add(_ kind: Token.Kind, _ text: String, _ start: SourceLocation) {
        tokens.append(Token(kind: kind, text: text, location: start, end: location))
    }

    private mutating func newLine() {
        line += 1
        lineStart = position
    }

    mutating func run() throws -> [Token] {
        if scalars.contains("\0") {
            throw error("source code cannot contain null bytes", at: SourceLocation(line: 1, column: 1))
        }
        while position < scalars.count {
            if atLineStart {
                try readIndentation()
                if position >= scalars.count { break }
            }
            let c = scalars[position]
            switch c {
            case " ", "\t", "\u{0C}":
                position += 1
            case "\r":
                position += 1
            case "#":
                // CPython's NEWLINE token starts at a comment that ends the line.
                commentStart = location
                while let ch = current, ch != "\n" { position += 1 }
            case "\n":
                if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
                    add(.newline, "\n", commentStart.flatMap { $0.line == line ? $0 : nil } ?? location)
                }
                position += 1
                newLine()
                atLineStart = brackets.isEmpty
            case "\\":
                let start = location
                position += 1
                while current == "\r" { position += 1 }
                // CPython points just past the backslash.
                let after = SourceLocation(line: start.line, column: start.column + 1)
                guard let next = current else {
                    throw error("unexpected EOF while parsing", at: after, incomplete: true)
                }
                guard next == "\n" else {
                    throw error("unexpected character after line continuation character", at: after)
                }
                position += 1
                newLine()
                if current == nil {
                    throw error("unexpected EOF while parsing", at: after, incomplete: true)
                }
            default:
                if isIdentifierStart(c) {
                    try readNameOrString()
                } else if c.properties.numericType == .decimal && c.isASCII || (c == "." && peek().map(isDigit) == true) {
                    try readNumber()
                } else if c == "\"" || c == "'" {
                    try readString(prefix: "", start: location, startIndex: position)
                } else {
                    try readOperator()
                }
            }
        }
        if let (open, loc) = brackets.last {
            throw error("'\(open)' was never closed", at: loc, incomplete: true)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            add(.newline, "", location)
        }
        // The end of the file is where CPython reports errors there: past the end of the last
        // line, not at the start of an empty line after its newline.
        var endOfFile = location
        if position > 0 && scalars[position - 1] == "\n" {
            var start = position - 1
            while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
            endOfFile = SourceLocation(line: line - 1, column: position - start)
        }
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(kind: .dedent, text: "", location: endOfFile, end: endOfFile))
        }
        tokens.append(Token(kind: .endOfFile, text: "", location: endOfFile, end: endOfFile))
        return tokens
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.isASCII ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") : c.properties.isXIDStart)
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.isASCII ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || isDigit(c) : c.properties.isXIDContinue)
    }

    /// Measures a line's indentation and emits INDENT/DEDENT; blank and comment-only lines count for nothing.
    private mutating func readIndentation() throws {
        var column = 0, alternate = 0
        let start = position
        while let c = current {
            if c == " " {
                column += 1
                alternate += 1
            } else if c == "\t" {
                column = (column / 8 + 1) * 8
                alternate += 1
            } else if c == "\u{0C}" {
                column = 0
                alternate = 0
            } else {
                break
            }
            position += 1
        }
        guard let c = current else { return }
        if c == "\n" || c == "#" || c == "\r" || (c == "\\" && false) {
            return
        }
        atLineStart = false
        let loc = SourceLocation(line: line, column: position - lineStart + 1)
        // CPython reports a TabError at the start of the line.
        let tabErrorLocation = SourceLocation(line: line, column: 1)
        if column == indents.last! {
            if alternate != alternateIndents.last! {
                throw error("inconsistent use of tabs and spaces in indentation", at: tabErrorLocation, kind: .tab)
            }
            return
        }
        if column > indents.last! {
            if alternate <= alternateIndents.last! {
                throw error("inconsistent use of tabs and spaces in indentation", at: tabErrorLocation, kind: .tab)
            }
            if indents.count > Lexer.maximumIndentDepth {
                throw error("too many levels of indentation", at: loc, kind: .indentation)
            }
            indents.append(column)
            alternateIndents.append(alternate)
            tokens.append(Token(kind: .indent, text: "", location: SourceLocation(line: line, column: 1), end: loc))
            _ = start
            return
        }
        while column < indents.last! {
            indents.removeLast()
            alternateIndents.removeLast()
            tokens.append(Token(kind: .dedent, text: "", location: loc, end: loc))
        }
        if column != indents.last! {
            // CPython reads the whole line before it reports this, and points past its end.
            var end = position
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            if end > position && scalars[end - 1] == "\r" { end -= 1 }
            throw error("unindent does not match any outer indentation level",
                        at: SourceLocation(line: line, column: end - lineStart + 1), kind: .indentation)
        }
        if alternate != alternateIndents.last! {
            throw error("inconsistent use of tabs and spaces in indentation", at: tabErrorLocation, kind: .tab)
        }
    }

    private mutating func readNameOrString() throws {
        let start = location
        let startIndex = position
        while let c = current, isIdentifierContinue(c) { position += 1 }
        let word = String(String.UnicodeScalarView(scalars[startIndex..<position]))
        if let q = current, q == "\"" || q == "'", word.count <= 2,
           Set(word.lowercased()).isSubset(of: ["r", "b", "f", "u"]), isValidPrefix(word.lowercased()) {
            try readString(prefix: word, start: start, startIndex: startIndex)
            return
        }
        add(.name, word, start)
    }

    private func isValidPrefix(_ p: String) -> Bool {
        ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(p)
    }

    /// A string literal from its opening quote; the token keeps its source text.
    private mutating func readString(prefix: String, start: SourceLocation, startIndex: Int) throws {
        let quote = current!
        let raw = prefix.lowercased().contains("r")
        let triple = peek() == quote && peek(2) == quote
        position += triple ? 3 : 1
        while true {
            guard let c = current else {
                if triple {
                    // CPython counts the lines of the text, not the empty one after its last newline.
                    let last = position > 0 && scalars[position - 1] == "\n" ? line - 1 : line
                    throw error("unterminated triple-quoted string literal (detected at line \(last))", at: start, incomplete: true)
                }
                throw error("unterminated string literal (detected at line \(line))", at: start)
            }
            if c == "\\" {
                position += 1
                if current == "\n" {
                    position += 1
                    newLine()
                } else if current != nil {
                    position += 1
                }
                _ = raw
                continue
            }
            if c == "\n" {
                if !triple {
                    throw error("unterminated string literal (detected at line \(line))", at: start)
                }
                position += 1
                newLine()
                continue
            }
            if c == quote {
                if !triple {
                    position += 1
                    break
                }
                if peek() == quote && peek(2) == quote {
                    position += 3
                    break
                }
            }
            position += 1
        }
        add(.string, String(String.UnicodeScalarView(scalars[startIndex..<position])), start)
    }

    /// A number, read as CPython's tokenizer reads it, so that a malformed one gets its message
    /// and its column: where the tokenizer stopped, which is the count of characters before
    /// `position` on the line.
    private mutating func readNumber() throws {
        let start = location
        let startIndex = position
        func fail(_ message: String) -> SyntaxError {
            error(message, at: SourceLocation(line: line, column: position - lineStart))
        }
        if current == "." {
            position += 1
            try fraction()
        } else if current == "0" {
            position += 1
            if let p = current, "xXoObB".unicodeScalars.contains(p) {
                position += 1
                let valid: (Unicode.Scalar) -> Bool
                let name: String
                switch p {
                case "x", "X": valid = { $0.properties.isASCIIHexDigit }; name = "hexadecimal"
                case "o", "O": valid = { $0 >= "0" && $0 <= "7" }; name = "octal"
                default: valid = { $0 == "0" || $0 == "1" }; name = "binary"
                }
                repeat {
                    if current == "_" { position += 1 }
                    guard let c = current, valid(c) else {
                        if let c = current, isDigit(c) {
                            position += 1
                            throw fail("invalid digit '\(c)' in \(name) literal")
                        }
                        throw fail("invalid \(name) literal")
                    }
                    while let c = current, valid(c) { position += 1 }
                } while current == "_"
                if name != "hexadecimal", let c = current, isDigit(c) {
                    position += 1
                    throw fail("invalid digit '\(c)' in \(name) literal")
                }
                try verifyEndOfNumber(name)
            } else {
                // `0`, `00`, `0_0`, or a float or imaginary number with leading zeros.
                while true {
                    if current == "_" {
                        position += 1
                        guard let c = current, isDigit(c) else { throw fail("invalid decimal literal") }
                    }
                    if current != "0" { break }
                    position += 1
                }
                var nonzero = false
                if let c = current, isDigit(c) {
                    nonzero = true
                    try decimalTail()
                }
                if current == "." {
                    position += 1
                    try fraction()
                } else if current == "e" || current == "E" || current == "j" || current == "J" {
                    try exponentAndImaginary()
                } else if nonzero {
                    throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: start)
                } else {
                    try verifyEndOfNumber("decimal")
                }
            }
        } else {
            try decimalTail()
            if current == "." {
                position += 1
                try fraction()
            } else {
                try exponentAndImaginary()
            }
        }
        add(.number, String(String.UnicodeScalarView(scalars[startIndex..<position])), start)
    }

    /// Digits with single underscores between them.
    private mutating func decimalTail() throws {
        while true {
            while let c = current, isDigit(c) { position += 1 }
            guard current == "_" else { return }
            position += 1
            guard let c = current, isDigit(c) else {
                throw error("invalid decimal literal", at: SourceLocation(line: line, column: position - lineStart))
            }
        }
    }

    /// After the point of a float.
    private mutating func fraction() throws {
        if let c = current, isDigit(c) { try decimalTail() }
        try exponentAndImaginary()
    }

    private mutating func exponentAndImaginary() throws {
        if current == "e" || current == "E" {
            let next = peek()
            if next == "+" || next == "-" {
                position += 2
                guard let c = current, isDigit(c) else {
                    throw error("invalid decimal literal", at: SourceLocation(line: line, column: position - lineStart))
                }
            } else if next.map(isDigit) != true {
                // `1else`: the number ends before the `e`, or it is malformed there.
                try verifyEndOfNumber("decimal")
                return
            } else {
                position += 1
            }
            try decimalTail()
        }
        if current == "j" || current == "J" {
            position += 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
    }

    /// A number may not run into a letter or digit, except into a keyword that can follow it
    /// in valid code (`1if x else 2`, `0x1for`): CPython's tokenizer accepts the number when
    /// the next letters spell the start of `and`, `else`, `for`, `if`, `in`, `is`, `not` or `or`.
    private func verifyEndOfNumber(_ kind: String) throws {
        guard let c = current, c == "_" || isDigit(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") else { return }
        func spells(_ word: String) -> Bool {
            for (k, s) in word.unicodeScalars.enumerated() where peek(k) != s { return false }
            return true
        }
        if ["and", "else", "for", "if", "in", "is", "not", "or"].contains(where: spells) { return }
        throw error("invalid \(kind) literal", at: SourceLocation(line: line, column: position - lineStart))
    }

    private static let threeCharacterOperators: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!=="]
    private static let twoCharacterOperators: Set<String> = [
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
    ]
    private static let oneCharacterOperators: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    ]

    private mutating func readOperator() throws {
        let start = location
        let c = scalars[position]
        func text(_ n: Int) -> String? {
            position + n <= scalars.count ? String(String.UnicodeScalarView(scalars[position..<(position + n)])) : nil
        }
        if let t = text(3), Lexer.threeCharacterOperators.contains(t), t != "!==" {
            position += 3
            add(.op, t, start)
            return
        }
        if let t = text(2), Lexer.twoCharacterOperators.contains(t) {
            position += 2
            add(.op, t, start)
            return
        }
        guard Lexer.oneCharacterOperators.contains(c) else {
            // CPython's tokenizer hands `$`, `?`, `!` and the backtick to its parser, which finds no rule.
            if c.isASCII && Interpreter.isPrintable(c) { throw error("invalid syntax", at: start) }
            if Interpreter.isPrintable(c) {
                throw error("invalid character '\(Character(c))' (U+\(hex(c)))", at: start)
            }
            throw error("invalid non-printable character U+\(hex(c))", at: start)
        }
        position += 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maximumBracketDepth {
                throw error("too many nested parentheses", at: start)
            }
            brackets.append((c, start))
        case ")", "]", "}":
            guard let (open, openLocation) = brackets.popLast() else {
                throw error("unmatched '\(c)'", at: start)
            }
            let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
            if c != expected {
                if openLocation.line != start.line {
                    throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open)' on line \(openLocation.line)", at: start)
                }
                throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open)'", at: start)
            }
        default: break
        }
        add(.op, String(c), start)
    }

    private func hex(_ c: Unicode.Scalar) -> String {
        let h = String(c.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
