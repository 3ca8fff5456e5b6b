import Foundation

/// The `sourcedir.tar.gz` the SDK uploads for script-mode code: a POSIX tar inside gzip.
///
/// Entries carry no timestamps, so the same code gives the same bytes.
public enum SourceArchive {
    /// `entries` are (name in the archive, local path); a folder named "" puts its files at the top.
    public static func make(_ entries: [(name: String, path: URL)]) throws -> Data {
        var tar: [UInt8] = []
        for (name, path) in entries {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                throw LocalS3Error.localFileNotFound(path.path)
            }
            if isFolder.boolValue {
                for relative in try LocalFiles.regularFiles(under: path.path) {
                    let member = name.isEmpty ? relative : name + "/" + relative
                    TarWriter.append(member, [UInt8](try Data(contentsOf: path.appendingPathComponent(relative))), to: &tar)
                }
            } else {
                TarWriter.append(name, [UInt8](try Data(contentsOf: path)), to: &tar)
            }
        }
        tar += [UInt8](repeating: 0, count: 1024)  // two zero blocks end the archive
        return Data(Gzip.compress(tar))
    }
}
