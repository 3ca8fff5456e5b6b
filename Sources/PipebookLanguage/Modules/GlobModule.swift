/// `glob`: CPython 3.11's algorithm, so results come in the same order (the order the file
/// system lists folders in, which is what `os.scandir` gives; CPython does not sort either).
/// Hidden names match only patterns that start with a dot; `**` recurses with `recursive=True`.
enum GlobModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("glob")
        let signature = PythonSignature("glob", ["pathname"], keywordOnly: ["root_dir", "dir_fd", "recursive", "include_hidden"])
        func search(_ args: Arguments, _ function: String) throws -> [Value] {
            let bound = try PythonSignature(function, signature.positional, keywordOnly: signature.keywordOnly).bind(args)
            if let fd = bound[2], !fd.isNone { throw PyError.unsupported("glob with dir_fd") }
            if let hidden = bound[4], try interp.isTrue(hidden) { throw PyError.unsupported("glob with include_hidden") }
            let search = Search(rootDir: try bound[1].flatMap { $0.isNone ? nil : try interp.fileSystemPath($0) } ?? "",
                                recursive: try bound[3].map { try interp.isTrue($0) } ?? false, interp: interp)
            let pattern = try interp.fileSystemPath(bound[0]!)
            var found = try search.glob(pattern, foldersOnly: false)
            if (pattern.isEmpty || (search.recursive && pattern.hasPrefix("**"))), found.first == "" {
                found.removeFirst()
            }
            return found.map { .str($0) }
        }
        m.function("glob") { _, args in .object(PyList(try search(args, "glob"))) }
        m.function("iglob") { _, args in .object(NativeGenerator { try search(args, "iglob") }) }
        let hasMagic = PythonSignature("has_magic", ["s"])
        m.function("has_magic") { interp, args in .bool(GlobPattern.hasMagic(try interp.fileSystemPath(hasMagic.bind(args)[0]!))) }
        let escape = PythonSignature("escape", ["pathname"])
        m.function("escape") { interp, args in
            var out = ""
            for c in try interp.fileSystemPath(escape.bind(args)[0]!) {
                out += "*?[".contains(c) ? "[\(c)]" : String(c)
            }
            return .str(out)
        }
        return m.module
    }

    /// One `glob()` call: its root folder and whether `**` recurses.
    private struct Search {
        let rootDir: String
        let recursive: Bool
        let interp: Interpreter

        private func join(_ a: String, _ b: String) -> String {
            a.isEmpty || b.isEmpty ? a + b : PosixPath.join(a, [b])
        }

        func glob(_ pathname: String, foldersOnly: Bool) throws -> [String] {
            let (dirname, basename) = PosixPath.split(pathname)
            if !GlobPattern.hasMagic(pathname) {
                if basename.isEmpty {
                    return interp.fileStatus(join(rootDir, dirname))?.isDirectory == true ? [pathname] : []
                }
                return interp.fileStatus(join(rootDir, pathname), followLinks: false) != nil ? [pathname] : []
            }
            if dirname.isEmpty {
                return recursive && basename == "**" ? try globRecursive(rootDir, foldersOnly: foldersOnly)
                    : try globOne(rootDir, basename, foldersOnly: foldersOnly)
            }
            let dirs = dirname != pathname && GlobPattern.hasMagic(dirname) ? try glob(dirname, foldersOnly: true) : [dirname]
            var found: [String] = []
            for dir in dirs {
                let folder = join(rootDir, dir)
                let names: [String]
                if !GlobPattern.hasMagic(basename) {
                    names = globLiteral(folder, basename)
                } else if recursive && basename == "**" {
                    names = try globRecursive(folder, foldersOnly: foldersOnly)
                } else {
                    names = try globOne(folder, basename, foldersOnly: foldersOnly)
                }
                found += names.map { PosixPath.join(dir, [$0]) }
            }
            return found
        }

        /// The names in a folder matching a pattern; hidden ones only if the pattern starts with a dot.
        private func globOne(_ folder: String, _ pattern: String, foldersOnly: Bool) throws -> [String] {
            let matcher = GlobPattern(pattern)
            return list(folder, foldersOnly: foldersOnly).filter {
                (pattern.hasPrefix(".") || !$0.hasPrefix(".")) && matcher.matches($0)
            }
        }

        private func globLiteral(_ folder: String, _ name: String) -> [String] {
            if name.isEmpty { return interp.fileStatus(folder)?.isDirectory == true ? [name] : [] }
            return interp.fileStatus(join(folder, name), followLinks: false) != nil ? [name] : []
        }

        /// `**`: the folder itself (as ""), then everything below it that is not hidden, depth first.
        private func globRecursive(_ folder: String, foldersOnly: Bool) throws -> [String] {
            [""] + walk(folder, foldersOnly: foldersOnly)
        }

        private func walk(_ folder: String, foldersOnly: Bool) -> [String] {
            var found: [String] = []
            for name in list(folder, foldersOnly: foldersOnly) where !name.hasPrefix(".") {
                found.append(name)
                let path = folder.isEmpty ? name : join(folder, name)
                found += walk(path, foldersOnly: foldersOnly).map { join(name, $0) }
            }
            return found
        }

        /// A folder's names (only subfolders if asked); nothing if it cannot be read.
        private func list(_ folder: String, foldersOnly: Bool) -> [String] {
            let path = folder.isEmpty ? "." : folder
            guard let names = try? interp.directoryEntries(path) else { return [] }
            if !foldersOnly { return names }
            return names.filter { DirectoryEntry(name: $0, folder: path, interp: interp).isDirectory() }
        }
    }
}
