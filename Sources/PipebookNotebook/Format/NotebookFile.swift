import Foundation

/// Notebook files on disk: the format follows the extension (`.ipynb`, else the percent
/// format), and every write goes through a temporary file and a rename, so the file is always
/// either the old notebook or the new one, never half of one.
public enum NotebookFile {
    public enum Format: Sendable {
        case ipynb, percent

        public init(path: String) {
            self = path.lowercased().hasSuffix(".ipynb") ? .ipynb : .percent
        }
    }

    /// Reads a notebook and checks that Pipebook can run it (its kernel language is Python).
    public static func read(_ path: String) throws -> Notebook {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw NotebookFileError(path: path, problem: exists && isFolder.boolValue ? "is a folder, not a notebook" : exists ? "cannot be read" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotebookFileError(path: path, problem: "not UTF-8 text")
        }
        let notebook = Format(path: path) == .ipynb ? try IpynbFormat.read(text, path: path) : try PercentFormat.read(text, path: path)
        if let language = notebook.kernelLanguage, language.lowercased() != "python" {
            throw NotebookFileError(path: path, problem: "its kernel language is \(language), not Python: Pipebook runs Python notebooks only")
        }
        return notebook
    }

    /// The notebook as text in the format its path asks for.
    public static func text(_ notebook: Notebook, for path: String) -> String {
        Format(path: path) == .ipynb ? IpynbFormat.write(notebook) : PercentFormat.write(notebook)
    }

    public static func write(_ notebook: Notebook, to path: String) throws {
        try writeAtomically(text(notebook, for: path), to: path)
    }

    /// Replaces the file at `path` with `text` in one step: a temporary file beside it, renamed over it.
    public static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw NotebookFileError(path: path, problem: "cannot be written: \(String(cString: strerror(errno)))")
        }
        let temporary = String(cString: template)
        var failure: Int32 = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += written
            }
        }
        // mkstemp makes the file private; a notebook is as readable as any file the user writes.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw NotebookFileError(path: path, problem: "cannot be written: \(String(cString: strerror(failure)))")
        }
    }
}
