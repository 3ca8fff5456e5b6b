import BigInt
import Foundation

/// `re.Pattern`: a compiled regular expression, matched with NSRegularExpression on the ICU
/// translation of the Python pattern, scanning strings as CPython's `_sre` does.
final class RegexPattern: PyObject, NativeAttributes, NativeRepresentable {
    let pattern: String
    let translation: RegexTranslator.Result
    private let regex: NSRegularExpression
    /// For `fullmatch`: the pattern followed by the end of the searched text.
    private lazy var wholeRegex = try? NSRegularExpression(pattern: "(?:" + translation.icu + ")\\z", options: options)
    /// After an empty match, CPython tries for a non-empty one at the same place: the pattern
    /// that cannot end where the search starts.
    private lazy var nonEmptyRegex = try? NSRegularExpression(pattern: "(?:" + translation.icu + ")(?!\\A)", options: options)
    private let options: NSRegularExpression.Options

    init(pattern: String, flags: Int) throws {
        self.pattern = pattern
        translation = try RegexTranslator.translate(pattern, flags: flags)
        options = [.useUnixLineSeparators]
        do {
            regex = try NSRegularExpression(pattern: "(?:" + translation.icu + ")", options: options)
        } catch {
            throw RegexModule.error("Pipebook does not support this pattern (ICU rejects its translation)",
                                    pattern: pattern, position: nil)
        }
    }

    override var type: PyType { Self.type }

    var groupCount: Int { translation.groupCount }

    func groupIndex(named name: String) -> Int? {
        translation.groupNames.first { $0.name == name }?.index
    }

    // MARK: Matching

    private static let searchOptions: NSRegularExpression.MatchingOptions = [.withTransparentBounds]

    /// One match: anchored at `pos` (`match`), covering the rest (`fullmatch`) or anywhere (`search`).
    func firstMatch(_ subject: RegexSubject, from pos: Int, anchored: Bool, whole: Bool) -> RegexMatch? {
        let start = subject.utf16(pos)
        guard start <= subject.utf16Count else { return nil }
        let engine = whole ? wholeRegex : regex
        let options = anchored || whole ? Self.searchOptions.union(.anchored) : Self.searchOptions
        guard let result = engine?.firstMatch(in: subject.text, options: options,
                                              range: NSRange(location: start, length: subject.utf16Count - start)) else {
            return nil
        }
        return RegexMatch(pattern: self, subject: subject, spans: subject.spans(result), pos: pos)
    }

    /// Successive matches from `pos` as CPython finds them: after an empty match, the next
    /// may not be empty at the same place. At most `limit` of them when it is positive.
    func matches(_ subject: RegexSubject, from pos: Int, limit: Int = 0) -> [RegexMatch] {
        var found: [RegexMatch] = []
        let start = subject.utf16(pos)
        guard start <= subject.utf16Count else { return [] }
        if translation.minWidth > 0 || !translation.mayPreferEmpty {
            // ICU's own scan then agrees with CPython's: it never passes over a longer match for an empty one.
            regex.enumerateMatches(in: subject.text, options: Self.searchOptions,
                                   range: NSRange(location: start, length: subject.utf16Count - start)) { result, _, stop in
                guard let result else { return }
                found.append(RegexMatch(pattern: self, subject: subject, spans: subject.spans(result), pos: pos))
                if limit > 0 && found.count >= limit { stop.pointee = true }
            }
            return found
        }
        var position = start
        var mustAdvance = false
        let end = subject.utf16Count
        while position <= end && (limit <= 0 || found.count < limit) {
            var result: NSTextCheckingResult?
            if mustAdvance {
                result = nonEmptyRegex?.firstMatch(in: subject.text, options: Self.searchOptions.union(.anchored),
                                                   range: NSRange(location: position, length: end - position))
                if result == nil {
                    if position >= end { break }
                    position = subject.utf16(subject.codePoint(position) + 1)
                }
            }
            if result == nil {
                result = regex.firstMatch(in: subject.text, options: Self.searchOptions,
                                          range: NSRange(location: position, length: end - position))
            }
            guard let result else { break }
            found.append(RegexMatch(pattern: self, subject: subject, spans: subject.spans(result), pos: pos))
            mustAdvance = result.range.length == 0
            position = result.range.location + result.range.length
        }
        return found
    }

    // MARK: Python

