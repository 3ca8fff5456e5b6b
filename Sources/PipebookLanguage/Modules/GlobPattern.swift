/// A shell-style wildcard pattern (`*.txt`, `data_??.csv`, `[!a-c]*`) with the meaning
/// `fnmatch.fnmatchcase` gives it: `*` matches anything (slashes and leading dots too),
/// `?` one character, `[...]` a set, and an unclosed `[` itself.
struct GlobPattern {
    private enum Token {
        case star
        case any
        case literal(Unicode.Scalar)
        case set(negated: Bool, members: [ClosedRange<UInt32>])
    }

    private let tokens: [Token]

    init(_ pattern: String) {
        let p = Array(pattern.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case "*":
                if case .star? = tokens.last {} else { tokens.append(.star) }
            case "?":
                tokens.append(.any)
            case "[":
                var j = i
                if j < p.count && p[j] == "!" { j += 1 }
                if j < p.count && p[j] == "]" { j += 1 }
                while j < p.count && p[j] != "]" { j += 1 }
                if j >= p.count {
                    tokens.append(.literal("["))
                } else {
                    tokens.append(Self.set(Array(p[i..<j])))
                    i = j + 1
                }
            default:
                tokens.append(.literal(c))
            }
        }
        self.tokens = tokens
    }

    /// The set `[stuff]`, cut into chunks at the hyphens that make ranges, as fnmatch does,
    /// dropping ranges whose ends are in the wrong order.
    private static func set(_ stuff: [Unicode.Scalar]) -> Token {
        var chunks: [[Unicode.Scalar]] = []
        var start = 0
        var k = stuff.first == "!" ? 2 : 1
        while k < stuff.count, let hyphen = stuff[k...].firstIndex(of: "-") {
            chunks.append(Array(stuff[start..<hyphen]))
            start = hyphen + 1
            k = hyphen + 3
        }
        let last = Array(stuff[min(start, stuff.count)...])
        if last.isEmpty, !chunks.isEmpty { chunks[chunks.count - 1].append("-") } else { chunks.append(last) }
        var index = chunks.count - 1
        while index > 0 {
            if let end = chunks[index - 1].last, let begin = chunks[index].first, end.value > begin.value {
                chunks[index - 1] = Array(chunks[index - 1].dropLast()) + chunks[index].dropFirst()
                chunks.remove(at: index)
            }
            index -= 1
        }
        // The chunks joined by range hyphens, as the regular expression class fnmatch builds.
        var items: [Unicode.Scalar?] = []
        for (n, chunk) in chunks.enumerated() {
            if n > 0 { items.append(nil) }
            items.append(contentsOf: chunk.map { Optional($0) })
        }
        let negated = items.first == "!"
        if negated { items.removeFirst() }
        var members: [ClosedRange<UInt32>] = []
        var i = 0
        while i < items.count {
            let low = items[i] ?? "-"
            if i + 2 < items.count, items[i + 1] == nil, let high = items[i + 2] {
                members.append(low.value...high.value)
                i += 3
            } else {
                members.append(low.value...low.value)
                i += 1
            }
        }
        return .set(negated: negated, members: members)
    }

    /// Whether the whole of `name` matches, case-sensitively.
    func matches(_ name: String) -> Bool {
        let s = Array(name.unicodeScalars)
        var t = 0, i = 0
        // Where the last `*` was and how much it has swallowed, for backtracking.
        var starToken = -1, starPosition = 0
        while i < s.count {
            if t < tokens.count, case .star = tokens[t] {
                starToken = t
                starPosition = i
                t += 1
                continue
            }
            if t < tokens.count && Self.matches(tokens[t], s[i]) {
                t += 1
                i += 1
                continue
            }
            guard starToken >= 0 else { return false }
            t = starToken + 1
            starPosition += 1
            i = starPosition
        }
        while t < tokens.count, case .star = tokens[t] { t += 1 }
        return t == tokens.count
    }

    private static func matches(_ token: Token, _ c: Unicode.Scalar) -> Bool {
        switch token {
        case .star, .any: return true
        case .literal(let l): return l == c
        case .set(let negated, let members): return members.contains { $0.contains(c.value) } != negated
        }
    }

    /// `glob.has_magic`: whether a path has any wildcard character.
    static func hasMagic(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }
}
