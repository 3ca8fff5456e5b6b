import Foundation
import PipebookEngine
import PipebookLanguage

/// `_pipebook_archives`: gzip and tar over bytes, for stdlib's `gzip` and `tarfile` (step
/// scripts unpack model.tar.gz with them). Registered on every interpreter the bridge serves.
enum ArchiveFunctions {
    static let moduleName = "_pipebook_archives"

    static func register(on interp: Interpreter) {
        interp.registerModule(moduleName) { _ in
            let m = ModuleBuilder(moduleName)
            m.function("gzip_compress") { _, args in
                .object(PyBytes(Gzip.compress(try bytes(args, 0, "gzip_compress"))))
            }
            m.function("gzip_decompress") { _, args in
                let data = try bytes(args, 0, "gzip_decompress")
                do { return .object(PyBytes(try Gzip.decompress(data))) } catch {
                    throw PyError(BuiltinTypes.osError, "\(error)")
                }
            }
            m.function("tar_read") { _, args in
                // [(name, is_dir, contents)], the archive gzipped or not.
                let data = try bytes(args, 0, "tar_read")
                do {
                    return .object(PyList(try TarReader.entries(data).map { entry in
                        .object(PyTuple([.str(entry.name), .bool(entry.isDirectory), .object(PyBytes(entry.contents))]))
                    }))
                } catch {
                    throw PyError(BuiltinTypes.valueError, "\(error)")
                }
            }
            m.function("tar_write") { _, args in
                // [(name, contents)] -> an uncompressed tar archive.
                guard let list = args.positional.first?.as(PyList.self) else { throw PyError.typeError("tar_write() takes a list") }
                var entries: [(name: String, contents: [UInt8])] = []
                for item in list.items {
                    guard let pair = item.as(PyTuple.self), pair.items.count == 2, let name = pair.items[0].stringValue,
                          let contents = pair.items[1].as(PyBytes.self) else {
                        throw PyError.typeError("tar_write() takes (name, bytes) pairs")
                    }
                    entries.append((name, contents.bytes))
                }
                return .object(PyBytes(TarWriter.archive(entries)))
            }
            return m.module
        }
    }

    private static func bytes(_ args: Arguments, _ i: Int, _ function: String) throws -> [UInt8] {
        guard i < args.positional.count, let b = args.positional[i].as(PyBytes.self) else {
            throw PyError.typeError("\(function)() argument \(i + 1) must be bytes")
        }
        return b.bytes
    }
}
