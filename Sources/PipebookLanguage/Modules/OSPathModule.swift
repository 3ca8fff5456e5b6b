import Foundation

/// `os.path` (CPython's `posixpath`): path strings exactly as CPython splits and joins them,
/// and questions about files answered through the host's file-system mapping.
enum OSPathModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("posixpath")
        for (name, value) in [("sep", "/"), ("extsep", "."), ("pathsep", ":"), ("curdir", "."), ("pardir", ".."),
                              ("defpath", "/bin:/usr/bin"), ("devnull", "/dev/null")] {
            m.value(name, .str(value))
        }
        m.value("altsep", .none)
        m.value("supports_unicode_filenames", .false)

        func pathFunction(_ name: String, _ parameter: String, _ body: @escaping (Interpreter, String) throws -> Value) {
            let signature = PythonSignature(name, [parameter])
            m.function(name) { interp, args in try body(interp, try interp.fileSystemPath(signature.bind(args)[0]!)) }
        }
        pathFunction("basename", "p") { _, p in .str(PosixPath.basename(p)) }
        pathFunction("dirname", "p") { _, p in .str(PosixPath.dirname(p)) }
        pathFunction("split", "p") { _, p in
            let (head, tail) = PosixPath.split(p)
            return .object(PyTuple([.str(head), .str(tail)]))
        }
        pathFunction("splitext", "p") { _, p in
            let (root, ext) = PosixPath.splitext(p)
            return .object(PyTuple([.str(root), .str(ext)]))
        }
        pathFunction("splitdrive", "p") { _, p in .object(PyTuple([.str(""), .str(p)])) }
        pathFunction("normpath", "path") { _, p in .str(PosixPath.normalize(p)) }
        pathFunction("normcase", "s") { _, p in .str(p) }
        pathFunction("isabs", "s") { _, p in .bool(PosixPath.isAbsolute(p)) }
        pathFunction("abspath", "path") { interp, p in .str(interp.absolutePath(p)) }
        pathFunction("expanduser", "path") { interp, p in .str(try interp.expandUser(p)) }
        pathFunction("expandvars", "path") { interp, p in .str(try interp.expandVariables(p)) }
        pathFunction("islink", "path") { interp, p in .bool(interp.fileStatus(p, followLinks: false)?.isSymbolicLink == true) }
        pathFunction("lexists", "path") { interp, p in .bool(interp.fileStatus(p, followLinks: false) != nil) }
        pathFunction("ismount", "path") { _, _ in throw PyError.unsupported("os.path.ismount()") }

        func statFunction(_ name: String, _ parameter: String, _ body: @escaping (FileStatus?) -> Value) {
            let signature = PythonSignature(name, [parameter])
            m.function(name) { interp, args in
                let path: String
                do {
                    path = try interp.pathArgument(signature.bind(args)[0]!, "stat")
                } catch let e as PyError where e.exception.cls === BuiltinTypes.valueError {
                    return body(nil)
                }
                return body(interp.fileStatus(path))
            }
        }
        statFunction("exists", "path") { .bool($0 != nil) }
        statFunction("isfile", "path") { .bool($0?.isRegularFile == true) }
        statFunction("isdir", "s") { .bool($0?.isDirectory == true) }

        func statField(_ name: String, _ body: @escaping (FileStatus) -> Value) {
            let signature = PythonSignature(name, ["filename"])
            m.function(name) { interp, args in
                body(try interp.requireFileStatus(try interp.pathArgument(signature.bind(args)[0]!, "stat")))
            }
        }
        statField("getsize") { .int($0.size) }
        statField("getmtime") { .float($0.modificationTime) }
        statField("getatime") { .float($0.accessTime) }
        statField("getctime") { .float($0.changeTime) }

        let join = PythonSignature("join", ["a"])
        m.function("join") { interp, args in
            let first = try interp.fileSystemPath(join.bind(Arguments(Array(args.positional.prefix(1)), keywords: args.keywords))[0]!)
            let rest = try args.positional.dropFirst().map { v -> String in
                if v.stringValue == nil && v.as(PurePathObject.self) == nil && v.type.lookup("__fspath__") == nil {
                    throw PyError.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(v.typeName)'")
                }
                return try interp.fileSystemPath(v)
            }
            return .str(PosixPath.join(first, rest))
        }
        let realpath = PythonSignature("realpath", ["filename"], keywordOnly: ["strict"])
        m.function("realpath") { interp, args in
            let bound = try realpath.bind(args)
            let strict = try bound[1].map { try interp.isTrue($0) } ?? false
            return .str(try interp.realPath(try interp.fileSystemPath(bound[0]!), strict: strict))
        }
        let relpath = PythonSignature("relpath", ["path", "start"], required: 1)
        m.function("relpath") { interp, args in
            let bound = try relpath.bind(args)
            let path = try interp.fileSystemPath(bound[0]!)
            if path.isEmpty { throw PyError.valueError("no path specified") }
            let start = try bound[1].flatMap { $0.isNone ? nil : try interp.fileSystemPath($0) } ?? "."
            return .str(try PosixPath.relative(path, start: start, workingDirectory: interp.workingDirectory))
        }
        let commonpath = PythonSignature("commonpath", ["paths"])
        m.function("commonpath") { interp, args in
            let paths = try interp.iterateToArray(commonpath.bind(args)[0]!).map(interp.fileSystemPath)
            return .str(try PosixPath.commonPath(paths))
        }
        let commonprefix = PythonSignature("commonprefix", ["m"])
        m.function("commonprefix") { interp, args in
            let items = try interp.iterateToArray(commonprefix.bind(args)[0]!)
            if items.isEmpty { return .str("") }
            if items[0].as(PyList.self) != nil || items[0].as(PyTuple.self) != nil {
                throw PyError.unsupported("os.path.commonprefix() of lists")
            }
            return .str(PosixPath.commonPrefix(try items.map(interp.fileSystemPath)))
        }
        let samefile = PythonSignature("samefile", ["f1", "f2"])
        m.function("samefile") { interp, args in
            let bound = try samefile.bind(args)
            let a = try interp.requireFileStatus(try interp.pathArgument(bound[0]!, "stat"))
            let b = try interp.requireFileStatus(try interp.pathArgument(bound[1]!, "stat"))
            return .bool(a.raw.st_ino == b.raw.st_ino && a.raw.st_dev == b.raw.st_dev)
        }
        return m.module
    }
}

