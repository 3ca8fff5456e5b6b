import Foundation

/// Why the local S3 refused a request. The descriptions are the messages programs see.
public enum LocalS3Error: Error, Equatable, CustomStringConvertible {
    case notAnS3URI(String)
    case invalidBucketName(String, String)
    case invalidKey(bucket: String, key: String, String)
    case noSuchBucket(String)
    case noSuchKey(String)
    case localFileNotFound(String)

    public var description: String {
        switch self {
        case .notAnS3URI(let uri):
            return "Expecting 's3' scheme, got: \(uri)"
        case .invalidBucketName(let name, let reason):
            return "Invalid bucket name \"\(name)\": a bucket name \(reason)"
        case .invalidKey(let bucket, let key, let reason):
            return "Invalid key \"\(key.replacingOccurrences(of: "\0", with: "\\0"))\" in bucket \(bucket): the key \(reason)"
        case .noSuchBucket(let name):
            return "NoSuchBucket: The specified bucket does not exist: \(name)"
        case .noSuchKey(let uri):
            return "NoSuchKey: The specified key does not exist: \(uri)"
        case .localFileNotFound(let path):
            return "No such file or directory: '\(path)'"
        }
    }
}
