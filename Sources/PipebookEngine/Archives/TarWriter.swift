/// Writes POSIX (ustar) tar archives: regular files only, mode 644, no timestamps.
public enum TarWriter {
    /// A tar archive of `(name, contents)` entries, ended by its two zero blocks.
    public static func archive(_ entries: [(name: String, contents: [UInt8])]) -> [UInt8] {
        var tar: [UInt8] = []
        for (name, contents) in entries { append(name, contents, to: &tar) }
        return tar + [UInt8](repeating: 0, count: 1024)
    }

    static func append(_ name: String, _ contents: [UInt8], to tar: inout [UInt8]) {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (i, byte) in text.utf8.prefix(width).enumerated() { header[offset + i] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
        }
        var nameField = name, prefixField = ""
        if name.utf8.count > 100, let slash = name.lastIndex(of: "/") {
            prefixField = String(name[..<slash])
            nameField = String(name[name.index(after: slash)...])
        }
        put(nameField, at: 0, width: 100)
        put(octal(0o644, width: 8), at: 100, width: 8)
        put(octal(0, width: 8), at: 108, width: 8)
        put(octal(0, width: 8), at: 116, width: 8)
        put(octal(contents.count, width: 12), at: 124, width: 12)
        put(octal(0, width: 12), at: 136, width: 12)
        put("        ", at: 148, width: 8)
        header[156] = UInt8(ascii: "0")
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        put(prefixField, at: 345, width: 155)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7) + "\0", at: 148, width: 8)
        tar.append(contentsOf: header)
        tar += contents
        let padding = (512 - contents.count % 512) % 512
        tar += [UInt8](repeating: 0, count: padding)
    }
}
