import Foundation
import PipebookDigests

/// S3 on the local disk: `s3://bucket/key` is the file `<workspace>/s3/bucket/key`.
///
/// Every location is checked by `S3Location` before it becomes a path, and the path is
/// checked again to lie under the S3 folder, so nothing is ever written outside it.
public struct LocalS3: Sendable {
    public let root: URL

    public init(workspace: Workspace) {
        root = workspace.s3Root
    }

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The file (or folder, for a prefix) that holds `location`.
    public func fileURL(for location: S3Location) throws -> URL {
        var url = root.appendingPathComponent(location.bucket, isDirectory: true)
        for segment in location.key.split(separator: "/") { url.appendPathComponent(String(segment)) }
        let path = url.standardizedFileURL.path
        guard path == root.path || path.hasPrefix(root.path + "/") else {
            throw LocalS3Error.invalidKey(bucket: location.bucket, key: location.key, "leaves the bucket")
        }
        return url
    }

    public func bucketExists(_ name: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    /// Creates a bucket; creating one that exists does nothing.
    public func createBucket(_ name: String) throws {
        try S3Location.checkBucket(name)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(name, isDirectory: true),
                                                withIntermediateDirectories: true)
    }

    /// Writes an object, creating its bucket if needed (workshops name buckets they never made).
    public func put(_ data: Data, at location: S3Location) throws {
        guard !location.key.isEmpty, !location.key.hasSuffix("/") else {
            throw LocalS3Error.invalidKey(bucket: location.bucket, key: location.key, "names a folder, not an object")
        }
        try createBucket(location.bucket)
        let file = try fileURL(for: location)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file, options: .atomic)
    }

    /// Reads an object.
    public func get(_ location: S3Location) throws -> Data {
        guard bucketExists(location.bucket) else { throw LocalS3Error.noSuchBucket(location.bucket) }
        let file = try fileURL(for: location)
        var isFolder: ObjCBool = false
        guard !location.key.isEmpty, FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
              !isFolder.boolValue, let data = FileManager.default.contents(atPath: file.path) else {
            throw LocalS3Error.noSuchKey(location.uri)
        }
        return data
    }

    /// What HeadObject tells of an object: its size, when it was last written and its ETag;
    /// nil when there is no such object (the bucket must exist).
    public func head(_ location: S3Location) throws -> S3ObjectInfo? {
        guard bucketExists(location.bucket) else { throw LocalS3Error.noSuchBucket(location.bucket) }
        let file = try fileURL(for: location)
        guard !location.key.isEmpty,
              let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey]),
              values.isRegularFile == true, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return S3ObjectInfo(location: location, size: data.count, lastModified: values.contentModificationDate ?? Date(),
                            eTag: "\"" + MD5.hexDigest(data) + "\"")
    }

    /// Deletes an object; deleting one that does not exist does nothing, as in S3.
    public func delete(_ location: S3Location) throws {
        guard bucketExists(location.bucket) else { throw LocalS3Error.noSuchBucket(location.bucket) }
        let file = try fileURL(for: location)
        guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return }
        try FileManager.default.removeItem(at: file)
    }

    /// The objects whose keys begin with the location's key, in key order, as S3 lists them.
    public func list(_ prefix: S3Location) throws -> [S3Location] {
        guard bucketExists(prefix.bucket) else { throw LocalS3Error.noSuchBucket(prefix.bucket) }
        let bucketURL = try fileURL(for: S3Location(bucket: prefix.bucket, key: ""))
        // Walk only the folder the prefix's complete segments name.
        let folderKey = prefix.key.contains("/") ? String(prefix.key[...prefix.key.lastIndex(of: "/")!]) : ""
        let start = try fileURL(for: S3Location(bucket: prefix.bucket, key: folderKey))
        guard let walker = FileManager.default.enumerator(at: start, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var keys: [String] = []
        let base = bucketURL.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let key = String(url.standardizedFileURL.path.dropFirst(base.count))
            if key.hasPrefix(prefix.key) { keys.append(key) }
        }
        return try keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { try S3Location(bucket: prefix.bucket, key: $0) }
    }

    /// Uploads a local file to `location`, or a folder's files under it (keys relative to the
    /// folder, as `aws s3 cp --recursive` makes them). Returns the objects written.
    @discardableResult
    public func upload(localPath: String, to location: S3Location) throws -> [S3Location] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: localPath, isDirectory: &isFolder) else {
            throw LocalS3Error.localFileNotFound(localPath)
        }
        if !isFolder.boolValue {
            let data = try Data(contentsOf: URL(fileURLWithPath: localPath))
            try put(data, at: location)
            return [location]
        }
        var written: [S3Location] = []
        for relative in try LocalFiles.regularFiles(under: localPath) {
            let target = try location.appending(relative)
            try put(try Data(contentsOf: URL(fileURLWithPath: localPath + "/" + relative)), at: target)
            written.append(target)
        }
        return written
    }

    /// Downloads every object under `prefix` into `folder`, keys relative to the prefix.
    /// Returns the local paths written.
    @discardableResult
    public func download(_ prefix: S3Location, to folder: String) throws -> [String] {
        var written: [String] = []
        for object in try list(prefix) {
            var relative = String(object.key.dropFirst(prefix.key.count)).drop { $0 == "/" }
            if relative.isEmpty { relative = Substring(object.key.split(separator: "/").last ?? "") }
            let target = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(String(relative))
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try get(object).write(to: target, options: .atomic)
            written.append(target.path)
        }
        return written
    }
}

/// An object as HeadObject and ListObjectsV2 describe it.
public struct S3ObjectInfo: Sendable {
    public let location: S3Location
    public let size: Int
    public let lastModified: Date
    /// The MD5 of the bytes in double quotes, as S3 gives it for objects written in one part.
    public let eTag: String
}

/// Listing local folders in a stable order.
enum LocalFiles {
    /// The regular files under `folder`, as paths relative to it, sorted.
    static func regularFiles(under folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [String] = []
        for case let file as URL in walker
        where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files.append(String(file.standardizedFileURL.path.dropFirst(url.path.count + 1)))
        }
        return files.sorted()
    }
}
