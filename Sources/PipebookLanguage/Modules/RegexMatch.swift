/// `re.Match`: where a pattern matched, in code points, and what each group captured.
final class RegexMatch: PyObject, NativeAttributes, NativeRepresentable {
    let pattern: RegexPattern
    let subject: RegexSubject
    /// Group 0 (the whole match) and every group; nil for groups that did not take part.
    let spans: [Range<Int>?]
    let pos: Int

    init(pattern: RegexPattern, subject: RegexSubject, spans: [Range<Int>?], pos: Int) {
        self.pattern = pattern
        self.subject = subject
        self.spans = spans
        self.pos = pos
    }

    override var type: PyType { Self.type }

    /// What group `i` captured, or `fallback` if it did not take part.
    func group(_ i: Int, default fallback: Value = .none) -> Value {
        guard let span = spans[i] else { return fallback }
        return .str(subject.string.substring(span))
    }

    /// The group a `group()` argument names: an index or a group name.
    func groupNumber(_ v: Value, _ interp: Interpreter) throws -> Int {
        if let name = v.stringValue, let i = pattern.groupIndex(named: name) { return i }
        var number: Int?
        switch v {
        case .int(let i): number = i
        case .bool(let b): number = b ? 1 : 0
        case .object(is PyStr): number = nil
        default: number = try interp.indexValue(v)
        }
        if let i = number, i >= 0, i < spans.count { return i }
        throw PyError.indexError("no such group")
    }

    /// `lastindex`: the group that closed last; of groups ending at the same place, the one
    /// whose `)` comes later in the pattern.
    var lastIndex: Int? {
        var best: Int?
        for i in 1..<spans.count {
            guard let span = spans[i] else { continue }
            if let b = best, let bestSpan = spans[b] {
                let later = span.upperBound > bestSpan.upperBound
                    || (span.upperBound == bestSpan.upperBound && pattern.translation.groupEnds[i] > pattern.translation.groupEnds[b])
                if !later { continue }
            }
            best = i
        }
        return best
    }

    /// What `findall` lists for this match: the whole match, the only group, or a tuple of groups.
    var findallItem: Value {
        switch pattern.groupCount {
        case 0: return group(0)
        case 1: return group(1, default: .str(""))
        default: return .object(PyTuple((1...pattern.groupCount).map { group($0, default: .str("")) }))
        }
    }

    private func span(_ i: Int) -> (Int, Int) {
        spans[i].map { ($0.lowerBound, $0.upperBound) } ?? (-1, -1)
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "string": return .object(subject.string)
        case "re": return .object(pattern)
        case "pos": return .int(pos)
        case "endpos": return .int(subject.endpos)
        case "lastindex": return lastIndex.map { .int($0) } ?? Value.none
        case "lastgroup":
            guard let i = lastIndex, let name = pattern.translation.groupNames.first(where: { $0.index == i })?.name else { return .none }
            return .str(name)
        case "regs": return .object(PyTuple(spans.indices.map { i in
            let (a, b) = span(i)
            return .object(PyTuple([.int(a), .int(b)]))
        }))
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        let (a, b) = span(0)
        return "<re.Match object; span=(\(a), \(b)), match=\(try interp.repr(group(0)))>"
    }

    static let type: PyType = {
        let t = PyType(name: "Match", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "re")
        t.method("group") { interp, args in
            let m = try receiver(args)
            let requested = Array(args.positional.dropFirst())
            if !args.keywords.isEmpty { throw PyError.typeError("group() takes no keyword arguments") }
            if requested.isEmpty { return m.group(0) }
            let values = try requested.map { m.group(try m.groupNumber($0, interp)) }
            return values.count == 1 ? values[0] : .object(PyTuple(values))
        }
        t.method("__getitem__") { interp, args in
            try args.expect("__getitem__", min: 2, max: 2)
            let m = try receiver(args)
            return m.group(try m.groupNumber(args[1], interp))
        }
        t.method("groups") { _, args in
            let m = try receiver(args)
            let fallback = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords).bind("groups", ["default"])[0] ?? Value.none
            return .object(PyTuple(m.spans.indices.dropFirst().map { m.group($0, default: fallback) }))
        }
        t.method("groupdict") { interp, args in
            let m = try receiver(args)
            let fallback = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords).bind("groupdict", ["default"])[0] ?? Value.none
            let d = PyDict()
            for (name, index) in m.pattern.translation.groupNames { try d.set(.str(name), m.group(index, default: fallback), interp) }
            return .object(d)
        }
        for name in ["start", "end", "span"] {
            t.method(name) { interp, args in
                try args.expect(name, min: 1, max: 2)
                let m = try receiver(args)
                let (a, b) = m.span(args.count > 1 ? try m.groupNumber(args[1], interp) : 0)
                switch name {
                case "start": return .int(a)
                case "end": return .int(b)
                default: return .object(PyTuple([.int(a), .int(b)]))
                }
            }
        }
        t.method("expand") { _, args in
            try args.expect("expand", min: 2, max: 2)
            let m = try receiver(args)
            guard let text = args[1].stringValue else { throw PyError.typeError("expected str instance, \(args[1].typeName) found") }
            return .str(try RegexTemplate(text, pattern: m.pattern).expand(m))
        }
        t.method("__copy__") { _, args in args[0] }
        t.method("__deepcopy__") { _, args in args[0] }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> RegexMatch {
        guard let m = args.positional.first?.as(RegexMatch.self) else {
            throw PyError.typeError("descriptor requires a 're.Match' object")
        }
        return m
    }
}
