import PipebookLanguage

/// `_archives`: gzip and tar as bytes in, bytes out, for stdlib/gzip.py and stdlib/tarfile.py
/// (which do the file handling, so paths go through the interpreter's file-system mapping).
enum ArchivesModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_archives")
        m.function("gzip_compress") { _, args in
            let level = args.count > 1 ? Int32(try NumpyModule.int(args[1])) : 9
            return .object(PyBytes(try Gzip.compress(try bytes(args[0]), level: level)))
        }
        m.function("gzip_decompress") { _, args in .object(PyBytes(try Gzip.decompress(try bytes(args[0])))) }
        // tar_read(data) -> [(name, kind, mode, mtime, linkname, data)], kind "file", "dir" or "symlink"
        m.function("tar_read") { _, args in
            let entries = try TarFormat.read(try bytes(args[0]))
            return .object(PyList(entries.map { e in
                .object(PyTuple([.str(e.name), .str(kindName(e.kind)), .int(e.mode), .int(e.mtime),
                                 .str(e.linkName), .object(PyBytes(e.data))]))
            }))
        }
        // tar_write([(name, kind, mode, mtime, linkname, data)]) -> bytes
        m.function("tar_write") { interp, args in
            let entries = try interp.iterateToArray(args[0]).map { item -> TarEntry in
                let f = try interp.iterateToArray(item)
                let kind: TarEntry.Kind = f[1].stringValue == "dir" ? .directory : f[1].stringValue == "symlink" ? .symlink : .file
                return TarEntry(name: f[0].stringValue ?? "", kind: kind, mode: try NumpyModule.int(f[2]),
                                mtime: try NumpyModule.int(f[3]), linkName: f[4].stringValue ?? "", data: try bytes(f[5]))
            }
            return .object(PyBytes(try TarFormat.write(entries)))
        }
        return m.module
    }

    private static func kindName(_ kind: TarEntry.Kind) -> String {
        switch kind {
        case .file: return "file"
        case .directory: return "dir"
        case .symlink: return "symlink"
        }
    }

    private static func bytes(_ v: Value) throws -> [UInt8] {
        guard let b = v.as(PyBytes.self) else { throw PyError.typeError("a bytes-like object is required, not '\(v.typeName)'") }
        return b.bytes
    }
}
