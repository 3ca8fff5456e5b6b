/// The characters Python's `re.IGNORECASE` treats as the same letter: those with the same
/// simple lowercase or the same simple uppercase (so `k` also matches the Kelvin sign and `s`
/// the long s), but never a letter and a pair of letters (`ß` does not match `ss`).
enum CaseVariants {
    private static let tables: (byLower: [UInt32: [UInt32]], byUpper: [UInt32: [UInt32]]) = {
        var byLower: [UInt32: [UInt32]] = [:], byUpper: [UInt32: [UInt32]] = [:]
        // Cased letters all lie in the first two planes.
        for v in UInt32(0)..<0x20000 {
            guard let s = Unicode.Scalar(v), s.properties.changesWhenLowercased || s.properties.changesWhenUppercased else { continue }
            if let l = simpleLower(s) { byLower[l, default: [l]].append(v) }
            if let u = simpleUpper(s) { byUpper[u, default: [u]].append(v) }
        }
        return (byLower, byUpper)
    }()

    private static func simpleLower(_ s: Unicode.Scalar) -> UInt32? {
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : nil
    }

    private static func simpleUpper(_ s: Unicode.Scalar) -> UInt32? {
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : nil
    }

    /// Every character that matches `value` case-insensitively, itself first.
    static func of(_ value: UInt32, asciiOnly: Bool) -> [UInt32] {
        guard let s = Unicode.Scalar(value) else { return [value] }
        if asciiOnly {
            guard s.isASCII, s.properties.isAlphabetic else { return [value] }
            return [value, value ^ 0x20]
        }
        var result = [value]
        for key in [simpleLower(s), simpleUpper(s)].compactMap({ $0 }) {
            for other in tables.byLower[key] ?? [] where !result.contains(other) { result.append(other) }
            for other in tables.byUpper[key] ?? [] where !result.contains(other) { result.append(other) }
        }
        return result
    }
}
