/// Reads a Python regular expression exactly as CPython's `re._parser` does (same errors, at
/// the same positions) and writes the same expression in ICU's syntax for NSRegularExpression.
///
/// Where the two dialects differ, the translation spells out Python's meaning: `^`, `$`, `\A`
/// and `\Z` become lookarounds (so they hold whatever part of the string is searched), `.`
/// and the classes `\w`, `\s` become explicit sets, literals become `\x{...}`, and verbose
/// mode, ASCII mode and named groups are handled here. Conditional groups are refused.
struct RegexTranslator {
    /// The flag values of Python's `re`.
    enum Flag {
        static let template = 1, ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16, unicode = 32, verbose = 64,
                   debug = 128, ascii = 256
        static let letters: [Unicode.Scalar: Int] = ["i": ignoreCase, "L": locale, "m": multiline, "s": dotAll,
                                                     "x": verbose, "a": ascii, "t": template, "u": unicode]
        static let typeFlags = ascii | locale | unicode
        static let globalFlags = debug | template
    }

    /// The result: ICU's pattern and what Python knows about the groups.
    struct Result {
        var icu: String
        /// The flags, inline ones included, with UNICODE added as CPython adds it.
        var flags: Int
        var groupCount: Int
        /// Group names in the order they were defined.
        var groupNames: [(name: String, index: Int)]
        /// Where each group's `)` is in the pattern (index 0 unused), to find `lastindex`.
        var groupEnds: [Int]
        var minWidth: Int
        /// Whether an empty match may be preferred where a longer one exists (a lazy quantifier,
        /// or an alternative that can be empty before another): then CPython's rule for the
        /// match after an empty one needs an extra search.
        var mayPreferEmpty: Bool
    }

    private let source: [Unicode.Scalar]
    private let pattern: String
    private var index = 0
    private var flags: Int
    private var groupWidths: [(min: Int, max: Int?)?] = [nil]
    private var groupNames: [(name: String, index: Int)] = []
    private var groupEnds: [Int] = [0]
    private var lookbehindGroups: Int?
    private var mayPreferEmpty = false

    private init(_ pattern: String, flags: Int) {
        self.pattern = pattern
        source = Array(pattern.unicodeScalars)
        self.flags = flags
    }

    /// Translates `pattern`, or throws `re.error` (or ValueError for bad flags) as CPython would.
    static func translate(_ pattern: String, flags: Int) throws -> Result {
        var t = RegexTranslator(pattern, flags: flags)
        let body = try t.parseAlternation(verbose: flags & Flag.verbose != 0, nested: 0, scoped: Scope(add: 0, remove: 0))
        var final = t.flags
        if final & Flag.locale != 0 { throw PyError.valueError("cannot use LOCALE flag with a str pattern") }
        if final & Flag.ascii == 0 {
            final |= Flag.unicode
        } else if final & Flag.unicode != 0 {
            throw PyError.valueError("ASCII and UNICODE flags are incompatible")
        }
        if t.index < t.source.count { throw t.error("unbalanced parenthesis") }
        return Result(icu: body.icu, flags: final, groupCount: t.groupWidths.count - 1, groupNames: t.groupNames,
                      groupEnds: t.groupEnds, minWidth: body.min, mayPreferEmpty: t.mayPreferEmpty)
    }

    // MARK: Errors

    /// `re.error(message, pattern, position)`; `offset` counts back from the current position.
    private func error(_ message: String, _ offset: Int = 0) -> PyError {
        RegexModule.error(message, pattern: pattern, position: index - offset)
    }

    // MARK: Tokens

    /// The next token without taking it: one character, or a backslash and the next.
    private var next: [Unicode.Scalar]? {
        guard index < source.count else { return nil }
        if source[index] == "\\" {
            return index + 1 < source.count ? [source[index], source[index + 1]] : ["\\"]
        }
        return [source[index]]
    }

    private mutating func get() throws -> [Unicode.Scalar]? {
        guard let token = next else { return nil }
        if token == ["\\"] { throw RegexModule.error("bad escape (end of pattern)", pattern: pattern, position: source.count - 1) }
        index += token.count
        return token
    }

    private mutating func match(_ c: Unicode.Scalar) -> Bool {
        if index < source.count && source[index] == c && c != "\\" {
            index += 1
            return true
        }
        return false
    }

