import Foundation

/// The methods of `str`.
extension BuiltinMethods {
    static func text(_ args: Arguments, _ method: String) throws -> String {
        guard let s = args.positional.first?.stringValue else {
            throw PyError.typeError("descriptor '\(method)' requires a 'str' object")
        }
        return s
    }

    /// The `sep` of split and rsplit, which may also be None (checked before this).
    static func separatorArgument(_ v: Value) throws -> String {
        guard let s = v.stringValue else {
            throw PyError.typeError("must be str or None, not \(v.typeName)")
        }
        return s
    }

    /// The receiver of a str method, checked as `text` checks it.
    static func receiverStr(_ v: Value, _ method: String) throws -> PyStr {
        guard let s = v.as(PyStr.self) else {
            throw PyError.typeError("descriptor '\(method)' requires a 'str' object")
        }
        return s
    }

    /// A piece cut out of a str: ASCII when the whole is, unknown (and found out when needed) otherwise.
    static func piece(_ text: String, ofASCII ascii: Bool) -> Value {
        .object(ascii ? PyStr(text, isASCII: true) : PyStr(text))
    }

    static func textArgument(_ v: Value, _ method: String) throws -> String {
        guard let s = v.stringValue else {
            throw PyError.typeError("must be str, not \(v.typeName)")
        }
        return s
    }

