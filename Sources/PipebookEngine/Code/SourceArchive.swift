import Foundation

/// The `sourcedir.tar.gz` the SDK uploads for script-mode code: a POSIX tar inside gzip.
///
/// The gzip stream uses stored (uncompressed) deflate blocks: every gzip reader accepts them,
/// and code bundles are small. Entries carry no timestamps, so the same code gives the same bytes.
public enum SourceArchive {
    /// `entries` are (name in the archive, local path); a folder named "" puts its files at the top.
    public static func make(_ entries: [(name: String, path: URL)]) throws -> Data {
        var tar = Data()
        for (name, path) in entries {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                throw LocalS3Error.localFileNotFound(path.path)
            }
            if isFolder.boolValue {
                for relative in try LocalFiles.regularFiles(under: path.path) {
                    let member = name.isEmpty ? relative : name + "/" + relative
                    append(member, try Data(contentsOf: path.appendingPathComponent(relative)), to: &tar)
                }
            } else {
                append(name, try Data(contentsOf: path), to: &tar)
            }
        }
        tar.append(Data(count: 1024))  // two zero blocks end the archive
        return gzip(tar)
    }

    private static func append(_ name: String, _ contents: Data, to tar: inout Data) {
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
        tar.append(contents)
        let padding = (512 - contents.count % 512) % 512
        tar.append(Data(count: padding))
    }

    static func gzip(_ data: Data) -> Data {
        var out = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let count = min(65535, bytes.count - offset)
            let isLast = offset + count == bytes.count
            out.append(isLast ? 1 : 0)
            out.append(contentsOf: [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)])
            out.append(contentsOf: bytes[offset..<offset + count])
            offset += count
        } while offset < bytes.count
        for value in [crc32(bytes), UInt32(truncatingIfNeeded: bytes.count)] {
            out.append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
        }
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
