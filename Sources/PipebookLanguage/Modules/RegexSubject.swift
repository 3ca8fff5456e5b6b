import Foundation

/// A string being searched: NSRegularExpression counts UTF-16 units, Python counts code
/// points, and this converts between the two (for free when there are no astral characters).
struct RegexSubject {
    let string: PyStr
    /// The text searched: the string cut at `endpos`, as CPython searches it.
    let text: String
    /// Where the search stops, in code points.
    let endpos: Int
    let utf16Count: Int
    /// The UTF-16 offset of each code point (and of the end), when they differ.
    private let offsets: [Int]?

    init(_ string: PyStr, endpos: Int) {
        self.string = string
        self.endpos = endpos
        text = endpos < string.count ? string.substring(0..<endpos) : string.value
        utf16Count = text.utf16.count
        let scalarCount = text.unicodeScalars.count
        if utf16Count == scalarCount {
            offsets = nil
        } else {
            var table: [Int] = []
            table.reserveCapacity(scalarCount + 1)
            var offset = 0
            for s in text.unicodeScalars {
                table.append(offset)
                offset += s.utf16.count
            }
            table.append(offset)
            offsets = table
        }
    }

    func utf16(_ codePoint: Int) -> Int { offsets?[codePoint] ?? codePoint }

    func codePoint(_ utf16: Int) -> Int {
        guard let offsets else { return utf16 }
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < utf16 { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The code-point spans of a match's groups (nil for groups that did not take part).
    func spans(_ result: NSTextCheckingResult) -> [Range<Int>?] {
        (0..<result.numberOfRanges).map { i in
            let r = result.range(at: i)
            guard r.location != NSNotFound else { return nil }
            return codePoint(r.location)..<codePoint(r.location + r.length)
        }
    }
}
