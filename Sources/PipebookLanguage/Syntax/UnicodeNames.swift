/// The characters that `\N{name}` escapes name: Unicode's character names as the Swift
/// standard library knows them (with their corrected names), limited to Unicode 14.0, the
/// version CPython 3.11 uses, and matched regardless of case as CPython matches them.
///
/// The other aliases of NameAliases.txt (control names such as LINE FEED, abbreviations
/// such as NBSP) are not known here.
enum UnicodeNames {
    static func scalar(named name: String) -> Unicode.Scalar? {
        // Hangul syllables and CJK unified ideographs have names made from their parts or code
        // point, which CPython matches only as written, in capitals.
        if name.hasPrefix(hangulPrefix) {
            return (UInt32(0xAC00)...0xD7A3).lazy.compactMap(Unicode.Scalar.init)
                .first { $0.properties.name == name && isKnown($0) }
        }
        if name.hasPrefix(ideographPrefix) {
            let hex = name.dropFirst(ideographPrefix.count)
            guard (4...5).contains(hex.count), hex.allSatisfy({ ("0"..."9").contains($0) || ("A"..."F").contains($0) }),
                  let scalar = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init),
                  scalar.properties.name?.hasPrefix(ideographPrefix) == true, isKnown(scalar) else { return nil }
            return scalar
        }
        let wanted = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar -> Unicode.Scalar in
            ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32)! : scalar
        }))
        for range in candidateRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), isKnown(scalar) else { continue }
                let properties = scalar.properties
                if properties.nameAlias == wanted { return scalar }
                if let known = properties.name, known == wanted,
                   !algorithmicPrefixes.contains(where: { known.hasPrefix($0) }) { return scalar }
            }
        }
        return nil
    }

    private static let hangulPrefix = "HANGUL SYLLABLE "
    private static let ideographPrefix = "CJK UNIFIED IDEOGRAPH-"
    /// Names the Swift library derives that CPython 3.11's database does not look up by name.
    private static let algorithmicPrefixes = [hangulPrefix, ideographPrefix, "TANGUT IDEOGRAPH-"]

    /// Where named characters are; the planes between hold none.
    private static let candidateRanges: [ClosedRange<UInt32>] = [0...0x3FFFF, 0xE0000...0xE01EF]

    /// Whether the character was in Unicode 14.0.
    private static func isKnown(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }
}
