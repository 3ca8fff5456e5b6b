/// `Path.glob` and `Path.rglob`: CPython 3.11's selectors, one per pattern component, walking
/// folders in the order the file system lists them (as `os.scandir` does).
extension PathlibModule {
    /// The paths under `base` matching the components of a relative pattern.
    static func glob(_ base: PurePathObject, _ parts: [String], _ interp: Interpreter) throws -> [Value] {
        for part in parts where part != "**" && part.contains("**") {
            throw PyError.valueError("Invalid pattern: '**' can only be an entire path component")
        }
        guard interp.fileStatus(base.path)?.isDirectory == true else { return [] }
        var found: [Value] = []
        try select(parts[...], from: base, interp) { found.append(.object($0)) }
        return found
    }

    /// The components of a `glob` pattern (a trailing slash asks for folders only).
    static func patternParts(_ pattern: String, recursive: Bool) throws -> [String] {
        if pattern.isEmpty && !recursive { throw PyError.valueError("Unacceptable pattern: ''") }
        let parsed = PurePathObject.parse([pattern])
        if !parsed.root.isEmpty { throw PyError.notImplemented("Non-relative patterns are unsupported") }
        var parts = parsed.parts
        if pattern.hasSuffix("/") { parts.append("") }
        return recursive ? ["**"] + parts : parts
    }

    private static func select(_ parts: ArraySlice<String>, from parent: PurePathObject, _ interp: Interpreter,
                               _ yield: (PurePathObject) throws -> Void) throws {
        guard let pattern = parts.first, !pattern.isEmpty else { return try yield(parent) }
        let rest = parts.dropFirst()
        let foldersOnly = !rest.isEmpty
        if pattern == "**" {
            var yielded = Set<String>()
            try eachFolder(under: parent, interp) { folder in
                try select(rest, from: folder, interp) { p in
                    if yielded.insert(p.path).inserted { try yield(p) }
                }
            }
        } else if GlobPattern.hasMagic(pattern) {
            let matcher = GlobPattern(pattern)
            for name in try listing(parent, interp) where matcher.matches(name) {
                let child = parent.with(parts: parent.parts + [name])
                if foldersOnly && interp.fileStatus(child.path)?.isDirectory != true { continue }
                try select(rest, from: child, interp, yield)
            }
        } else {
            let child = parent.with(parts: parent.parts + [pattern])
            guard let status = interp.fileStatus(child.path), !foldersOnly || status.isDirectory else { return }
            try select(rest, from: child, interp, yield)
        }
    }

    /// `folder` and every folder below it, depth first, not following symbolic links.
    private static func eachFolder(under folder: PurePathObject, _ interp: Interpreter,
                                   _ body: (PurePathObject) throws -> Void) throws {
        try body(folder)
        for name in try listing(folder, interp) {
            let child = folder.with(parts: folder.parts + [name])
            if interp.fileStatus(child.path)?.isDirectory == true,
               interp.fileStatus(child.path, followLinks: false)?.isSymbolicLink != true {
                try eachFolder(under: child, interp, body)
            }
        }
    }

    /// A folder's names; one the program may not read counts as empty, as CPython's selectors treat it.
    private static func listing(_ folder: PurePathObject, _ interp: Interpreter) throws -> [String] {
        do {
            return try interp.directoryEntries(folder.path)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.permissionError) {
            return []
        }
    }
}