    static func installStr() {
        let str = BuiltinTypes.str
        str.construct = { interp, _, args in
            // The common case, str(x), without binding parameter names.
            if args.keywords.isEmpty && args.positional.count == 1 { return try strConversion(interp, args[0]) }
            let a = try args.bind("str", ["object", "encoding", "errors"])
            guard let x = a[0] else { return .str("") }
            if a[1] != nil, let b = x.as(PyBytes.self) { return .str(String(decoding: b.bytes, as: UTF8.self)) }
            if case .object(let s as PyStr) = x { return .object(s) }
            return .str(try interp.str(x))
        }
        // Each case mapping: the ASCII fast path (nil for other text), then the Unicode rule.
        let transforms: [(String, (String) -> String?, (String) -> String)] = [
            ("upper", { ASCIIText.mapBytes($0, ASCIIText.upper) }, { $0.uppercased() }),
            ("lower", { ASCIIText.mapBytes($0, ASCIIText.lower) }, { $0.lowercased() }),
            ("casefold", { ASCIIText.mapBytes($0, ASCIIText.lower) }, casefold),
            ("swapcase", { ASCIIText.mapBytes($0) { ASCIIText.isUpper($0) ? ASCIIText.lower($0) : ASCIIText.upper($0) } }, swapcase),
            ("title", ASCIIText.title, titlecase),
            ("capitalize", ASCIIText.capitalize, capitalize),
        ]
        for (name, ascii, unicode) in transforms {
            let transform = { (_: Interpreter, receiver: Value) throws -> Value in
                let s = try receiverStr(receiver, name).value
                if let mapped = ascii(s) { return .object(PyStr(mapped, isASCII: true)) }
                return .str(unicode(s))
            }
            let method = str.method(name) { interp, args in
                try args.expect(name, min: 1, max: 1)
                return try transform(interp, args[0])
            }
            method.call1 = transform
        }
        for (name, predicate) in [("isdigit", { (c: Unicode.Scalar) in c.properties.numericType == .decimal || c.properties.numericType == .digit }),
                                  ("isdecimal", { $0.properties.numericType == .decimal }),
                                  ("isnumeric", { $0.properties.numericType != nil }),
                                  ("isalpha", { $0.properties.isAlphabetic }),
                                  ("isalnum", { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
                                  ("isspace", { $0.properties.isWhitespace }),
                                  ("isascii", { $0.isASCII })] {
            str.method(name) { _, args in
                let s = try text(args, name)
                if name == "isascii" { return .bool(s.unicodeScalars.allSatisfy(predicate)) }
                return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(predicate))
            }
        }
        str.method("isupper") { _, args in
            let s = try text(args, "isupper")
            return .bool(s.contains { $0.isUppercase } && !s.contains { $0.isLowercase })
        }
        str.method("islower") { _, args in
            let s = try text(args, "islower")
            return .bool(s.contains { $0.isLowercase } && !s.contains { $0.isUppercase })
        }
        str.method("istitle") { _, args in
            let s = try text(args, "istitle")
            return .bool(titlecase(s) == s && s.contains { $0.isLetter })
        }
        str.method("isidentifier") { _, args in
            let s = try text(args, "isidentifier")
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return .false }
            return .bool(s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        str.method("isprintable") { _, args in
            .bool(try text(args, "isprintable").unicodeScalars.allSatisfy(Interpreter.isPrintable))
        }
        for name in ["strip", "lstrip", "rstrip"] {
            str.method(name) { _, args in
                try args.expect(name, min: 1, max: 2)
                let s = try text(args, name)
                let chars: Set<Unicode.Scalar>?
                if args.count == 2, !args[1].isNone { chars = Set(try textArgument(args[1], name).unicodeScalars) } else { chars = nil }
                let strip = { (c: Unicode.Scalar) in chars?.contains(c) ?? c.properties.isWhitespace }
                var scalars = Substring(s).unicodeScalars[...]
                if name != "rstrip" { while let f = scalars.first, strip(f) { scalars = scalars.dropFirst() } }
                if name != "lstrip" { while let l = scalars.last, strip(l) { scalars = scalars.dropLast() } }
                return .str(String(String.UnicodeScalarView(scalars)))
            }
        }
        let split = str.method("split") { interp, args in
            let a = try args.bind("split", ["self", "sep", "maxsplit"], required: 1)
            let s = try receiverStr(args.positional.first ?? Value.none, "split")
            let limit = try a[2].map { try interp.integerValue($0).map { Int($0) } ?? -1 } ?? -1
            return try splitList(s, a[1], limit: limit)
        }
        split.call1 = { _, receiver in try splitList(try receiverStr(receiver, "split"), nil, limit: -1) }
        split.call2 = { _, receiver, sep in try splitList(try receiverStr(receiver, "split"), sep, limit: -1) }
        str.method("rsplit") { interp, args in
            let a = try args.bind("rsplit", ["self", "sep", "maxsplit"], required: 1)
            let s = try text(args, "rsplit")
            let limit = try a[2].map { try interp.integerValue($0).map { Int($0) } ?? -1 } ?? -1
            if let sep = a[1], !sep.isNone {
                let separator = try separatorArgument(sep)
                if separator.isEmpty { throw PyError.valueError("empty separator") }
                return .object(PyList(rsplitOn(s, separator, limit: limit).map { .str($0) }))
            }
            let reversedParts = splitWhitespace(String(s.reversed()), limit: limit)
            return .object(PyList(reversedParts.reversed().map { .str(String($0.reversed())) }))
        }
        str.method("splitlines") { interp, args in
            let a = try args.bind("splitlines", ["self", "keepends"], required: 1)
            let keep = try a[1].map { try interp.isTrue($0) } ?? false
            var lines: [Value] = []
            var current = String.UnicodeScalarView()
            let scalars = Array(try text(args, "splitlines").unicodeScalars)
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                if "\n\r\u{0B}\u{0C}\u{1C}\u{1D}\u{1E}\u{85}\u{2028}\u{2029}".unicodeScalars.contains(c) {
                    var ending = String(c)
                    if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        ending = "\r\n"
                        i += 1
                    }
                    lines.append(.str(String(current) + (keep ? ending : "")))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(c)
                }
                i += 1
            }
            if !current.isEmpty { lines.append(.str(String(current))) }
            return .object(PyList(lines))
        }
        let joinMethod = str.method("join") { interp, args in
            try args.expect("join", min: 2, max: 2)
            return try join(interp, args[0], args[1])
        }
        joinMethod.call2 = join
        str.method("replace") { interp, args in
            try args.expect("replace", min: 3, max: 4)
            let s = try text(args, "replace")
            let old = try textArgument(args[1], "replace"), new = try textArgument(args[2], "replace")
            let count = args.count == 4 ? Int(try interp.integerValue(args[3]) ?? -1) : -1
            if old.isEmpty {
                // An empty `old` matches before every code point and at the end.
                let scalars = s.unicodeScalars.map(String.init)
                let n = count < 0 ? scalars.count + 1 : min(count, scalars.count + 1)
                return .str(scalars.prefix(n).map { new + $0 }.joined() + (n > scalars.count ? new : scalars.dropFirst(n).joined()))
            }
            let search = TextSearch(s, old)
            var result = ""
            var position = 0
            for hit in search.all(limit: count) {
                result += search.slice(position, hit) + new
                position = hit + search.needle.count
            }
            return .str(result + search.slice(position, search.text.count))
        }
        for name in ["find", "index", "rfind", "rindex", "count"] {
            str.method(name) { interp, args in
                try args.expect(name, min: 2, max: 4)
                let s = try interp.pyStr(args[0])
                let sub = try textArgument(args[1], name)
                let n = s.count
                func bound(_ k: Int, _ fallback: Int) throws -> Int {
                    guard args.count > k, !args[k].isNone else { return fallback }
                    guard let b = try interp.integerValue(args[k]).map({ Int($0) }) else {
                        throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
                    }
                    return b < 0 ? max(0, b + n) : min(b, n)
                }
                let start = try bound(2, 0), end = try bound(3, n)
                let haystack = start <= end ? s.substring(start..<end) : ""
                if name == "count" {
                    if start > end { return .int(0) }
                    if sub.isEmpty { return .int(haystack.unicodeScalars.count + 1) }
                    return .int(TextSearch(haystack, sub).all().count)
                }
                let reverse = name.hasPrefix("r")
                var found: Int?
                if start <= end {
                    if sub.isEmpty {
                        found = reverse ? end - start : 0
                    } else {
                        let search = TextSearch(haystack, sub)
                        found = (reverse ? search.last() : search.first()).map(search.codePoints(before:))
                    }
                }
                if let found { return .int(start + found) }
                if name.hasSuffix("index") { throw PyError.valueError("substring not found") }
                return .int(-1)
            }
        }
        for name in ["startswith", "endswith"] {
            str.method(name) { interp, args in
                try args.expect(name, min: 2, max: 4)
                let s = try interp.pyStr(args[0])
                let n = s.count
                func bound(_ k: Int, _ fallback: Int) -> Int {
                    guard args.count > k, case .int(let b) = args[k] else { return fallback }
                    return b < 0 ? max(0, b + n) : min(b, n)
                }
                let start = bound(2, 0), end = bound(3, n)
                if start > end { return .false }
                let part = s.substring(start..<end)
                let candidates: [Value]
                if let t = args[1].as(PyTuple.self) { candidates = t.items } else { candidates = [args[1]] }
                for c in candidates {
                    guard let prefix = c.stringValue else {
                        throw PyError.typeError("\(name) first arg must be str or a tuple of str, not \(c.typeName)")
                    }
                    let hit = name == "startswith" ? part.unicodeScalars.starts(with: prefix.unicodeScalars)
                        : part.unicodeScalars.reversed().starts(with: prefix.unicodeScalars.reversed())
                    if hit { return .true }
                }
                return .false
            }
        }
        for name in ["center", "ljust", "rjust"] {
            str.method(name) { interp, args in
                try args.expect(name, min: 2, max: 3)
                let s = try interp.pyStr(args[0])
                guard case .int(let width) = args[1] else { throw PyError.typeError("'\(args[1].typeName)' object cannot be interpreted as an integer") }
                var fill = " "
                if args.count == 3 {
                    guard let f = args[2].stringValue, f.unicodeScalars.count == 1 else {
                        throw PyError.typeError("The fill character must be exactly one character long")
                    }
                    fill = f
                }
                let padding = width - s.count
                if padding <= 0 { return args[0] }
                switch name {
                case "ljust": return .str(s.value + String(repeating: fill, count: padding))
                case "rjust": return .str(String(repeating: fill, count: padding) + s.value)
                default:
                    // CPython puts the odd space on the left when the width is odd.
                    let left = padding / 2 + (padding & width & 1)
                    return .str(String(repeating: fill, count: left) + s.value + String(repeating: fill, count: padding - left))
                }
            }
        }
        str.method("zfill") { interp, args in
            try args.expect("zfill", min: 2, max: 2)
            let s = try text(args, "zfill")
            guard case .int(let width) = args[1] else { throw PyError.typeError("integer argument expected") }
            let n = s.unicodeScalars.count
            if width <= n { return args[0] }
            var body = Substring(s)
            var sign = ""
            if let f = body.first, f == "+" || f == "-" {
                sign = String(f)
                body = body.dropFirst()
            }
            return .str(sign + String(repeating: "0", count: width - n) + body)
        }
        for name in ["partition", "rpartition"] {
            str.method(name) { _, args in
                try args.expect(name, min: 2, max: 2)
                let s = try text(args, name)
                let sep = try textArgument(args[1], name)
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let search = TextSearch(s, sep)
                guard let hit = name == "partition" ? search.first() : search.last() else {
                    return .object(PyTuple(name == "partition" ? [.str(s), .str(""), .str("")] : [.str(""), .str(""), .str(s)]))
                }
                let end = hit + search.needle.count
                return .object(PyTuple([.str(search.slice(0, hit)), .str(sep), .str(search.slice(end, search.text.count))]))
            }
        }
        str.method("removeprefix") { _, args in
            let s = try text(args, "removeprefix"), p = try textArgument(args[1], "removeprefix")
            return .str(s.utf8.starts(with: p.utf8) ? String(decoding: s.utf8.dropFirst(p.utf8.count), as: UTF8.self) : s)
        }
        str.method("removesuffix") { _, args in
            let s = try text(args, "removesuffix"), p = try textArgument(args[1], "removesuffix")
            return .str(s.utf8.reversed().starts(with: p.utf8.reversed()) ? String(decoding: s.utf8.dropLast(p.utf8.count), as: UTF8.self) : s)
        }
        str.method("expandtabs") { _, args in
            let s = try text(args, "expandtabs")
            var tab = 8
            if args.count > 1, case .int(let t) = args[1] { tab = t }
            var out = ""
            var column = 0
            for c in s {
                if c == "\t" {
                    let spaces = tab > 0 ? tab - column % tab : 0
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    out.append(c)
                    column = (c == "\n" || c == "\r") ? 0 : column + 1
                }
            }
            return .str(out)
        }
        str.method("format") { interp, args in
            .str(try interp.formatMethod(try text(args, "format"), Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)))
        }
        str.method("format_map") { interp, args in
            let keywords = try interp.mappingItems(args[1]).compactMap { k, v in k.stringValue.map { ($0, v) } }
            return .str(try interp.formatMethod(try text(args, "format_map"), Arguments([], keywords: keywords)))
        }
        str.method("__mod__") { interp, args in .str(try interp.percentFormat(try text(args, "__mod__"), args[1])) }
    }

    /// Full Unicode case folding for the letters that fold to more than their lower case.
    private static func casefold(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() {
            switch c {
            case "ß": out += "ss"
            case "ſ": out += "s"
            case "ς": out += "σ"
            case "ﬁ": out += "fi"
            case "ﬂ": out += "fl"
            default: out.append(c)
            }
        }
        return out
    }

    /// A character's other case may be several characters (`ß` is `SS` in upper case).
    private static func swapcase(_ s: String) -> String {
        var out = ""
        for c in s { out += c.isUppercase ? c.lowercased() : c.isLowercase ? c.uppercased() : String(c) }
        return out
    }

    /// Python's title(): a cased character after a cased one is lower case, any other one
    /// title case (which differs from upper case for a few letters such as `ǆ`).
    private static func titlecase(_ s: String) -> String {
        func isCased(_ scalar: Unicode.Scalar) -> Bool {
            let p = scalar.properties
            return p.isLowercase || p.isUppercase || p.generalCategory == .titlecaseLetter
        }
        let scalars = Array(s.unicodeScalars)
        var out = ""
        var previousCased = false
        for (i, scalar) in scalars.enumerated() {
            if !previousCased {
                out += scalar.properties.titlecaseMapping
            } else if scalar == "\u{3A3}" && (i + 1 == scalars.count || !isCased(scalars[i + 1])) {
                out += "\u{3C2}"  // capital sigma ending a word lowers to final sigma, as CPython does
            } else {
                out += scalar.properties.lowercaseMapping
            }
            previousCased = isCased(scalar)
        }
        return out
    }

    /// Python's capitalize(): the first character in title case, the rest lower case.
    private static func capitalize(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        return first.properties.titlecaseMapping + String(s.unicodeScalars.dropFirst()).lowercased()
    }

    /// `s.split(sep, limit)`, `sep` nil or None for runs of whitespace.
    static func splitList(_ s: PyStr, _ sep: Value?, limit: Int) throws -> Value {
        let ascii = s.isASCII
        if let sep, !sep.isNone {
            let separator = try separatorArgument(sep)
            if separator.isEmpty { throw PyError.valueError("empty separator") }
            if separator.utf8.count == 1 { return .object(PyList(splitOnByte(s.value, separator.utf8.first!, limit: limit, ascii: ascii))) }
            return .object(PyList(splitOn(s.value, separator, limit: limit).map { piece($0, ofASCII: ascii) }))
        }
        return .object(PyList(splitWhitespace(s.value, limit: limit).map { piece($0, ofASCII: ascii) }))
    }

    static func splitOn(_ s: String, _ separator: String, limit: Int) -> [String] {
        let search = TextSearch(s, separator)
        var parts: [String] = []
        var position = 0
        for hit in search.all(limit: limit) {
            parts.append(search.slice(position, hit))
            position = hit + search.needle.count
        }
        parts.append(search.slice(position, search.text.count))
        return parts
    }

    /// The common `split(",")`: a one-byte separator is ASCII, which never occurs inside another
    /// character's UTF-8, so the text's own bytes are cut where it stands, with no copy first.
    private static func splitOnByte(_ s: String, _ separator: UInt8, limit: Int, ascii: Bool) -> [Value] {
        var s = s
        return s.withUTF8 { bytes in
            func part(_ range: Range<Int>) -> Value {
                piece(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), ofASCII: ascii)
            }
            // Counted first, so that the array is allocated once.
            var cuts = 0
            for byte in bytes where byte == separator { cuts += 1 }
            var parts: [Value] = []
            parts.reserveCapacity(1 + (limit >= 0 ? min(cuts, limit) : cuts))
            var start = 0
            for i in 0..<bytes.count where bytes[i] == separator {
                if limit >= 0 && parts.count == limit { break }
                parts.append(part(start..<i))
                start = i + 1
            }
            parts.append(part(start..<bytes.count))
            return parts
        }
    }

    /// `sep.join(iterable)`: the length is added up first, then the bytes are copied straight
    /// into the new text, which is allocated once.
    static func join(_ interp: Interpreter, _ receiver: Value, _ iterable: Value) throws -> Value {
        let sep = try receiverStr(receiver, "join").value
        let items = try joinItems(interp, iterable)
        var length = sep.utf8.count * max(items.count - 1, 0)
        for (i, v) in items.enumerated() {
            guard let s = v.as(PyStr.self) else {
                throw PyError.typeError("sequence item \(i): expected str instance, \(v.typeName) found")
            }
            length += s.value.utf8.count
        }
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            func copy(_ part: String) {
                end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(from: part.utf8).1
            }
            for (i, v) in items.enumerated() {
                if i > 0 { copy(sep) }
                copy(v.stringValue!)
            }
            return end
        }
        return .str(text)
    }

    /// The items `join` joins. A TypeError from getting the iterator becomes CPython's own
    /// message; one raised while iterating goes through as it is.
    private static func joinItems(_ interp: Interpreter, _ iterable: Value) throws -> [Value] {
        if case .object(let o) = iterable, o.type === BuiltinTypes.list || o.type === BuiltinTypes.tuple {
            return try interp.iterateToArray(iterable)
        }
        let iterator: PyIterator
        do {
            iterator = try interp.iterate(iterable)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.typeError) {
            throw PyError.typeError("can only join an iterable")
        }
        var items: [Value] = []
        while let v = try iterator.next() {
            items.append(v)
            try interp.checkInterrupt()
        }
        return items
    }

    /// `rsplit(separator)`: matches taken from the right, so overlapping ones pair as CPython pairs them.
    static func rsplitOn(_ s: String, _ separator: String, limit: Int) -> [String] {
        let search = TextSearch(s, separator)
        var parts: [String] = []
        var end = search.text.count
        while limit < 0 || parts.count < limit, let hit = search.last(before: end) {
            parts.append(search.slice(hit + search.needle.count, end))
            end = hit
        }
        parts.append(search.slice(0, end))
        return parts.reversed()
    }

    static func splitWhitespace(_ s: String, limit: Int) -> [String] {
        if let words = ASCIIText.splitWhitespace(s, limit: limit) { return words }
        var parts: [String] = []
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
            if i == scalars.count { break }
            if limit >= 0 && parts.count == limit {
                parts.append(String(String.UnicodeScalarView(scalars[i...])))
                return parts
            }
            let start = i
            while i < scalars.count && !scalars[i].properties.isWhitespace { i += 1 }
            parts.append(String(String.UnicodeScalarView(scalars[start..<i])))
        }
        return parts
    }
}

