import Foundation

/// The methods of `bytes`, and `str.encode`, its way in. Case and character classes are
/// ASCII-only, as in CPython.
extension BuiltinMethods {
    static func installBytes() {
        let bytes = BuiltinTypes.bytes
        installBytesCodecs(bytes)
        installBytesCase(bytes)
        installBytesSearch(bytes)
        installBytesSplitting(bytes)
        for name in ["center", "expandtabs", "istitle", "ljust", "maketrans", "rjust", "title",
                     "translate", "zfill"] {
            bytes.method(name) { _, _ in throw PyError.unsupported("bytes.\(name)()") }
        }
    }

    /// The receiver of a bytes method.
    private static func receiver(_ args: Arguments, _ method: String) throws -> [UInt8] {
        guard let b = args.positional.first?.as(PyBytes.self) else {
            let got = args.positional.first?.typeName ?? "nothing"
            throw PyError.typeError("descriptor '\(method)' for 'bytes' objects doesn't apply to a '\(got)' object")
        }
        return b.bytes
    }

    /// An argument that must be bytes.
    private static func bytesArgument(_ v: Value) throws -> [UInt8] {
        guard let b = v.as(PyBytes.self) else {
            throw PyError.typeError("a bytes-like object is required, not '\(v.typeName)'")
        }
        return b.bytes
    }

    /// An int argument that must fit a machine word (a count, a width, an index).
    private static func intArgument(_ v: Value, _ interp: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if let i = try interp.indexValue(v) { return i }
            if v.bigIntValue != nil { throw PyError.overflow("Python int too large to convert to C ssize_t") }
            throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    private static let asciiWhitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]

    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    private static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    private static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    // MARK: Encoding and decoding

