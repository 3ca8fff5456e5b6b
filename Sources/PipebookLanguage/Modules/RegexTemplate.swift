/// A replacement string of `re.sub` and `Match.expand`, read as CPython's
/// `re._parser.parse_template` reads it: `\1`, `\g<1>`, `\g<name>`, the escapes `\n`, `\t`
/// and the like, octal escapes, and any other backslash kept as it is.
struct RegexTemplate {
    private enum Part {
        case text(String)
        case group(Int)
    }

    private var parts: [Part] = []

    init(_ template: String, pattern: RegexPattern) throws {
        let s = Array(template.unicodeScalars)
        var literal = String.UnicodeScalarView()
        var i = 0
        func error(_ message: String, at position: Int) -> PyError {
            RegexModule.error(message, pattern: template, position: position)
        }
        func addGroup(_ index: Int, at position: Int) throws {
            if index > pattern.groupCount { throw error("invalid group reference \(index)", at: position) }
            if !literal.isEmpty {
                parts.append(.text(String(literal)))
                literal = String.UnicodeScalarView()
            }
            parts.append(.group(index))
        }
        func isDigit(_ k: Int) -> Bool { k < s.count && ("0"..."9").contains(s[k]) }
        func isOctal(_ k: Int) -> Bool { k < s.count && ("0"..."7").contains(s[k]) }
        while i < s.count {
            let c = s[i]
            guard c == "\\" else {
                literal.append(c)
                i += 1
                continue
            }
            guard i + 1 < s.count else { throw error("bad escape (end of pattern)", at: s.count - 1) }
            let e = s[i + 1]
            let start = i
            i += 2
            switch e {
            case "g":
                guard i < s.count, s[i] == "<" else { throw error("missing <", at: i) }
                i += 1
                let nameStart = i
                while i < s.count && s[i] != ">" { i += 1 }
                let name = String(String.UnicodeScalarView(s[nameStart..<min(i, s.count)]))
                if i >= s.count {
                    if name.isEmpty { throw error("missing group name", at: i) }
                    throw error("missing >, unterminated name", at: nameStart)
                }
                if name.isEmpty { throw error("missing group name", at: i) }
                i += 1
                if RegexTranslator.isIdentifier(name) {
                    guard let index = pattern.groupIndex(named: name) else {
                        throw PyError.indexError("unknown group name \(Interpreter.quote(name))")
                    }
                    try addGroup(index, at: nameStart)
                } else {
                    guard name.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let index = Int(name) else {
                        throw error("bad character in group name \(Interpreter.quote(name))", at: nameStart)
                    }
                    try addGroup(index, at: nameStart)
                }
            case "0":
                var digits = "0"
                while digits.count < 3 && isOctal(i) {
                    digits.unicodeScalars.append(s[i])
                    i += 1
                }
                literal.append(Unicode.Scalar(UInt32(digits, radix: 8)! & 0xFF)!)
            case "1"..."9":
                var digits = String(e)
                if isDigit(i) {
                    digits.unicodeScalars.append(s[i])
                    i += 1
                    if ("0"..."7").contains(e), ("0"..."7").contains(digits.unicodeScalars.last!), isOctal(i) {
                        digits.unicodeScalars.append(s[i])
                        i += 1
                        let value = UInt32(digits, radix: 8)!
                        if value > 0o377 {
                            throw error("octal escape value \\\(digits) outside of range 0-0o377", at: start)
                        }
                        literal.append(Unicode.Scalar(value)!)
                        continue
                    }
                }
                try addGroup(Int(digits)!, at: start + 1)
            default:
                let escapes: [Unicode.Scalar: Unicode.Scalar] = ["a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n",
                                                                 "r": "\r", "t": "\t", "v": "\u{0B}", "\\": "\\"]
                if let replacement = escapes[e] {
                    literal.append(replacement)
                } else if e.isASCII && e.properties.isAlphabetic {
                    throw error("bad escape \\\(e)", at: start)
                } else {
                    literal.append("\\")
                    literal.append(e)
                }
            }
        }
        if !literal.isEmpty { parts.append(.text(String(literal))) }
    }

    /// The replacement for one match; groups that did not take part give "".
    func expand(_ match: RegexMatch) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .group(let g): out += match.group(g).stringValue ?? ""
            }
        }
        return out
    }
}
