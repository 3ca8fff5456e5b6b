import PipebookLanguage

/// One member of a tar archive.
struct TarEntry {
    enum Kind: UInt8 {
        case file = 48 // "0"
        case directory = 53 // "5"
        case symlink = 50 // "2"
    }

    var name: String
    var kind: Kind
    var mode: Int
    var mtime: Int
    var linkName: String
    var data: [UInt8]
}

/// POSIX ustar archives, as Python's tarfile writes them (GNU long names are read too).
enum TarFormat {
    static let block = 512

    static func read(_ bytes: [UInt8]) throws -> [TarEntry] {
        if bytes.isEmpty { throw PyError(BuiltinTypes.osError, "empty file") }
        if bytes.count < block { throw PyError(BuiltinTypes.osError, "file could not be opened successfully") }
        var entries: [TarEntry] = []
        var offset = 0
        var longName: String?
        var paxPath: String?
        while offset + block <= bytes.count {
            let header = Array(bytes[offset..<(offset + block)])
            if header.allSatisfy({ $0 == 0 }) { break }
            let stored = octal(header[148..<156])
            let computed = header.enumerated().reduce(0) { $0 + ((148..<156).contains($1.offset) ? 32 : Int($1.element)) }
            if stored != computed { throw PyError(BuiltinTypes.osError, "bad checksum in tar header at offset \(offset)") }
            let size = octal(header[124..<136])
            let type = header[156]
            let start = offset + block
            guard start + size <= bytes.count else { throw PyError(BuiltinTypes.osError, "unexpected end of data") }
            let data = Array(bytes[start..<(start + size)])
            offset = start + (size + block - 1) / block * block
            switch type {
            case UInt8(ascii: "L"):
                longName = text(data[...])
                continue
            case UInt8(ascii: "x"):
                paxPath = paxRecords(data)["path"]
                continue
            case UInt8(ascii: "g"):
                continue
            default:
                break
            }
            var name = text(header[0..<100])
            let prefix = text(header[345..<500])
            if header[257..<262].elementsEqual(Array("ustar".utf8)) && !prefix.isEmpty { name = prefix + "/" + name }
            if let n = paxPath ?? longName { name = n }
            longName = nil
            paxPath = nil
            let kind: TarEntry.Kind = type == UInt8(ascii: "5") ? .directory : type == UInt8(ascii: "2") ? .symlink : .file
            if name.hasSuffix("/") && kind == .directory { name.removeLast() }
            entries.append(TarEntry(name: name, kind: kind, mode: octal(header[100..<108]), mtime: octal(header[136..<148]),
                                    linkName: text(header[157..<257]), data: kind == .file ? data : []))
        }
        return entries
    }

    static func write(_ entries: [TarEntry]) throws -> [UInt8] {
        var out: [UInt8] = []
        for e in entries {
            var header = [UInt8](repeating: 0, count: block)
            var name = e.name + (e.kind == .directory ? "/" : "")
            var prefix = ""
            if name.utf8.count > 100 {
                // ustar splits a long path at a slash: up to 155 bytes of prefix, 100 of name.
                guard let cut = name.indices.filter({ name[$0] == "/" }).first(where: {
                    name[..<$0].utf8.count <= 155 && name[name.index(after: $0)...].utf8.count <= 100
                }) else { throw PyError.notImplemented("Pipebook's tarfile cannot store the path \(e.name) (too long for ustar)") }
                prefix = String(name[..<cut])
                name = String(name[name.index(after: cut)...])
            }
            put(&header, 0, Array(name.utf8))
            put(&header, 100, octalField(e.mode, 8))
            put(&header, 108, octalField(0, 8))
            put(&header, 116, octalField(0, 8))
            put(&header, 124, octalField(e.kind == .file ? e.data.count : 0, 12))
            put(&header, 136, octalField(e.mtime, 12))
            header[156] = e.kind.rawValue
            put(&header, 157, Array(e.linkName.utf8))
            put(&header, 257, Array("ustar\u{0}00".utf8))
            put(&header, 345, Array(prefix.utf8))
            for i in 148..<156 { header[i] = 32 }
            let sum = header.reduce(0) { $0 + Int($1) }
            put(&header, 148, Array(String(format6(sum)).utf8) + [0, 32])
            out += header
            if e.kind == .file {
                out += e.data
                let pad = (block - e.data.count % block) % block
                out += [UInt8](repeating: 0, count: pad)
            }
        }
        // Two zero blocks end the archive; tarfile pads the whole to 20 blocks (10240 bytes).
        out += [UInt8](repeating: 0, count: 2 * block)
        let record = 20 * block
        out += [UInt8](repeating: 0, count: (record - out.count % record) % record)
        return out
    }

    private static func format6(_ n: Int) -> String {
        let s = String(n, radix: 8)
        return String(repeating: "0", count: max(0, 6 - s.count)) + s
    }

    private static func put(_ header: inout [UInt8], _ at: Int, _ bytes: [UInt8]) {
        for (i, b) in bytes.enumerated() { header[at + i] = b }
    }

    private static func octalField(_ n: Int, _ width: Int) -> [UInt8] {
        let s = String(n, radix: 8)
        return Array((String(repeating: "0", count: max(0, width - 1 - s.count)) + s).utf8) + [0]
    }

    private static func octal(_ field: ArraySlice<UInt8>) -> Int {
        var n = 0
        for b in field {
            if b == 0 || b == 32 { if n > 0 { break } else { continue } }
            guard b >= 48 && b <= 55 else { break }
            n = n * 8 + Int(b - 48)
        }
        return n
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// pax extended header records: "LEN key=value\n".
    private static func paxRecords(_ data: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let eq = line.firstIndex(of: "=") else { continue }
            result[String(line[line.index(after: space)..<eq])] = String(line[line.index(after: eq)...])
        }
        return result
    }
}
