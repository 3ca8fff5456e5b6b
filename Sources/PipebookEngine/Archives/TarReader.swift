import Foundation

/// Reads POSIX (ustar) and GNU tar archives, gzipped or not: enough to unpack model artifacts
/// and source bundles.
public enum TarReader {
    public struct Entry: Sendable {
        public let name: String
        public let isDirectory: Bool
        public let contents: [UInt8]
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    /// The regular files and folders of a `.tar` or `.tar.gz`.
    public static func entries(_ data: [UInt8]) throws -> [Entry] {
        let tar = data.starts(with: [0x1F, 0x8B]) ? try Gzip.decompress(data) : data
        guard tar.count >= 512 else { throw Error(message: "not a tar archive (\(tar.count) bytes)") }
        var entries: [Entry] = []
        var offset = 0
        var longName: String?
        while offset + 512 <= tar.count {
            let header = Array(tar[offset..<offset + 512])
            if header.allSatisfy({ $0 == 0 }) { break }
            func text(_ start: Int, _ length: Int) -> String {
                let field = header[start..<start + length].prefix { $0 != 0 }
                return String(decoding: field, as: UTF8.self)
            }
            let checksum = header.enumerated().reduce(0) { $0 + ((148..<156).contains($1.offset) ? 32 : Int($1.element)) }
            guard let size = Int(text(124, 12).trimmingCharacters(in: .whitespaces), radix: 8),
                  Int(text(148, 8).trimmingCharacters(in: CharacterSet(charactersIn: " \0")), radix: 8) == checksum else {
                throw Error(message: "not a tar archive (bad header at offset \(offset))")
            }
            let type = header[156]
            var name = text(0, 100)
            let prefix = text(345, 155)
            if text(257, 5) == "ustar", !prefix.isEmpty { name = prefix + "/" + name }
            let start = offset + 512
            guard start + size <= tar.count else { throw Error(message: "truncated tar archive") }
            let contents = Array(tar[start..<start + size])
            offset = start + (size + 511) / 512 * 512
            if type == UInt8(ascii: "L") {
                longName = String(decoding: contents.prefix { $0 != 0 }, as: UTF8.self)
                continue
            }
            if let long = longName { name = long; longName = nil }
            if name.hasPrefix("./") { name.removeFirst(2) }
            switch type {
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"):
                entries.append(Entry(name: name, isDirectory: false, contents: contents))
            case UInt8(ascii: "5"):
                entries.append(Entry(name: name, isDirectory: true, contents: []))
            default:
                continue  // links, pax headers and devices carry no file contents we need
            }
        }
        return entries
    }

    /// Unpacks an archive into `folder`, refusing names that would leave it.
    public static func extract(_ data: [UInt8], to folder: URL) throws {
        for entry in try entries(data) {
            let parts = entry.name.split(separator: "/")
            guard !entry.name.hasPrefix("/"), !parts.contains("..") else {
                throw Error(message: "archive member \(entry.name) would be written outside the folder")
            }
            let target = parts.reduce(folder) { $0.appendingPathComponent(String($1)) }
            if entry.isDirectory {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(entry.contents).write(to: target)
            }
        }
    }
}
