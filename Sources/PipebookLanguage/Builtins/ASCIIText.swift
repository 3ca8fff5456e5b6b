/// Fast paths of str methods for text that is all ASCII, the common case in data files and
/// scripts. Each returns nil for other text, which then takes the general Unicode path. On
/// ASCII, Python's rules are simple byte rules, so these give exactly CPython's results.
enum ASCIIText {
    /// Python's whitespace among ASCII: `\t\n\v\f\r`, the separators `\x1c`-`\x1f`, and space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
    }

    /// Whether all the bytes are ASCII: one pass that ORs them together, which the compiler
    /// vectorises, where testing byte by byte and stopping early does not.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        return all < 0x80
    }

    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
    static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

    /// `s` with `map` applied to every byte, when `s` is ASCII.
    static func mapBytes(_ s: String, _ map: (UInt8) -> UInt8) -> String? {
        rewriteBytes(s) { from, to in
            for i in from.indices { to[i] = map(from[i]) }
        }
    }

    /// `capitalize()`: the first character upper case, the rest lower case.
    static func capitalize(_ s: String) -> String? {
        rewriteBytes(s) { from, to in
            for i in from.indices { to[i] = i == 0 ? upper(from[i]) : lower(from[i]) }
        }
    }

    /// `title()`: a letter after a letter is lower case, any other letter upper case.
    static func title(_ s: String) -> String? {
        rewriteBytes(s) { from, to in
            var previousCased = false
            for i in from.indices {
                let byte = from[i]
                let cased = isLower(byte) || isUpper(byte)
                to[i] = !cased ? byte : previousCased ? lower(byte) : upper(byte)
                previousCased = cased
            }
        }
    }

    /// A string of `s`'s length that `rewrite` fills from `s`'s bytes, when `s` is ASCII.
    /// Written straight into the new string's storage: no byte array in between.
    private static func rewriteBytes(_ s: String,
                                     _ rewrite: (UnsafeBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>) -> Void) -> String? {
        var s = s
        return s.withUTF8 { bytes in
            guard isASCII(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                rewrite(bytes, out)
                return bytes.count
            }
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
