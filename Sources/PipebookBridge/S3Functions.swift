import Foundation
import PipebookEngine
import PipebookLanguage

/// The local S3 for stdlib's Session, S3Uploader and S3Downloader. URIs cross as text.
enum S3Functions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        let s3 = context.s3
        m.function("s3_create_bucket") { _, args in
            try BridgeErrors.converting { try s3.createBucket(try args.string(0, "s3_create_bucket")) }
            return .none
        }
        m.function("s3_upload") { _, args in
            let local = try args.string(0, "s3_upload"), uri = try args.string(1, "s3_upload")
            let written = try BridgeErrors.converting {
                try s3.upload(localPath: context.localURL(local).path, to: S3Location(uri: uri))
            }
            return .str(JSONValue.array(written.map { .string($0.uri) }).text())
        }
        m.function("s3_put_text") { _, args in
            let text = try args.string(0, "s3_put_text"), uri = try args.string(1, "s3_put_text")
            try BridgeErrors.converting { try s3.put(Data(text.utf8), at: S3Location(uri: uri)) }
            return .none
        }
        m.function("s3_put_bytes") { _, args in
            guard let bytes = args.positional.first?.as(PyBytes.self) else {
                throw PyError.typeError("s3_put_bytes() argument 1 must be bytes")
            }
            let uri = try args.string(1, "s3_put_bytes")
            try BridgeErrors.converting { try s3.put(Data(bytes.bytes), at: S3Location(uri: uri)) }
            return .none
        }
        m.function("s3_put_archive") { _, args in
            let entries = try BridgeErrors.converting { try JSONValue.parse(try args.string(0, "s3_put_archive")) }
            let uri = try args.string(1, "s3_put_archive")
            let pairs = (entries.arrayValue ?? []).compactMap { entry -> (name: String, path: URL)? in
                guard let name = entry.arrayValue?.first?.stringValue, let path = entry.arrayValue?.last?.stringValue else {
                    return nil
                }
                return (name, context.localURL(path))
            }
            try BridgeErrors.converting { try s3.put(SourceArchive.make(pairs), at: S3Location(uri: uri)) }
            return .none
        }
        m.function("s3_read") { _, args in
            let data = try BridgeErrors.converting { try s3.get(S3Location(uri: try args.string(0, "s3_read"))) }
            return .str(String(decoding: data, as: UTF8.self))
        }
        m.function("s3_list") { _, args in
            let found = try BridgeErrors.converting { try s3.list(S3Location(uri: try args.string(0, "s3_list"))) }
            return .str(JSONValue.array(found.map { .string($0.uri) }).text())
        }
        m.function("s3_download") { _, args in
            let uri = try args.string(0, "s3_download"), folder = try args.string(1, "s3_download")
            let written = try BridgeErrors.converting {
                try s3.download(S3Location(uri: uri), to: context.localURL(folder).path)
            }
            return .str(JSONValue.array(written.map { .string($0) }).text())
        }
    }
}
