import Foundation
import PipebookEngine
import PipebookLanguage

/// The local S3 for stdlib's Session, S3Uploader and S3Downloader, and for boto3's s3 client.
/// URIs cross as text; objects' details as JSON in HeadObject's terms.
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
        m.function("s3_bucket_exists") { _, args in
            .bool(s3.bucketExists(try args.string(0, "s3_bucket_exists")))
        }
        m.function("s3_get_bytes") { _, args in
            let data = try BridgeErrors.converting { try s3.get(S3Location(uri: try args.string(0, "s3_get_bytes"))) }
            return .object(PyBytes(Array(data)))
        }
        m.function("s3_head") { _, args in
            // None when there is no such object.
            let found = try BridgeErrors.converting { try s3.head(S3Location(uri: try args.string(0, "s3_head"))) }
            return found.map { .str(info($0).text()) } ?? .none
        }
        m.function("s3_objects") { _, args in
            let found = try BridgeErrors.converting { () -> [S3ObjectInfo] in
                try s3.list(S3Location(uri: try args.string(0, "s3_objects"))).compactMap { try s3.head($0) }
            }
            return .str(JSONValue.array(found.map(info)).text())
        }
        m.function("s3_delete") { _, args in
            try BridgeErrors.converting { try s3.delete(S3Location(uri: try args.string(0, "s3_delete"))) }
            return .none
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

    /// `{"Key", "LastModified", "ETag", "Size"}`: the object as ListObjectsV2 lists it.
    static func info(_ object: S3ObjectInfo) -> JSONValue {
        .object([("Key", .string(object.location.key)), ("LastModified", .string(StoreFunctions.timestamp(object.lastModified))),
                 ("ETag", .string(object.eTag)), ("Size", .int(object.size))])
    }
}