    /// The string and `pos`/`endpos` arguments of the search methods, clamped as CPython clamps them.
    private static func subject(_ args: [Value?], _ interp: Interpreter) throws -> (RegexSubject, Int)? {
        let string = try RegexModule.string(args[0]!)
        let length = string.count
        func clamp(_ v: Value?, _ fallback: Int) throws -> Int {
            guard let v else { return fallback }
            guard let n = try interp.integerValue(v) else {
                throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            return Int(max(0, min(n, BigInt(length))))
        }
        let pos = try clamp(args[1], 0), endpos = try clamp(args[2], length)
        if pos > endpos { return nil }
        return (RegexSubject(string, endpos: endpos), pos)
    }

    /// Replacements for `sub`/`subn`: the new string and how many were made.
    func substitute(_ replacement: Value, in string: PyStr, count: Int, _ interp: Interpreter) throws -> (String, Int) {
        let subject = RegexSubject(string, endpos: string.count)
        let template: RegexTemplate?
        if let text = replacement.stringValue {
            template = try RegexTemplate(text, pattern: self)
        } else if replacement.as(PyBytes.self) != nil {
            throw PyError.unsupported("bytes patterns and replacements in re")
        } else if Self.isCallable(replacement) {
            template = nil
        } else {
            throw PyError.typeError("decoding to str: need a bytes-like object, \(replacement.typeName) found")
        }
        let found = matches(subject, from: 0, limit: count)
        var pieces: [Value] = []
        var last = 0
        for m in found {
            let span = m.spans[0]!
            if last < span.lowerBound { pieces.append(.str(string.substring(last..<span.lowerBound))) }
            if let template {
                let text = template.expand(m)
                if !text.isEmpty { pieces.append(.str(text)) }
            } else {
                let item = try interp.callValue(replacement, Arguments([.object(m)]))
                if !item.isNone { pieces.append(item) }
            }
            last = span.upperBound
        }
        if last < string.count { pieces.append(.str(string.substring(last..<string.count))) }
        var out = ""
        for (i, piece) in pieces.enumerated() {
            guard let s = piece.stringValue else {
                throw PyError.typeError("sequence item \(i): expected str instance, \(piece.typeName) found")
            }
            out += s
        }
        return (out, found.count)
    }

    /// Python's `callable()`.
    private static func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "pattern": return .str(pattern)
        case "flags": return .int(translation.flags)
        case "groups": return .int(groupCount)
        case "groupindex":
            let d = PyDict()
            for (name, index) in translation.groupNames { d.set(name, .int(index)) }
            return d.count == 0 ? .object(d) : .object(MappingProxy(d))
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        var flags = translation.flags
        if flags & (RegexTranslator.Flag.locale | RegexTranslator.Flag.unicode | RegexTranslator.Flag.ascii)
            == RegexTranslator.Flag.unicode {
            flags &= ~RegexTranslator.Flag.unicode
        }
        var names: [String] = []
        for (name, value) in RegexModule.flagNames where flags & value != 0 {
            names.append("re." + name)
            flags &= ~value
        }
        if flags != 0 { names.append("0x" + String(flags, radix: 16)) }
        let text = String(Interpreter.quote(pattern).prefix(200))
        return names.isEmpty ? "re.compile(\(text))" : "re.compile(\(text), \(names.joined(separator: "|")))"
    }

    static let type: PyType = {
        let t = PyType(name: "Pattern", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "re")
        let searchParameters = ["string", "pos", "endpos"]
        for (name, anchored, whole) in [("match", true, false), ("search", false, false), ("fullmatch", false, true)] {
            t.method(name) { interp, args in
                let p = try receiver(args)
                let bound = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                    .bind(name, searchParameters, required: 1)
                guard let (subject, pos) = try subject(bound, interp) else { return .none }
                return p.firstMatch(subject, from: pos, anchored: anchored, whole: whole).map { .object($0) } ?? Value.none
            }
        }
        t.method("findall") { interp, args in
            let p = try receiver(args)
            let bound = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("findall", searchParameters, required: 1)
            guard let (subject, pos) = try subject(bound, interp) else { return .object(PyList()) }
            return .object(PyList(p.matches(subject, from: pos).map { $0.findallItem }))
        }
        t.method("finditer") { interp, args in
            let p = try receiver(args)
            let bound = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("finditer", searchParameters, required: 1)
            let found = try subject(bound, interp).map { p.matches($0.0, from: $0.1) } ?? []
            return .object(ArrayIterator(found.map { .object($0) }, name: "callable_iterator"))
        }
        for name in ["sub", "subn"] {
            t.method(name) { interp, args in
                let p = try receiver(args)
                let bound = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                    .bind(name, ["repl", "string", "count"], required: 2)
                let string = try RegexModule.string(bound[1]!)
                let count = try bound[2].map(wholeNumber) ?? 0
                let (text, n) = try p.substitute(bound[0]!, in: string, count: max(count, 0), interp)
                if count < 0 { return name == "sub" ? .object(string) : .object(PyTuple([.object(string), .int(0)])) }
                return name == "sub" ? .str(text) : .object(PyTuple([.str(text), .int(n)]))
            }
        }
        t.method("split") { interp, args in
            let p = try receiver(args)
            let bound = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .bind("split", ["string", "maxsplit"], required: 1)
            let string = try RegexModule.string(bound[0]!)
            let maxsplit = try bound[1].map(wholeNumber) ?? 0
            if maxsplit < 0 { return .object(PyList([.object(string)])) }
            var pieces: [Value] = []
            var last = 0
            for m in p.matches(RegexSubject(string, endpos: string.count), from: 0, limit: maxsplit) {
                pieces.append(.str(string.substring(last..<m.spans[0]!.lowerBound)))
                for g in 1..<(p.groupCount + 1) { pieces.append(m.group(g)) }
                last = m.spans[0]!.upperBound
            }
            pieces.append(.str(string.substring(last..<string.count)))
            return .object(PyList(pieces))
        }
        t.method("__eq__") { _, args in
            guard let other = args[1].as(RegexPattern.self) else { return .object(PyNotImplemented.shared) }
            let p = try receiver(args)
            return .bool(p.pattern == other.pattern && p.translation.flags == other.translation.flags)
        }
        t.method("__hash__") { _, args in
            let p = try receiver(args)
            return .int(PyStr.hash(of: p.pattern) ^ p.translation.flags)
        }
        t.method("scanner") { _, _ in throw PyError.unsupported("Pattern.scanner()") }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> RegexPattern {
        guard let p = args.positional.first?.as(RegexPattern.self) else {
            throw PyError.typeError("descriptor requires a 're.Pattern' object")
        }
        return p
    }
}