extension Interpreter {
    /// `os.path.expanduser`: `~` from `HOME` in `os.environ`, `~user` from the password database.
    func expandUser(_ path: String) throws -> String {
        let environment = try OSModule.environment(self)
        let home = environment.value(for: "HOME") ?? OSModule.homeFolder(ofUser: nil)
        return PosixPath.expandUser(path, home: home, userHome: { OSModule.homeFolder(ofUser: $0) })
    }

    /// `os.path.expandvars`: `$name` and `${name}` replaced by variables of `os.environ`;
    /// unknown ones are left as they are.
    func expandVariables(_ path: String) throws -> String {
        guard path.contains("$") else { return path }
        let environment = try OSModule.environment(self)
        let s = Array(path.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_") }
        while i < s.count {
            guard s[i] == "$", i + 1 < s.count else {
                out.append(s[i])
                i += 1
                continue
            }
            var end = i + 1, name: String?
            if s[end] == "{" {
                if let close = s[(end + 1)...].firstIndex(of: "}") {
                    name = String(String.UnicodeScalarView(s[(end + 1)..<close]))
                    end = close + 1
                }
            } else {
                while end < s.count && isWord(s[end]) { end += 1 }
                if end > i + 1 { name = String(String.UnicodeScalarView(s[(i + 1)..<end])) }
            }
            if let name, let value = environment.value(for: name) {
                out.append(contentsOf: value.unicodeScalars)
                i = end
            } else if name != nil {
                out.append(contentsOf: s[i..<end])
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