extension Interpreter {
    func pyStr(_ v: Value) throws -> PyStr {
        guard let s = v.as(PyStr.self) else { throw PyError.typeError("descriptor requires a 'str' object but received a '\(v.typeName)'") }
        return s
    }

    /// `str.format`: fields `{name.attr[key]!conv:spec}` with automatic or manual numbering.
    func formatMethod(_ template: String, _ args: Arguments) throws -> String {
        var autoIndex = 0
        var manual = false
        return try formatTemplate(template, args, &autoIndex, &manual)
    }

    /// Formats `template`; a field's nested spec (`{:{}}`) goes on with the same numbering,
    /// after the field itself, as CPython numbers them.
    private func formatTemplate(_ template: String, _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool) throws -> String {
        var out = ""
        let chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" {
                    out.append("{")
                    i += 2
                    continue
                }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                guard j < chars.count else { throw PyError.valueError("expected '}' before end of string") }
                let field = String(chars[(i + 1)..<j])
                out += try formatField(field, args, &autoIndex, &manual)
                i = j + 1
            } else if c == "}" {
                guard i + 1 < chars.count && chars[i + 1] == "}" else {
                    throw PyError.valueError("Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private func formatField(_ field: String, _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool) throws -> String {
        var name = field
        var spec = ""
        var conversion: Character?
        if let colon = Self.fieldSplit(field, ":") {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            let conv = name[name.index(after: bang)...]
            guard conv.count == 1 else { throw PyError.valueError("expected ':' after conversion specifier") }
            conversion = conv.first
            name = String(name[..<bang])
        }
        // The first part is an index or a keyword; then `.attr` and `[key]` parts.
        var head = name
        var rest = ""
        if let cut = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
            head = String(name[..<cut])
            rest = String(name[cut...])
        }
        var value: Value
        if head.isEmpty {
            if manual { throw PyError.valueError("cannot switch from manual field specification to automatic field numbering") }
            guard autoIndex < args.count else {
                throw PyError.indexError("Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args[autoIndex]
            autoIndex += 1
        } else if let index = Int(head) {
            if autoIndex > 0 { throw PyError.valueError("cannot switch from automatic field numbering to manual field specification") }
            manual = true
            guard index < args.count else {
                throw PyError.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            value = args[index]
        } else {
            guard let v = args.keywords.first(where: { $0.name == head })?.value else { throw PyError.keyError(.str(head)) }
            value = v
        }
        var r = Substring(rest)
        while let first = r.first {
            if first == "." {
                r = r.dropFirst()
                let attr = r.prefix { $0 != "." && $0 != "[" }
                value = try getAttribute(value, String(attr))
                r = r.dropFirst(attr.count)
            } else {
                r = r.dropFirst()
                let key = r.prefix { $0 != "]" }
                r = r.dropFirst(key.count + 1)
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(String(key)))
            }
        }
        switch conversion {
        case "r": value = .str(try repr(value))
        case "s": value = .str(try str(value))
        case "a": value = .str(Self.ascii(try repr(value)))
        case nil: break
        default: throw PyError.valueError("Unknown conversion specifier \(conversion!)")
        }
        if spec.contains("{") { spec = try formatTemplate(spec, args, &autoIndex, &manual) }
        return try format(value, spec)
    }

    /// The first `:` not inside brackets, which separates a field from its spec.
    private static func fieldSplit(_ field: String, _ separator: Character) -> String.Index? {
        var depth = 0
        for i in field.indices {
            switch field[i] {
            case "[": depth += 1
            case "]": depth -= 1
            case separator where depth == 0: return i
            default: break
            }
        }
        return nil
    }
}
