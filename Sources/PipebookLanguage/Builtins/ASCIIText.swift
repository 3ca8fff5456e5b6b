/// Fast paths of str methods for text that is all ASCII, the common case in data files and
/// scripts. Each returns nil for other text, which then takes the general Unicode path. On
/// ASCII, Python's rules are simple byte rules, so these give exactly CPython's results.
enum ASCIIText {
    /// Python's whitespace among ASCII: `\t\n\v\f\r`, the separators `\x1c`-`\x1f`, and space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
    }

    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
    static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

    /// `s` with `map` applied to every byte, when `s` is ASCII.
    static func mapBytes(_ s: String, _ map: (UInt8) -> UInt8) -> String? {
        var bytes = Array(s.utf8)
        for i in bytes.indices {
            guard bytes[i] < 0x80 else { return nil }
            bytes[i] = map(bytes[i])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `capitalize()`: the first character upper case, the rest lower case.
    static func capitalize(_ s: String) -> String? {
        var first = true
        return mapBytes(s) { byte in
            defer { first = false }
            return first ? upper(byte) : lower(byte)
        }
    }

    /// `title()`: a letter after a letter is lower case, any other letter upper case.
    static func title(_ s: String) -> String? {
        var previousCased = false
        return mapBytes(s) { byte in
            let cased = isLower(byte) || isUpper(byte)
            defer { previousCased = cased }
            guard cased else { return byte }
            return previousCased ? lower(byte) : upper(byte)
        }
    }

    /// `split()` with no separator: runs of whitespace separate the words; after `limit`
    /// splits (-1: no limit) the rest is one last word, trailing whitespace and all.
    static func splitWhitespace(_ s: String, limit: Int) -> [String]? {
        let bytes = Array(s.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var words: [String] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count && isSpace(bytes[i]) { i += 1 }
            if i == bytes.count { break }
            if limit >= 0 && words.count == limit {
                words.append(String(decoding: bytes[i...], as: UTF8.self))
                break
            }
            let start = i
            while i < bytes.count && !isSpace(bytes[i]) { i += 1 }
            words.append(String(decoding: bytes[start..<i], as: UTF8.self))
        }
        return words
    }
}
