/// The string operations of CPython's `posixpath` module, transcribed so that every edge
/// case (trailing slashes, `//` roots, leading dots) comes out the same.
enum PosixPath {
    /// `os.path.join`.
    static func join(_ first: String, _ rest: [String]) -> String {
        var path = first
        for part in rest {
            if part.hasPrefix("/") {
                path = part
            } else if path.isEmpty || path.hasSuffix("/") {
                path += part
            } else {
                path += "/" + part
            }
        }
        return path
    }

    /// `os.path.split`: everything up to the last slash (without trailing slashes unless it
    /// is all slashes), and the rest.
    static func split(_ path: String) -> (head: String, tail: String) {
        let bytes = Array(path.utf8)
        let i = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        var head = String(decoding: bytes[..<i], as: UTF8.self)
        let tail = String(decoding: bytes[i...], as: UTF8.self)
        if !head.isEmpty && !head.utf8.allSatisfy({ $0 == UInt8(ascii: "/") }) {
            head = stripTrailingSlashes(head)
        }
        return (head, tail)
    }

    static func basename(_ path: String) -> String { split(path).tail }

    static func dirname(_ path: String) -> String { split(path).head }

    /// `os.path.splitext`: the extension starts at the last dot of the last component,
    /// unless the component is all leading dots before it (`.bashrc` has none).
    static func splitext(_ path: String) -> (root: String, ext: String) {
        let bytes = Array(path.utf8)
        let sepIndex = bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1
        guard let dotIndex = bytes.lastIndex(of: UInt8(ascii: ".")), dotIndex > sepIndex else { return (path, "") }
        var filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex {
            if bytes[filenameIndex] != UInt8(ascii: ".") {
                return (String(decoding: bytes[..<dotIndex], as: UTF8.self), String(decoding: bytes[dotIndex...], as: UTF8.self))
            }
            filenameIndex += 1
        }
        return (path, "")
    }

    static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// `os.path.normpath`: collapses `//`, `.` and `a/..` without looking at the disk; keeps
    /// exactly two leading slashes, as POSIX allows them a meaning of their own.
    static func normalize(_ path: String) -> String {
        if path.isEmpty { return "." }
        var initialSlashes = path.hasPrefix("/") ? 1 : 0
        if path.hasPrefix("//") && !path.hasPrefix("///") { initialSlashes = 2 }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty || component == "." { continue }
            if component != ".." || (initialSlashes == 0 && components.isEmpty) || components.last == ".." {
                components.append(component)
            } else if !components.isEmpty {
                components.removeLast()
            }
        }
        let joined = String(repeating: "/", count: initialSlashes) + components.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// `os.path.abspath` against a working directory.
    static func absolute(_ path: String, workingDirectory: String) -> String {
        normalize(isAbsolute(path) ? path : join(workingDirectory, [path]))
    }

    /// `os.path.relpath`.
    static func relative(_ path: String, start: String, workingDirectory: String) throws -> String {
        if path.isEmpty { throw PyError.valueError("no path specified") }
        let startParts = absolute(start, workingDirectory: workingDirectory).split(separator: "/").map(String.init)
        let pathParts = absolute(path, workingDirectory: workingDirectory).split(separator: "/").map(String.init)
        var common = 0
        while common < startParts.count && common < pathParts.count && startParts[common] == pathParts[common] {
            common += 1
        }
        let parts = Array(repeating: "..", count: startParts.count - common) + pathParts[common...]
        guard let first = parts.first else { return "." }
        return join(first, Array(parts.dropFirst()))
    }

    /// `os.path.commonpath`.
    static func commonPath(_ paths: [String]) throws -> String {
        if paths.isEmpty { throw PyError.valueError("commonpath() arg is an empty sequence") }
        let absolute = Set(paths.map(isAbsolute))
        if absolute.count > 1 { throw PyError.valueError("Can't mix absolute and relative paths") }
        let split = paths.map { p in p.split(separator: "/", omittingEmptySubsequences: false).filter { !$0.isEmpty && $0 != "." } }
        let less: ([Substring], [Substring]) -> Bool = { a, b in
            a.lexicographicallyPrecedes(b) { Interpreter.strLess(String($0), String($1)) }
        }
        let s1 = split.min(by: less)!, s2 = split.max(by: less)!
        var common = s1
        for (i, c) in s1.enumerated() where c != s2[i] {
            common = Array(s1[..<i])
            break
        }
        return (absolute.first! ? "/" : "") + common.joined(separator: "/")
    }

    /// `os.path.commonprefix`: the longest common leading string, character by character.
    static func commonPrefix(_ strings: [String]) -> String {
        guard let s1 = strings.min(by: Interpreter.strLess), let s2 = strings.max(by: Interpreter.strLess) else { return "" }
        let a = Array(s1.unicodeScalars), b = Array(s2.unicodeScalars)
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: a[..<i])
        return String(view)
    }

    /// `os.path.expanduser` given the home folder (None: no `HOME`, leave the path alone).
    static func expandUser(_ path: String, home: String?, userHome: (String) -> String?) -> String {
        guard path.hasPrefix("~") else { return path }
        let bytes = Array(path.utf8)
        let i = bytes[1...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
        let found = i == 1 ? home : userHome(String(decoding: bytes[1..<i], as: UTF8.self))
        guard let found else { return path }
        let result = stripTrailingSlashes(found) + String(decoding: bytes[i...], as: UTF8.self)
        return result.isEmpty ? "/" : result
    }

    private static func stripTrailingSlashes(_ s: String) -> String {
        var s = Substring(s)
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
