/// Substring search over UTF-8 bytes, for the str methods that look for a separator or a
/// substring (`split`, `replace`, `find`, `count`, `partition`, ...).
///
/// Python compares strings code point by code point; searching the UTF-8 bytes finds exactly
/// the same matches (a valid UTF-8 needle can only match at code point boundaries) without
/// Unicode canonical equivalence, which Swift's `String` comparisons apply, and in linear time
/// over the text for the short needles programs use.
struct TextSearch {
    let text: [UInt8]
    let needle: [UInt8]

    init(_ text: String, _ needle: String) {
        self.text = Array(text.utf8)
        self.needle = Array(needle.utf8)
    }

    /// The byte offset of the first match at or after `start`.
    func first(from start: Int = 0) -> Int? {
        let last = text.count - needle.count
        guard !needle.isEmpty, start <= last else { return needle.isEmpty && start <= text.count ? start : nil }
        let head = needle[0]
        var i = start
        while i <= last {
            if text[i] == head && matches(at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The byte offset of the last match that ends at or before `end`.
    func last(before end: Int? = nil) -> Int? {
        let limit = (end ?? text.count) - needle.count
        guard limit >= 0 else { return nil }
        var i = limit
        while i >= 0 {
            if matches(at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// Offsets of the non-overlapping matches, from the left, at most `limit` of them (-1: all).
    func all(limit: Int = -1) -> [Int] {
        var found: [Int] = []
        var i = 0
        while limit < 0 || found.count < limit, let hit = first(from: i) {
            found.append(hit)
            i = hit + max(needle.count, 1)
        }
        return found
    }

    /// The text between two byte offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        String(decoding: text[from..<to], as: UTF8.self)
    }

    /// How many code points the first `offset` bytes hold.
    func codePoints(before offset: Int) -> Int {
        var n = 0
        for byte in text[..<offset] where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private func matches(at i: Int) -> Bool {
        for k in 0..<needle.count where text[i + k] != needle[k] { return false }
        return true
    }
}
