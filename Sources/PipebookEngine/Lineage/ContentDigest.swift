import Foundation
import PipebookDigests

/// What an artifact's S3 URI held when a job read or wrote it: `sha256:<hex>` of the object, or
/// for a prefix, of its listing (`<key below the prefix> <object's sha256>` per line, in key
/// order), so that one changed file under a prefix changes the prefix's digest.
enum ContentDigest {
    /// The digest, or nil when nothing is stored under the URI.
    static func of(_ uri: String, s3: LocalS3) -> String? {
        guard let location = try? S3Location(uri: uri),
              let objects = try? s3.list(location), !objects.isEmpty else { return nil }
        if objects.count == 1, objects[0].key == location.key {
            return (try? s3.get(location)).map { "sha256:" + hex($0) }
        }
        var listing = SHA256()
        for object in objects {
            guard let data = try? s3.get(object) else { return nil }
            listing.update(Array("\(object.key.dropFirst(location.key.count)) \(hex(data))\n".utf8))
        }
        return "sha256:" + listing.hexDigest()
    }

    private static func hex(_ data: Data) -> String {
        var hash = SHA256()
        hash.update(data)
        return hash.hexDigest()
    }
}
