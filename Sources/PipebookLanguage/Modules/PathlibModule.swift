/// `pathlib`: `PurePath`/`PurePosixPath` for path arithmetic and `Path`/`PosixPath` for
/// the disk, with CPython 3.11's classes, results and errors. Windows paths are refused.
enum PathlibModule {
    static let purePath = makeType("PurePath", [OSModule.pathLike])
    static let purePosixPath = makeType("PurePosixPath", [purePath])
    static let path = makeType("Path", [purePath])
    static let posixPath = makeType("PosixPath", [path, purePosixPath])

    private static func makeType(_ name: String, _ bases: [PyType]) -> PyType {
        let t = PyType(name: name, bases: bases, layout: .builtin, isBuiltin: true, moduleName: "pathlib")
        t.isPythonClassInCPython = true
        return t
    }

    private static let installed: Void = {
        purePath.construct = { interp, _, args in
            if let (name, _) = args.keywords.first {
                throw PyError.typeError("PurePath.__new__() got an unexpected keyword argument '\(name)'")
            }
            return .object(try PurePathObject.make(purePosixPath, args.positional, interp))
        }
        purePosixPath.construct = purePath.construct
        // Path() ignores keyword arguments in 3.11.
        path.construct = { interp, _, args in .object(try PurePathObject.make(posixPath, args.positional, interp)) }
        posixPath.construct = path.construct
        installPureMethods(purePath)
        installDiskMethods(path)
    }()

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = installed
        let m = ModuleBuilder("pathlib")
        for t in [purePath, purePosixPath, path, posixPath] { m.value(t.name, .object(t)) }
        for name in ["PureWindowsPath", "WindowsPath"] {
            m.function(name) { _, _ in throw PyError.unsupported("Windows paths (pathlib.\(name))") }
        }
        return m.module
    }

    /// The path a method was called on.
    static func receiver(_ args: Arguments) throws -> PurePathObject {
        guard let p = args.positional.first?.as(PurePathObject.self) else {
            throw PyError.typeError("descriptor requires a 'pathlib.PurePath' object")
        }
        return p
    }

    // MARK: Path arithmetic

    private static func installPureMethods(_ t: PyType) {
        t.method("__truediv__") { interp, args in
            let p = try receiver(args)
            guard isPathOperand(args[1]) else { return .object(PyNotImplemented.shared) }
            return .object(try p.joining([args[1]], interp))
        }
        t.method("__rtruediv__") { interp, args in
            let p = try receiver(args)
            guard isPathOperand(args[1]) else { return .object(PyNotImplemented.shared) }
            return .object(try PurePathObject.make(p.cls, [args[1], .object(p)], interp))
        }
        t.method("__eq__") { _, args in
            let p = try receiver(args)
            guard let other = args[1].as(PurePathObject.self) else { return .object(PyNotImplemented.shared) }
            return .bool(p.displayParts == other.displayParts)
        }
        t.method("__hash__") { _, args in
            .int(NumericHash.ofTuple(try receiver(args).displayParts.map(PyStr.hash(of:))))
        }
        let orderings: [(String, (Bool, Bool) -> Bool)] = [
            ("__lt__", { less, _ in less }), ("__le__", { less, equal in less || equal }),
            ("__gt__", { less, equal in !less && !equal }), ("__ge__", { less, _ in !less }),
        ]
        for (name, decide) in orderings {
            t.method(name) { _, args in
                let p = try receiver(args)
                guard let other = args[1].as(PurePathObject.self) else { return .object(PyNotImplemented.shared) }
                let less = p.displayParts.lexicographicallyPrecedes(other.displayParts, by: Interpreter.strLess)
                return .bool(decide(less, p.displayParts == other.displayParts))
            }
        }
        t.method("__fspath__") { _, args in .str(try receiver(args).path) }
        t.method("__str__") { _, args in .str(try receiver(args).path) }
        t.method("as_posix") { _, args in .str(try receiver(args).path) }
        t.method("as_uri") { _, args in
            let p = try receiver(args)
            if p.root.isEmpty { throw PyError.valueError("relative path can't be expressed as a file URI") }
            return .str("file://" + percentEncoded(p.path))
        }
        t.method("is_absolute") { _, args in .bool(!(try receiver(args).root.isEmpty)) }
        t.method("is_reserved") { _, _ in .false }
        t.method("joinpath") { interp, args in
            .object(try receiver(args).joining(Array(args.positional.dropFirst()), interp))
        }
        t.method("relative_to") { interp, args in
            .object(try relative(try receiver(args), Array(args.positional.dropFirst()), interp))
        }
        t.method("is_relative_to") { interp, args in
            do {
                _ = try relative(try receiver(args), Array(args.positional.dropFirst()), interp)
                return .true
            } catch let e as PyError where e.exception.cls === BuiltinTypes.valueError {
                return .false
            }
        }
        t.method("match") { _, args in
            try args.expect("match", min: 2, max: 2)
            guard let pattern = args[1].stringValue else {
                throw PyError.typeError("expected str, bytes or os.PathLike object, not \(args[1].typeName)")
            }
            return .bool(try matches(try receiver(args), pattern))
        }
        t.method("with_name") { _, args in
            try args.expect("with_name", min: 2, max: 2)
            return .object(try withName(try receiver(args), try stringArgument(args[1])))
        }
        t.method("with_stem") { _, args in
            try args.expect("with_stem", min: 2, max: 2)
            let p = try receiver(args)
            return .object(try withName(p, try stringArgument(args[1]) + p.suffix))
        }
        t.method("with_suffix") { _, args in
            try args.expect("with_suffix", min: 2, max: 2)
            let p = try receiver(args)
            let suffix = try stringArgument(args[1])
            if suffix.contains("/") || (!suffix.isEmpty && !suffix.hasPrefix(".")) || suffix == "." {
                throw PyError.valueError("Invalid suffix \(quoted(suffix))")
            }
            if p.name.isEmpty { throw PyError.valueError("\(p.cls.name)(\(quoted(p.path))) has an empty name") }
            let old = p.suffix
            let name = String(p.name.unicodeScalars.dropLast(old.unicodeScalars.count)) + suffix
            return .object(p.with(parts: Array(p.parts.dropLast()) + [name]))
        }
    }

    private static func isPathOperand(_ v: Value) -> Bool {
        v.stringValue != nil || v.as(PurePathObject.self) != nil
            || (v.as(PyType.self) == nil && v.type.lookup("__fspath__") != nil && v.as(PyBytes.self) == nil)
    }

    private static func stringArgument(_ v: Value) throws -> String {
        guard let s = v.stringValue else { throw PyError.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)") }
        return s
    }

    private static func quoted(_ s: String) -> String { Interpreter.quote(s) }

    private static func withName(_ p: PurePathObject, _ name: String) throws -> PurePathObject {
        if p.name.isEmpty { throw PyError.valueError("\(p.cls.name)(\(quoted(p.path))) has an empty name") }
        let parsed = PurePathObject.parse([name])
        if name.isEmpty || name.hasSuffix("/") || !parsed.root.isEmpty || parsed.parts.count != 1 {
            throw PyError.valueError("Invalid name \(quoted(name))")
        }
        return p.with(parts: Array(p.parts.dropLast()) + [name])
    }

    /// `relative_to(*other)`, CPython 3.11's way: `other` must be a leading part of this path.
    private static func relative(_ p: PurePathObject, _ others: [Value], _ interp: Interpreter) throws -> PurePathObject {
        if others.isEmpty { throw PyError.typeError("need at least one argument") }
        let base = try PurePathObject.make(p.cls, others, interp)
        let mine = p.root.isEmpty ? p.parts : ["", p.root] + p.parts
        let theirs = base.root.isEmpty ? base.parts : ["", base.root] + base.parts
        let n = theirs.count
        let mismatch = n == 0 ? !p.root.isEmpty : (mine.count < n || Array(mine[..<n]) != theirs)
        if mismatch {
            throw PyError.valueError("\(quoted(p.path)) is not in the subpath of \(quoted(base.path))"
                + " OR one path is relative and the other is absolute.")
        }
        return p.with(root: n == 1 ? p.root : "", parts: Array(mine[n...]))
    }

    /// `match(pattern)`: matches from the right, or the whole path for an absolute pattern.
    private static func matches(_ p: PurePathObject, _ pattern: String) throws -> Bool {
        let parsed = PurePathObject.parse([pattern])
        let patternParts = parsed.root.isEmpty ? parsed.parts : [parsed.root] + parsed.parts
        if patternParts.isEmpty { throw PyError.valueError("empty pattern") }
        if !parsed.root.isEmpty && parsed.root != p.root { return false }
        let parts = p.displayParts
        if !parsed.root.isEmpty {
            if patternParts.count != parts.count { return false }
        } else if patternParts.count > parts.count {
            return false
        }
        for (part, pat) in zip(parts.reversed(), patternParts.reversed()) where !GlobPattern(pat).matches(part) {
            return false
        }
        return true
    }

    /// A path percent-encoded as `urllib.parse.quote_from_bytes` does for file URIs.
    private static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "_.-~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}
