import CZlib
import PipebookLanguage

/// gzip streams through the system's zlib: what `.tar.gz` model archives and `gzip` files use.
enum Gzip {
    /// The gzip stream of `data` (deflate, default level, no file name, mtime 0).
    static func compress(_ data: [UInt8], level: Int32 = 9) throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 16 asks zlib for a gzip wrapper instead of a zlib one.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PyError.runtimeError("zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 32)
        let status = input.withUnsafeMutableBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw PyError.runtimeError("zlib could not compress (error \(status))") }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The data of a gzip (or zlib) stream, all members concatenated as gzip readers do.
    static func decompress(_ data: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = []
        var offset = 0
        var input = data
        while offset < input.count {
            var stream = z_stream()
            // 15 window bits + 32: detect a gzip or zlib header.
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw PyError.runtimeError("zlib could not start decompressing")
            }
            defer { inflateEnd(&stream) }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            var status: Int32 = Z_OK
            let start = offset
            try input.withUnsafeMutableBufferPointer { inp in
                stream.next_in = inp.baseAddress! + start
                stream.avail_in = UInt32(inp.count - start)
                repeat {
                    let produced = chunk.withUnsafeMutableBufferPointer { out -> Int in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        status = inflate(&stream, Z_NO_FLUSH)
                        return out.count - Int(stream.avail_out)
                    }
                    if status != Z_OK && status != Z_STREAM_END {
                        throw PyError(BuiltinTypes.osError, "Not a gzipped file or the data is corrupt (zlib error \(status))")
                    }
                    result.append(contentsOf: chunk.prefix(produced))
                    if status == Z_OK && stream.avail_in == 0 {
                        throw PyError(BuiltinTypes.eofError, "Compressed file ended before the end-of-stream marker was reached")
                    }
                } while status != Z_STREAM_END
            }
            offset = start + Int(stream.total_in)
            // Trailing zero padding after the last member is allowed.
            if input[offset...].allSatisfy({ $0 == 0 }) { break }
        }
        return result
    }
}
