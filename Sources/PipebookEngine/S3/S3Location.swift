import Foundation

/// A bucket and a key, checked as S3 checks them and so that the key can only name a file
/// under its bucket's folder.
public struct S3Location: Equatable, Sendable, CustomStringConvertible {
    public let bucket: String
    /// The key, possibly empty (the whole bucket) or ending in `/` (a prefix).
    public let key: String

    public init(bucket: String, key: String) throws {
        try S3Location.checkBucket(bucket)
        try S3Location.checkKey(key, bucket: bucket)
        self.bucket = bucket
        self.key = key
    }

    /// Parses `s3://bucket/key`.
    public init(uri: String) throws {
        guard uri.hasPrefix("s3://") else { throw LocalS3Error.notAnS3URI(uri) }
        let rest = uri.dropFirst(5)
        let bucket = rest.prefix { $0 != "/" }
        let key = rest.dropFirst(bucket.count).drop { $0 == "/" }
        try self.init(bucket: String(bucket), key: String(key))
    }

    public var uri: String { "s3://\(bucket)/\(key)" }
    public var description: String { uri }

    /// The location of `name` under this prefix.
    public func appending(_ name: String) throws -> S3Location {
        let base = key.isEmpty || key.hasSuffix("/") ? key : key + "/"
        return try S3Location(bucket: bucket, key: base + name)
    }

    /// S3's rules for bucket names: 3 to 63 characters of lower-case letters, digits, dots and
    /// hyphens, beginning and ending with a letter or digit, no `..`, not an IP address.
    static func checkBucket(_ name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        let reason: String?
        if name.count < 3 || name.count > 63 {
            reason = "must be 3 to 63 characters long"
        } else if !name.allSatisfy(allowed.contains) {
            reason = "may hold only lower-case letters, digits, dots and hyphens"
        } else if !(name.first!.isLetter || name.first!.isNumber) || !(name.last!.isLetter || name.last!.isNumber) {
            reason = "must begin and end with a letter or a digit"
        } else if name.contains("..") {
            reason = "must not hold two dots in a row"
        } else if name.split(separator: ".").count == 4 && name.split(separator: ".").allSatisfy({ Int($0) != nil }) {
            reason = "must not be an IP address"
        } else {
            reason = nil
        }
        if let reason { throw LocalS3Error.invalidBucketName(name, reason) }
    }

    /// Keys become paths under the bucket's folder, so anything that could leave it is refused.
    static func checkKey(_ key: String, bucket: String) throws {
        let reason: String?
        if key.utf8.count > 1024 {
            reason = "is longer than 1024 bytes"
        } else if key.contains("\0") {
            reason = "holds a NUL character"
        } else if key.hasPrefix("/") {
            reason = "is an absolute path"
        } else if key.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." }) {
            reason = "has a '.' or '..' segment"
        } else {
            reason = nil
        }
        if let reason { throw LocalS3Error.invalidKey(bucket: bucket, key: key, reason) }
    }
}
