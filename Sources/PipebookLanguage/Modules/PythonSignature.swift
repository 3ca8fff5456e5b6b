/// Binds the arguments of a function that CPython writes in Python (`os.path.join`,
/// `shutil.copy`, `csv.DictReader`), with the messages a Python function gives.
struct PythonSignature {
    let function: String
    /// Parameters that may be passed by position or by name, in order.
    let positional: [String]
    /// How many of `positional` have no default.
    let required: Int
    /// Parameters after `*`, by name only.
    let keywordOnly: [String]

    init(_ function: String, _ positional: [String], required: Int? = nil, keywordOnly: [String] = []) {
        self.function = function
        self.positional = positional
        self.required = required ?? positional.count
        self.keywordOnly = keywordOnly
    }

    /// The value of each parameter (positional ones, then keyword-only ones); nil when not given.
    func bind(_ args: Arguments) throws -> [Value?] {
        if args.count > positional.count {
            let takes = required == positional.count ? "\(positional.count)" : "from \(required) to \(positional.count)"
            let plural = positional.count == 1 && required == 1 ? "" : "s"
            let were = args.count == 1 ? "was" : "were"
            throw PyError.typeError("\(function)() takes \(takes) positional argument\(plural) but \(args.count) \(were) given")
        }
        let names = positional + keywordOnly
        var values = [Value?](repeating: nil, count: names.count)
        for (i, v) in args.positional.enumerated() { values[i] = v }
        for (name, value) in args.keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if values[i] != nil { throw PyError.typeError("\(function)() got multiple values for argument '\(name)'") }
            values[i] = value
        }
        let missing = (0..<required).filter { values[$0] == nil }.map { "'\(positional[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + (missing.count > 2 ? "," : "") + " and " + missing.last!
            let plural = missing.count == 1 ? "" : "s"
            throw PyError.typeError("\(function)() missing \(missing.count) required positional argument\(plural): \(list)")
        }
        return values
    }
}