    /// Up to `count` characters from `set`.
    private mutating func take(_ count: Int, from set: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        while out.unicodeScalars.count < count, index < source.count, source[index] != "\\", set(source[index]) {
            out.unicodeScalars.append(source[index])
            index += 1
        }
        return out
    }

    /// Characters up to `terminator` (a group name); errors name what was expected.
    private mutating func until(_ terminator: Unicode.Scalar, _ what: String) throws -> String {
        var out = String.UnicodeScalarView()
        while true {
            guard let token = try get() else {
                if out.isEmpty { throw error("missing \(what)") }
                throw error("missing \(terminator), unterminated name", out.count)
            }
            if token == [terminator] {
                if out.isEmpty { throw error("missing \(what)", 1) }
                return String(out)
            }
            out.append(contentsOf: token)
        }
    }

    private func checkGroupName(_ name: String, _ offset: Int) throws {
        if !Self.isIdentifier(name) { throw error("bad character in group name \(Interpreter.quote(name))", name.unicodeScalars.count + offset) }
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        return (first == "_" || first.properties.isXIDStart) && s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    private static func isOctal(_ c: Unicode.Scalar) -> Bool { ("0"..."7").contains(c) }
    private static func isHex(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.properties.isASCIIHexDigit }
    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    // MARK: Structure

    /// Flags a group turns on and off, on top of the pattern's.
    private struct Scope {
        var add: Int
        var remove: Int
    }

    private func has(_ flag: Int, _ scope: Scope) -> Bool {
        ((flags | scope.add) & ~scope.remove) & flag != 0
    }

    /// A piece of the translation and the widths CPython's `getwidth` gives it.
    private struct Piece {
        enum Kind { case item, anchor, repeated, group }
        var icu: String
        var min: Int
        var max: Int?
        var kind: Kind
    }

    private mutating func parseAlternation(verbose: Bool, nested: Int, scoped: Scope) throws -> Piece {
        var branches: [Piece] = []
        var verbose = verbose
        while true {
            branches.append(try parseSequence(verbose: verbose, nested: nested + 1, first: nested == 0 && branches.isEmpty, scoped: scoped))
            if !match("|") { break }
            if nested == 0 { verbose = flags & Flag.verbose != 0 }
        }
        if branches.count == 1 { return branches[0] }
        if branches.dropLast().contains(where: { $0.min == 0 }) { mayPreferEmpty = true }
        let maxes = branches.map(\.max)
        return Piece(icu: "(?:" + branches.map(\.icu).joined(separator: "|") + ")", min: branches.map(\.min).min()!,
                     max: maxes.contains { $0 == nil } ? nil : maxes.map { $0! }.max()!, kind: .item)
    }

    private mutating func parseSequence(verbose: Bool, nested: Int, first: Bool, scoped: Scope) throws -> Piece {
        var items: [Piece] = []
        var verbose = verbose
        while let token = next, token != ["|"], token != [")"] {
            _ = try get()
            let c = token[0]
            if verbose {
                if token.count == 1 && " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(c) { continue }
                if token == ["#"] {
                    while let t = try get(), t != ["\n"] {}
                    continue
                }
            }
            if token.count == 2 {
                items.append(try escape(token[1], scoped: scoped))
            } else if !".\\[{()*+?^$|".unicodeScalars.contains(c) {
                items.append(literal(c.value, scoped: scoped))
            } else if c == "[" {
                items.append(try characterClass(scoped: scoped))
            } else if "*+?{".unicodeScalars.contains(c) {
                let repeatStart = index - 1
                guard let (lo, hi) = try repeatBounds(c) else {
                    items.append(literal(c.value, scoped: scoped))
                    continue
                }
                guard let last = items.last, last.kind != .anchor else { throw error("nothing to repeat", index - repeatStart) }
                if last.kind == .repeated { throw error("multiple repeat", index - repeatStart) }
                var suffix = ""
                if match("?") {
                    suffix = "?"
                    mayPreferEmpty = true
                } else if match("+") {
                    suffix = "+"
                }
                let quantifier: String
                switch (lo, hi) {
                case (0, nil): quantifier = "*"
                case (1, nil): quantifier = "+"
                case (0, 1?): quantifier = "?"
                case (let m, nil): quantifier = "{\(m),}"
                case (let m, let n?): quantifier = m == n ? "{\(m)}" : "{\(m),\(n)}"
                }
                items[items.count - 1] = Piece(icu: "(?:" + last.icu + ")" + quantifier + suffix, min: last.min * lo,
                                               max: hi.flatMap { h in last.max.map { $0 * h } } ?? (last.max == 0 ? 0 : nil),
                                               kind: .repeated)
            } else if c == "." {
                items.append(Piece(icu: has(Flag.dotAll, scoped) ? "[\\s\\S]" : "[^\\n]", min: 1, max: 1, kind: .item))
            } else if c == "(" {
                if let piece = try group(verbose: &verbose, nested: nested, first: first, itemsSoFar: items.count, scoped: scoped) {
                    items.append(piece)
                }
            } else if c == "^" {
                items.append(Piece(icu: has(Flag.multiline, scoped) ? "(?<![^\\n])" : "(?<![\\s\\S])", min: 0, max: 0, kind: .anchor))
            } else if c == "$" {
                items.append(Piece(icu: has(Flag.multiline, scoped) ? "(?=\\n|\\z)" : "(?=\\n?\\z)", min: 0, max: 0, kind: .anchor))
            }
        }
        return Piece(icu: items.map(\.icu).joined(), min: items.reduce(0) { $0 + $1.min },
                     max: items.reduce(Optional(0)) { total, p in total.flatMap { t in p.max.map { t + $0 } } },
                     kind: items.count == 1 ? items[0].kind : .item)
    }

    /// The bounds of `*`, `+`, `?` or `{m,n}` (nil: unbounded); nil when `{` does not start a
    /// repeat, which makes it a literal.
    private mutating func repeatBounds(_ c: Unicode.Scalar) throws -> (Int, Int?)? {
        switch c {
        case "?": return (0, 1)
        case "*": return (0, nil)
        case "+": return (1, nil)
        default: break
        }
        let here = index
        if next == ["}"] { return nil }
        let lo = take(Int.max, from: Self.isDigit)
        let hi = match(",") ? take(Int.max, from: Self.isDigit) : lo
        if !match("}") {
            index = here
            return nil
        }
        func bound(_ digits: String) throws -> Int? {
            if digits.isEmpty { return nil }
            guard digits.count < 11, let n = Int(digits), n < 4294967295 else {
                throw PyError.overflow("the repetition number is too large")
            }
            return n
        }
        let low = try bound(lo) ?? 0, high = try bound(hi)
        if let high, high < low { throw error("min repeat greater than max repeat", index - here) }
        return (low, high)
    }

    // MARK: Escapes

    /// A literal character; under IGNORECASE, the set of its case variants, so that ICU's own
    /// case folding (which lets `ß` match `ss`) is never used for literals.
    private func literal(_ value: UInt32, scoped: Scope) -> Piece {
        guard has(Flag.ignoreCase, scoped) else { return Piece(icu: Self.literalText(value), min: 1, max: 1, kind: .item) }
        let variants = CaseVariants.of(value, asciiOnly: has(Flag.ascii, scoped))
        let icu = variants.count == 1 ? Self.literalText(value) : "[" + variants.map(Self.literalText).joined() + "]"
        return Piece(icu: icu, min: 1, max: 1, kind: .item)
    }

    /// A set or a back reference, compared case-insensitively by ICU when IGNORECASE applies.
    private func caseAware(_ icu: String, scoped: Scope) -> String {
        has(Flag.ignoreCase, scoped) ? "(?i:" + icu + ")" : icu
    }

    /// A character as ICU reads it literally anywhere, case-insensitive matching included.
    private static func literalText(_ value: UInt32) -> String {
        if let s = Unicode.Scalar(value), s.isASCII, s.properties.isAlphabetic || isDigit(s) { return String(s) }
        return "\\x{" + String(value, radix: 16) + "}"
    }

    /// `\w`, `\s` and friends, as sets Python's way: Unicode by default, ASCII in ASCII mode.
    private func category(_ c: Unicode.Scalar, scoped: Scope, inClass: Bool) -> String? {
        let ascii = has(Flag.ascii, scoped)
        let members: String
        switch c {
        case "d", "D": members = ascii ? "0-9" : "\\p{Nd}"
        case "w", "W": members = ascii ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_"
        case "s", "S": members = ascii ? "\\x{20}\\x{9}-\\x{d}" : "\\s\\x{1c}-\\x{1f}"
        default: return nil
        }
        let negated = c.properties.isUppercase
        if inClass && !negated { return members }
        return "[" + (negated ? "^" : "") + members + "]"
    }

    private mutating func escape(_ c: Unicode.Scalar, scoped: Scope) throws -> Piece {
        if let set = category(c, scoped: scoped, inClass: false) { return Piece(icu: set, min: 1, max: 1, kind: .item) }
        switch c {
        case "A": return Piece(icu: "(?<![\\s\\S])", min: 0, max: 0, kind: .anchor)
        case "Z": return Piece(icu: "\\z", min: 0, max: 0, kind: .anchor)
        case "b", "B":
            var icu = "\\" + String(c)
            if has(Flag.ascii, scoped) {
                let w = "[a-zA-Z0-9_]"
                icu = c == "b" ? "(?:(?<=\(w))(?!\(w))|(?<!\(w))(?=\(w)))" : "(?:(?<=\(w))(?=\(w))|(?<!\(w))(?!\(w)))"
            }
            // CPython's \B never matches in an empty string.
            if c == "B" { icu = "(?:(?=[\\s\\S])|(?<=[\\s\\S]))" + icu }
            return Piece(icu: icu, min: 0, max: 0, kind: .anchor)
        default: break
        }
        if let value = try characterEscape(c, inClass: false) { return literal(value, scoped: scoped) }
        // A group reference: `\1` to `\99`.
        var digits = String(c)
        if let n = next, n.count == 1, Self.isDigit(n[0]) {
            digits.unicodeScalars.append(n[0])
            index += 1
        }
        let group = Int(digits)!
        if group < groupWidths.count {
            guard let width = groupWidths[group] else { throw error("cannot refer to an open group", digits.count + 1) }
            try checkLookbehindGroup(group)
            return try reference(group, width, scoped: scoped)
        }
        throw error("invalid group reference \(group)", digits.count)
    }

    /// The code point of an escape that stands for one character, nil for a group reference
    /// (outside classes); `\q` and other unknown letters are errors.
    private mutating func characterEscape(_ c: Unicode.Scalar, inClass: Bool) throws -> UInt32? {
        let simple: [Unicode.Scalar: UInt32] = ["a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92]
        if let v = simple[c] { return v }
        if inClass && c == "b" { return 8 }
        switch c {
        case "x", "u", "U":
            let count = c == "x" ? 2 : c == "u" ? 4 : 8
            let digits = take(count, from: Self.isHex)
            if digits.unicodeScalars.count != count {
                throw error("incomplete escape \\\(c)\(digits)", digits.unicodeScalars.count + 2)
            }
            let value = UInt32(digits, radix: 16)!
            if c == "U" && Unicode.Scalar(value) == nil && value > 0x10FFFF {
                throw error("bad escape \\\(c)\(digits)", 10)
            }
            return value
        case "N":
            if !match("{") { throw error("missing {") }
            let name = try until("}", "character name")
            guard let scalar = Self.scalar(named: name) else {
                throw error("undefined character name \(Interpreter.quote(name))", name.unicodeScalars.count + 4)
            }
            return scalar.value
        case "0":
            let digits = "0" + take(2, from: Self.isOctal)
            return UInt32(digits, radix: 8)!
        default: break
        }
        if Self.isDigit(c) {
            if inClass {
                guard Self.isOctal(c) else { throw error("bad escape \\\(c)", 2) }
                let digits = String(c) + take(2, from: Self.isOctal)
                let value = UInt32(digits, radix: 8)!
                if value > 0o377 {
                    throw error("octal escape value \\\(digits) outside of range 0-0o377", digits.unicodeScalars.count + 1)
                }
                return value
            }
            // Three octal digits make an octal escape; otherwise this is a group reference.
            if Self.isOctal(c), index + 1 < source.count, Self.isOctal(source[index]), Self.isOctal(source[index + 1]) {
                let digits = String(c) + String(source[index]) + String(source[index + 1])
                index += 2
                let value = UInt32(digits, radix: 8)!
                if value > 0o377 { throw error("octal escape value \\\(digits) outside of range 0-0o377", 4) }
                return value
            }
            return nil
        }
        if Self.isASCIILetter(c) { throw error("bad escape \\\(c)", 2) }
        return c.value
    }

    /// A character by its Unicode name, for `\N{...}`.
    private static func scalar(named name: String) -> Unicode.Scalar? {
        let upper = name.uppercased()
        for plane in [0..<0x3_0000, 0xE_0000..<0xE_1000] {
            for value in plane {
                if let s = Unicode.Scalar(UInt32(value)), s.properties.name == upper || s.properties.nameAlias == upper { return s }
            }
        }
        return nil
    }

    // MARK: Character classes

    private mutating func characterClass(scoped: Scope) throws -> Piece {
        let here = index - 1
        var members: [String] = []
        let negate = match("^")
        while true {
            guard let this = try get() else { throw error("unterminated character set", index - here) }
            if this == ["]"] && !members.isEmpty { break }
            var first: (value: UInt32?, set: String)
            if this.count == 2 {
                first = try classEscape(this[1], scoped: scoped)
            } else {
                first = (this[0].value, Self.literalText(this[0].value))
            }
            if match("-") {
                guard let that = try get() else { throw error("unterminated character set", index - here) }
                if that == ["]"] {
                    members.append(first.set)
                    members.append(Self.literalText(45))
                    break
                }
                let second: (value: UInt32?, set: String)
                if that.count == 2 {
                    second = try classEscape(that[1], scoped: scoped)
                } else {
                    second = (that[0].value, Self.literalText(that[0].value))
                }
                let text = String(String.UnicodeScalarView(this)) + "-" + String(String.UnicodeScalarView(that))
                guard let lo = first.value, let hi = second.value, lo <= hi else {
                    throw error("bad character range \(text)", text.unicodeScalars.count)
                }
                members.append(Self.literalText(lo) + "-" + Self.literalText(hi))
            } else {
                members.append(first.set)
            }
        }
        return Piece(icu: caseAware("[" + (negate ? "^" : "") + members.joined() + "]", scoped: scoped), min: 1, max: 1, kind: .item)
    }

    /// An escape inside `[...]`: a character (with its value, for ranges) or a class like `\d`.
    private mutating func classEscape(_ c: Unicode.Scalar, scoped: Scope) throws -> (value: UInt32?, set: String) {
        if let set = category(c, scoped: scoped, inClass: true) { return (nil, set) }
        guard let value = try characterEscape(c, inClass: true) else { throw error("bad escape \\\(c)", 2) }
        return (value, Self.literalText(value))
    }

    // MARK: Groups

    /// `\N` or `(?P=name)`; ICU cannot look behind for text of a group's length.
    private func reference(_ group: Int, _ width: (min: Int, max: Int?), scoped: Scope) throws -> Piece {
        if lookbehindGroups != nil { throw error("Pipebook does not support group references inside a look-behind") }
        return Piece(icu: caseAware("(?:\\\(group))", scoped: scoped), min: width.min, max: width.max, kind: .item)
    }

    private mutating func checkLookbehindGroup(_ group: Int) throws {
        guard let start = lookbehindGroups else { return }
        if groupWidths[group] == nil { throw error("cannot refer to an open group") }
        if group >= start { throw error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    /// A group after its `(`; nil for what adds nothing (comments and global flags).
    private mutating func group(verbose: inout Bool, nested: Int, first: Bool, itemsSoFar: Int,
                                scoped: Scope) throws -> Piece? {
        let start = index - 1
        var capture = true, atomic = false
        var name: String?
        var add = 0, remove = 0
        if match("?") {
            guard let token = try get() else { throw error("unexpected end of pattern") }
            let char = token[0]
            switch char {
            case "P":
                if match("<") {
                    name = try until(">", "group name")
                    try checkGroupName(name!, 1)
                } else if match("=") {
                    let ref = try until(")", "group name")
                    try checkGroupName(ref, 1)
                    guard let gid = groupNames.first(where: { $0.name == ref })?.index else {
                        throw error("unknown group name \(Interpreter.quote(ref))", ref.unicodeScalars.count + 1)
                    }
                    guard let width = groupWidths[gid] else {
                        throw error("cannot refer to an open group", ref.unicodeScalars.count + 1)
                    }
                    try checkLookbehindGroup(gid)
                    return try reference(gid, width, scoped: scoped)
                } else {
                    guard let other = try get() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + String(String.UnicodeScalarView(other)), other.count + 2)
                }
            case ":":
                capture = false
            case "#":
                while true {
                    if next == nil { throw error("missing ), unterminated comment", index - start) }
                    if try get() == [")"] { break }
                }
                return nil
            case "=", "!", "<":
                var kind = char
                var behind = false
                if char == "<" {
                    guard let t = try get() else { throw error("unexpected end of pattern") }
                    guard t == ["="] || t == ["!"] else {
                        throw error("unknown extension ?<" + String(String.UnicodeScalarView(t)), t.count + 2)
                    }
                    kind = t[0]
                    behind = true
                }
                let outer = lookbehindGroups
                if behind && outer == nil { lookbehindGroups = groupWidths.count }
                let body = try parseAlternation(verbose: verbose, nested: nested + 1, scoped: scoped)
                if behind && outer == nil { lookbehindGroups = nil }
                if !match(")") { throw error("missing ), unterminated subpattern", index - start) }
                if behind && body.min != body.max {
                    throw RegexModule.error("look-behind requires fixed-width pattern", pattern: nil, position: nil)
                }
                let opener = (behind ? "(?<" : "(?") + (kind == "=" ? "=" : "!")
                return Piece(icu: opener + body.icu + ")", min: 0, max: 0, kind: .item)
            case "(":
                throw error("Pipebook does not support conditional groups (?(...)...)", 3)
            case ">":
                capture = false
                atomic = true
            default:
                guard Flag.letters[char] != nil || char == "-" else {
                    throw error("unknown extension ?" + String(char), 2)
                }
                guard let (added, removed) = try inlineFlags(char) else {
                    if !first || itemsSoFar > 0 { throw error("global flags not at the start of the expression", index - start) }
                    verbose = flags & Flag.verbose != 0
                    return nil
                }
                add = added
                remove = removed
                capture = false
            }
        }
        var gid: Int?
        if capture {
            gid = groupWidths.count
            groupWidths.append(nil)
            groupEnds.append(0)
            if let name {
                if let old = groupNames.first(where: { $0.name == name }) {
                    throw error("redefinition of group name \(Interpreter.quote(name)) as group \(gid!); was group \(old.index)",
                                name.unicodeScalars.count + 1)
                }
                groupNames.append((name, gid!))
            }
        }
        let inner = Scope(add: (scoped.add | add) & ~remove, remove: (scoped.remove | remove) & ~add)
        let subVerbose = (verbose || add & Flag.verbose != 0) && remove & Flag.verbose == 0
        let body = try parseAlternation(verbose: subVerbose, nested: nested + 1, scoped: inner)
        if !match(")") { throw error("missing ), unterminated subpattern", index - start) }
        if let gid {
            groupWidths[gid] = (body.min, body.max)
            groupEnds[gid] = index
            return Piece(icu: "(" + body.icu + ")", min: body.min, max: body.max, kind: .group)
        }
        if atomic { return Piece(icu: "(?>" + body.icu + ")", min: body.min, max: body.max, kind: .group) }
        return Piece(icu: "(?:" + body.icu + ")", min: body.min, max: body.max, kind: .group)
    }

    /// `(?aiLmsux)`, `(?flags:...)` and `(?flags-flags:...)`: nil for global flags (recorded),
    /// otherwise the flags a group turns on and off.
    private mutating func inlineFlags(_ first: Unicode.Scalar) throws -> (Int, Int)? {
        var add = 0, remove = 0
        var char = first
        if char != "-" {
            while true {
                let flag = Flag.letters[char]!
                if char == "L" { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add |= flag
                if flag & Flag.typeFlags != 0 && add & Flag.typeFlags != flag {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                guard let t = try get() else { throw error("missing -, : or )") }
                char = t[0]
                if t.count == 1 && ")-:".unicodeScalars.contains(char) { break }
                guard t.count == 1, Flag.letters[char] != nil else {
                    throw error(char.properties.isAlphabetic && t.count == 1 ? "unknown flag" : "missing -, : or )", t.count)
                }
            }
        }
        if char == ")" {
            flags |= add
            return nil
        }
        if add & Flag.globalFlags != 0 { throw error("bad inline flags: cannot turn on global flag", 1) }
        if char == "-" {
            guard let t = try get() else { throw error("missing flag") }
            char = t[0]
            guard t.count == 1, Flag.letters[char] != nil else {
                throw error(char.properties.isAlphabetic && t.count == 1 ? "unknown flag" : "missing flag", t.count)
            }
            while true {
                let flag = Flag.letters[char]!
                if flag & Flag.typeFlags != 0 { throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                remove |= flag
                guard let t = try get() else { throw error("missing :") }
                char = t[0]
                if t == [":"] { break }
                guard t.count == 1, Flag.letters[char] != nil else {
                    throw error(char.properties.isAlphabetic && t.count == 1 ? "unknown flag" : "missing :", t.count)
                }
            }
        }
        if remove & Flag.globalFlags != 0 { throw error("bad inline flags: cannot turn off global flag", 1) }
        if add & remove != 0 { throw error("bad inline flags: flag turned on and off", 1) }
        return (add, remove)
    }
}
