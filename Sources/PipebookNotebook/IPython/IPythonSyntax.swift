import PipebookLanguage

/// A magic or shell line Pipebook does not run, found before any of the cell runs.
public struct UnsupportedMagic: Error, Equatable, CustomStringConvertible {
    /// The 1-based line of the cell that holds it.
    public let line: Int
    public let message: String

    public var description: String { message }
}

/// Turns the IPython lines workshop notebooks use into plain Python that calls `stdlib/_magics.py`,
/// as IPython's input transformers do, keeping one line per line so tracebacks point at the
/// right line of the cell.
///
/// - `%%writefile [-a] PATH` on the first line: the rest of the cell is written to PATH.
/// - `!command`: runs in the shell; `{expression}` and `$name` are replaced by their values.
/// - `%pwd`, `%cd DIR`, `%env [NAME[=VALUE]]`, `%time STATEMENT`.
public struct IPythonSyntax {
    /// The global through which translated lines reach `_magics`.
    public static let helperName = "__pipebook_magics__"
    public static let supported = "%%writefile, %pwd, %cd, %env, %time and !command"

    /// Whether `!command` lines may run (`pipebook run --no-shell` turns them off).
    public var allowShell = true

    public init(allowShell: Bool = true) { self.allowShell = allowShell }

    /// Whether the cell uses any IPython syntax at all (most cells do not and run as written).
    public static func mayContainMagics(_ source: String) -> Bool {
        source.contains("%") || source.contains("!")
    }

    /// The cell as plain Python, or nil when it has no IPython lines.
    public func translate(_ source: String) throws -> String? {
        guard Self.mayContainMagics(source) else { return nil }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("%%") {
            return try translateCellMagic(first, body: lines.dropFirst().joined(separator: "\n"))
        }
        var changed = false
        var openTripleQuote: String?
        for index in lines.indices {
            let line = lines[index]
            defer { openTripleQuote = Self.tripleQuoteState(after: line, open: openTripleQuote) }
            if openTripleQuote != nil { continue }
            let indent = String(line.prefix { $0 == " " || $0 == "\t" })
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix("!") {
                guard allowShell else {
                    throw UnsupportedMagic(line: index + 1, message: "shell commands are turned off (--no-shell): \(rest)")
                }
                lines[index] = indent + "\(Self.helperName).system(\(Self.interpolated(String(rest.dropFirst()))))"
                changed = true
            } else if rest.hasPrefix("%%") {
                let name = rest.dropFirst(2).prefix { !$0.isWhitespace }
                throw UnsupportedMagic(line: index + 1, message: "the cell magic %%\(name) must be the cell's first line")
            } else if rest.hasPrefix("%"), rest.dropFirst().first?.isLetter == true {
                lines[index] = indent + (try translateLineMagic(rest.dropFirst(), line: index + 1))
                changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    private func translateCellMagic(_ first: String, body: String) throws -> String {
        let words = first.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true)
        let name = words.first.map(String.init) ?? ""
        guard name == "writefile" else {
            throw UnsupportedMagic(line: 1, message: "the cell magic %%\(name) is not supported by Pipebook (it supports \(Self.supported))")
        }
        var arguments = Array(words.dropFirst())
        let append = arguments.first == "-a" || arguments.first == "--append"
        if append { arguments.removeFirst() }
        guard arguments.count == 1 else {
            throw UnsupportedMagic(line: 1, message: "%%writefile takes one file name, with -a to append: %%writefile [-a] PATH")
        }
        // IPython writes the body with a final newline.
        let text = body.hasSuffix("\n") ? body : body + "\n"
        return "\(Self.helperName).writefile(\(Self.pythonString(String(arguments[0]))), \(Self.pythonString(text)), \(append ? "True" : "False"))"
    }

    private func translateLineMagic(_ magic: Substring, line: Int) throws -> String {
        let name = String(magic.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        let argument = magic.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "pwd":
            return "\(Self.helperName).pwd()"
        case "cd", "env":
            return "\(Self.helperName).\(name)(\(Self.interpolated(argument)))"
        case "time":
            guard !argument.isEmpty else {
                throw UnsupportedMagic(line: line, message: "%time needs a statement on its line")
            }
            // An expression keeps its value, shown as the cell's result when it is the last line.
            if (try? Parser.parseExpression(argument, fileName: "<magic>")) != nil {
                return "\(Self.helperName).time_end(\(Self.helperName).time_start(), (\(argument)))"
            }
            return "__pipebook_started__ = \(Self.helperName).time_start(); \(argument); \(Self.helperName).time_end(__pipebook_started__)"
        default:
            throw UnsupportedMagic(line: line, message: "the magic %\(name) is not supported by Pipebook (it supports \(Self.supported))")
        }
    }

    /// A Python expression for text with IPython's `{expression}` and `$name` interpolation.
    static func interpolated(_ text: String) -> String {
        var parts: [String] = []
        var literal = ""
        let chars = Array(text)
        var i = 0
        func flushLiteral() {
            if !literal.isEmpty { parts.append(pythonString(literal)) }
            literal = ""
        }
        while i < chars.count {
            let c = chars[i]
            if c == "{" && i + 1 < chars.count && chars[i + 1] == "{" {
                literal.append("{"); i += 2
            } else if c == "}" && i + 1 < chars.count && chars[i + 1] == "}" {
                literal.append("}"); i += 2
            } else if c == "$" && i + 1 < chars.count && chars[i + 1] == "$" {
                literal.append("$"); i += 2
            } else if c == "{", let close = matchingBrace(chars, from: i) {
                flushLiteral()
                parts.append("str(\(String(chars[(i + 1)..<close])))")
                i = close + 1
            } else if c == "$", i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "_" {
                var end = i + 1
                while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                flushLiteral()
                parts.append("str(\(String(chars[(i + 1)..<end])))")
                i = end
            } else {
                literal.append(c); i += 1
            }
        }
        flushLiteral()
        return parts.isEmpty ? "''" : parts.joined(separator: " + ")
    }

    private static func matchingBrace(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        for i in start..<chars.count {
            if chars[i] == "{" { depth += 1 }
            if chars[i] == "}" { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }

    /// A Python string literal for any text.
    static func pythonString(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// Which triple quote is still open after a line, so lines inside a string are left alone.
    private static func tripleQuoteState(after line: String, open: String?) -> String? {
        var state = open
        var rest = Substring(line)
        while !rest.isEmpty {
            if let current = state {
                guard let range = rest.range(of: current) else { return state }
                state = nil
                rest = rest[range.upperBound...]
            } else {
                let double = rest.range(of: "\"\"\""), single = rest.range(of: "'''")
                guard let first = [double, single].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
                state = String(rest[first])
                rest = rest[first.upperBound...]
            }
        }
        return state
    }
}
