import Foundation
import PipebookDigests

/// The hash the SageMaker SDK puts in a code upload's S3 path
/// (`s3://<bucket>/<pipeline>/code/<hash>/<file>`), so the path changes only when the code does.
///
/// For each path in sorted order: the path as the program wrote it, then a file's bytes, or
/// for a folder each entry's name and then its bytes or contents, in sorted order, recursively.
/// This is `sagemaker.workflow.utilities.hash_files_or_dirs`.
public enum CodeHash {
    /// `resolve` turns a path as written into the file to read (the host's view of the disk);
    /// by default, relative to the working directory.
    public static func of(paths: [String], resolve: (String) -> URL = { URL(fileURLWithPath: $0) }) throws -> String {
        var hash = SHA256()
        for path in paths.sorted(by: scalarOrder) {
            var local = path
            if local.lowercased().hasPrefix("file://") {
                local = URL(string: local)?.path ?? String(local.dropFirst(7))
            }
            hash.update(Array(local.utf8))
            let url = resolve(local)
            switch kind(url) {
            case .folder: try hashFolder(url, into: &hash)
            case .file: try hashFile(url, into: &hash)
            case .missing: break  // the SDK hashes the name alone and fails later, at upload
            }
        }
        return hash.hexDigest()
    }

    private enum Kind { case file, folder, missing }

    private static func kind(_ url: URL) -> Kind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .missing }
        return isFolder.boolValue ? .folder : .file
    }

    private static func hashFolder(_ url: URL, into hash: inout SHA256) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted(by: scalarOrder)
        for name in names {
            hash.update(Array(name.utf8))
            let entry = url.appendingPathComponent(name)
            switch kind(entry) {
            case .folder: try hashFolder(entry, into: &hash)
            case .file: try hashFile(entry, into: &hash)
            case .missing: break
            }
        }
    }

    private static func hashFile(_ url: URL, into hash: inout SHA256) throws {
        hash.update(try Data(contentsOf: url))
    }

    /// Python's string order: by code point.
    static func scalarOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