    private static func installBytesCodecs(_ bytes: PyType) {
        BuiltinTypes.str.method("encode") { _, args in
            let a = try args.bind("encode", ["self", "encoding", "errors"], required: 1)
            let encoding = try TextEncoding(name: try codecArgument(a[1], "encoding", "encode") ?? "utf-8",
                                            errors: try codecArgument(a[2], "errors", "encode") ?? "strict")
            var encoded = try encoding.encode(try text(args, "encode"))
            if encoding.codec == .utf8WithSignature { encoded.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
            return .object(PyBytes(encoded))
        }
        bytes.method("decode") { _, args in
            let a = try args.bind("decode", ["self", "encoding", "errors"], required: 1)
            let encoding = try TextEncoding(name: try codecArgument(a[1], "encoding", "decode") ?? "utf-8",
                                            errors: try codecArgument(a[2], "errors", "decode") ?? "strict")
            var data = try receiver(args, "decode")[...]
            if encoding.codec == .utf8WithSignature && data.starts(with: [0xEF, 0xBB, 0xBF]) {
                data = data.dropFirst(3)
            }
            return .str(try encoding.decode(data).text)
        }
        bytes.method("hex") { interp, args in
            let a = try args.bind("hex", ["self", "sep", "bytes_per_sep"], required: 1)
            let digits = try receiver(args, "hex").map { String($0, radix: 16).leftPadded(to: 2) }
            guard let sepValue = a[1] else { return .str(digits.joined()) }
            let sep = try hexSeparator(sepValue)
            let every = try a[2].map { try intArgument($0, interp) } ?? 1
            return .str(groupHexDigits(digits, separator: sep, every: every))
        }
        bytes.classMethod("fromhex") { _, args in
            try args.expect("fromhex", min: 2, max: 2)
            guard let s = args[1].stringValue else {
                throw PyError.typeError("fromhex() argument must be str, not \(args[1].typeName)")
            }
            return .object(PyBytes(try parseHex(s)))
        }
    }

    private static func codecArgument(_ v: Value?, _ name: String, _ method: String) throws -> String? {
        guard let v else { return nil }
        guard let s = v.stringValue else {
            throw PyError.typeError("\(method)() argument '\(name)' must be str, not \(v.typeName)")
        }
        return s
    }

    private static func hexSeparator(_ v: Value) throws -> String {
        let sep: String
        if let s = v.stringValue {
            sep = s
        } else if let b = v.as(PyBytes.self) {
            sep = String(decoding: b.bytes, as: UTF8.self)
        } else {
            throw PyError.typeError("sep must be str or bytes.")
        }
        guard sep.unicodeScalars.count == 1 else { throw PyError.valueError("sep must be length 1.") }
        guard sep.unicodeScalars.first!.isASCII else { throw PyError.valueError("sep must be ASCII.") }
        return sep
    }

    /// Groups of `|every|` bytes, counted from the right when `every` is positive and from the
    /// left when it is negative.
    private static func groupHexDigits(_ digits: [String], separator: String, every: Int) -> String {
        let size = every.magnitude == 0 ? digits.count : Int(every.magnitude)
        guard size > 0, digits.count > size else { return digits.joined() }
        var groups: [String] = []
        if every > 0 {
            var end = digits.count
            while end > 0 {
                groups.insert(digits[max(0, end - size)..<end].joined(), at: 0)
                end -= size
            }
        } else {
            var start = 0
            while start < digits.count {
                groups.append(digits[start..<min(digits.count, start + size)].joined())
                start += size
            }
        }
        return groups.joined(separator: separator)
    }

    /// bytes.fromhex: pairs of hex digits, with whitespace allowed between the pairs.
    private static func parseHex(_ s: String) throws -> [UInt8] {
        let chars = Array(s.unicodeScalars)
        var out: [UInt8] = []
        var i = 0
        func digit(_ k: Int) throws -> UInt8 {
            guard k < chars.count, chars[k].isASCII, let d = UInt8(String(chars[k]), radix: 16) else {
                throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(k)")
            }
            return d
        }
        while i < chars.count {
            if chars[i].isASCII && asciiWhitespace.contains(UInt8(chars[i].value)) {
                i += 1
                continue
            }
            let high = try digit(i)
            out.append(high << 4 | (try digit(i + 1)))
            i += 2
        }
        return out
    }

    // MARK: Case and character classes

    private static func installBytesCase(_ bytes: PyType) {
        let transforms: [(String, ([UInt8]) -> [UInt8])] = [
            ("upper", { $0.map(upper) }),
            ("lower", { $0.map(lower) }),
            ("swapcase", { $0.map { isUpper($0) ? lower($0) : upper($0) } }),
            ("capitalize", { b in b.isEmpty ? b : [upper(b[0])] + b.dropFirst().map(lower) }),
        ]
        for (name, transform) in transforms {
            bytes.method(name) { _, args in
                try args.expect(name, min: 1, max: 1)
                return .object(PyBytes(transform(try receiver(args, name))))
            }
        }
        let classes: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit),
            ("isalpha", { isUpper($0) || isLower($0) }),
            ("isalnum", { isUpper($0) || isLower($0) || isDigit($0) }),
            ("isspace", { asciiWhitespace.contains($0) }),
        ]
        for (name, member) in classes {
            bytes.method(name) { _, args in
                let b = try receiver(args, name)
                return .bool(!b.isEmpty && b.allSatisfy(member))
            }
        }
        bytes.method("isascii") { _, args in .bool(try receiver(args, "isascii").allSatisfy { $0 < 0x80 }) }
        bytes.method("isupper") { _, args in
            let b = try receiver(args, "isupper")
            return .bool(b.contains(where: isUpper) && !b.contains(where: isLower))
        }
        bytes.method("islower") { _, args in
            let b = try receiver(args, "islower")
            return .bool(b.contains(where: isLower) && !b.contains(where: isUpper))
        }
    }

    // MARK: Searching

    /// What find, count and the other searches look for: bytes, or one byte given as an int.
    private static func needle(_ v: Value, _ interp: Interpreter) throws -> [UInt8] {
        if let b = v.as(PyBytes.self) { return b.bytes }
        if case .int(let i) = v {
            guard (0...255).contains(i) else { throw PyError.valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        }
        if v.bigIntValue != nil { throw PyError.valueError("byte must be in range(0, 256)") }
        throw PyError.typeError("argument should be integer or bytes-like object, not '\(v.typeName)'")
    }

    /// The start and end a search is limited to, clipped as slice bounds are.
    private static func searchBounds(_ args: Arguments, from k: Int, count n: Int, _ interp: Interpreter) throws -> (Int, Int) {
        func bound(_ k: Int, _ fallback: Int) throws -> Int {
            guard args.count > k, !args[k].isNone else { return fallback }
            let b: Int
            if let big = args[k].bigIntValue {
                b = Int(clamping: big)
            } else if let i = try interp.indexValue(args[k]) {
                b = i
            } else {
                throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return b < 0 ? max(0, b + n) : min(b, n)
        }
        return (try bound(k, 0), try bound(k + 1, n))
    }

    /// The offsets where `sub` occurs in `b`, without overlaps, from the left.
    private static func occurrences(of sub: [UInt8], in b: ArraySlice<UInt8>) -> [Int] {
        guard !sub.isEmpty else { return Array(b.indices) + [b.endIndex] }
        var found: [Int] = []
        var i = b.startIndex
        while i + sub.count <= b.endIndex {
            if b[i..<i + sub.count].elementsEqual(sub) {
                found.append(i)
                i += sub.count
            } else {
                i += 1
            }
        }
        return found
    }

    private static func lastOccurrence(of sub: [UInt8], in b: ArraySlice<UInt8>) -> Int? {
        var i = b.endIndex - sub.count
        while i >= b.startIndex {
            if b[i..<i + sub.count].elementsEqual(sub) { return i }
            i -= 1
        }
        return nil
    }

    private static func installBytesSearch(_ bytes: PyType) {
        for name in ["find", "index", "rfind", "rindex", "count"] {
            bytes.method(name) { interp, args in
                try args.expect(name, min: 2, max: 4)
                let b = try receiver(args, name)
                let sub = try needle(args[1], interp)
                let (start, end) = try searchBounds(args, from: 2, count: b.count, interp)
                let window = start <= end ? b[start..<end] : []
                if name == "count" { return .int(start > end ? 0 : occurrences(of: sub, in: window).count) }
                let found = start > end ? nil
                    : name.hasPrefix("r") ? lastOccurrence(of: sub, in: window) : occurrences(of: sub, in: window).first
                if let found { return .int(found) }
                if name.hasSuffix("index") { throw PyError.valueError("subsection not found") }
                return .int(-1)
            }
        }
        for name in ["startswith", "endswith"] {
            bytes.method(name) { interp, args in
                try args.expect(name, min: 2, max: 4)
                let b = try receiver(args, name)
                let (start, end) = try searchBounds(args, from: 2, count: b.count, interp)
                let candidates = args[1].as(PyTuple.self)?.items ?? [args[1]]
                for candidate in candidates {
                    guard let affix = candidate.as(PyBytes.self)?.bytes else {
                        throw PyError.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(candidate.typeName)")
                    }
                    guard start <= end, end - start >= affix.count else { continue }
                    let part = name == "startswith" ? b[start..<start + affix.count] : b[end - affix.count..<end]
                    if part.elementsEqual(affix) { return .true }
                }
                return .false
            }
        }
        bytes.method("replace") { interp, args in
            try args.expect("replace", min: 3, max: 4)
            let b = try receiver(args, "replace")
            let old = try bytesArgument(args[1]), new = try bytesArgument(args[2])
            var limit = Int.max
            if args.count == 4, case let n = try intArgument(args[3], interp), n >= 0 { limit = n }
            var out: [UInt8] = []
            var last = 0
            for offset in occurrences(of: old, in: b[...]).prefix(limit) {
                out += b[last..<offset] + new
                last = offset + old.count
                if old.isEmpty && offset < b.count { out.append(b[offset]); last = offset + 1 }
            }
            return .object(PyBytes(out + b[min(last, b.count)...]))
        }
        for name in ["removeprefix", "removesuffix"] {
            bytes.method(name) { _, args in
                try args.expect(name, min: 2, max: 2)
                let b = try receiver(args, name), affix = try bytesArgument(args[1])
                if name == "removeprefix" && b.starts(with: affix) { return .object(PyBytes(Array(b.dropFirst(affix.count)))) }
                if name == "removesuffix" && !affix.isEmpty && b.reversed().starts(with: affix.reversed()) {
                    return .object(PyBytes(Array(b.dropLast(affix.count))))
                }
                return args[0]
            }
        }
    }

    // MARK: Splitting and joining

    private static func installBytesSplitting(_ bytes: PyType) {
        for name in ["split", "rsplit"] {
            bytes.method(name) { interp, args in
                let a = try args.bind(name, ["self", "sep", "maxsplit"], required: 1)
                let b = try receiver(args, name)
                let limit = try a[2].map { try intArgument($0, interp) } ?? -1
                let fromRight = name == "rsplit"
                let source = fromRight ? Array(b.reversed()) : b
                var parts: [[UInt8]]
                if let sepValue = a[1], !sepValue.isNone {
                    let sep = try bytesArgument(sepValue)
                    if sep.isEmpty { throw PyError.valueError("empty separator") }
                    parts = splitBytes(source, on: fromRight ? Array(sep.reversed()) : sep, limit: limit)
                } else {
                    parts = splitBytesOnWhitespace(source, limit: limit)
                }
                if fromRight { parts = parts.reversed().map { Array($0.reversed()) } }
                return .object(PyList(parts.map { .object(PyBytes($0)) }))
            }
        }
        for name in ["strip", "lstrip", "rstrip"] {
            bytes.method(name) { _, args in
                try args.expect(name, min: 1, max: 2)
                let b = try receiver(args, name)
                let chars: Set<UInt8>
                if args.count == 2, !args[1].isNone { chars = Set(try bytesArgument(args[1])) } else { chars = asciiWhitespace }
                var part = b[...]
                if name != "rstrip" { part = part.drop(while: chars.contains) }
                if name != "lstrip" { while let last = part.last, chars.contains(last) { part = part.dropLast() } }
                return .object(PyBytes(Array(part)))
            }
        }
        bytes.method("join") { interp, args in
            try args.expect("join", min: 2, max: 2)
            let sep = try receiver(args, "join")
            var out: [UInt8] = []
            for (i, item) in try interp.iterateToArray(args[1]).enumerated() {
                guard let b = item.as(PyBytes.self) else {
                    throw PyError.typeError("sequence item \(i): expected a bytes-like object, \(item.typeName) found")
                }
                if i > 0 { out += sep }
                out += b.bytes
            }
            return .object(PyBytes(out))
        }
        for name in ["partition", "rpartition"] {
            bytes.method(name) { _, args in
                try args.expect(name, min: 2, max: 2)
                let b = try receiver(args, name), sep = try bytesArgument(args[1])
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let at = name == "partition" ? occurrences(of: sep, in: b[...]).first : lastOccurrence(of: sep, in: b[...])
                let pieces: [[UInt8]]
                if let at {
                    pieces = [Array(b[..<at]), sep, Array(b[(at + sep.count)...])]
                } else {
                    pieces = name == "partition" ? [b, [], []] : [[], [], b]
                }
                return .object(PyTuple(pieces.map { .object(PyBytes($0)) }))
            }
        }
        bytes.method("splitlines") { interp, args in
            let a = try args.bind("splitlines", ["self", "keepends"], required: 1)
            let keep = try a[1].map { try interp.isTrue($0) } ?? false
            let b = try receiver(args, "splitlines")
            var lines: [Value] = []
            var start = 0, i = 0
            while i < b.count {
                guard b[i] == 0x0A || b[i] == 0x0D else { i += 1; continue }
                let ending = b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
                lines.append(.object(PyBytes(Array(b[start..<(keep ? i + ending : i)]))))
                i += ending
                start = i
            }
            if start < b.count { lines.append(.object(PyBytes(Array(b[start...])))) }
            return .object(PyList(lines))
        }
    }

    private static func splitBytes(_ b: [UInt8], on sep: [UInt8], limit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var last = 0
        for offset in occurrences(of: sep, in: b[...]) {
            if limit >= 0 && parts.count == limit { break }
            parts.append(Array(b[last..<offset]))
            last = offset + sep.count
        }
        parts.append(Array(b[last...]))
        return parts
    }

    private static func splitBytesOnWhitespace(_ b: [UInt8], limit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var i = 0
        while i < b.count {
            while i < b.count && asciiWhitespace.contains(b[i]) { i += 1 }
            if i == b.count { break }
            if limit >= 0 && parts.count == limit {
                parts.append(Array(b[i...]))
                break
            }
            let start = i
            while i < b.count && !asciiWhitespace.contains(b[i]) { i += 1 }
            parts.append(Array(b[start..<i]))
        }
        return parts
    }
}
