/// A `pathlib` path: `PurePosixPath` (string operations only) or `PosixPath` (which also
/// reaches the disk). Both split the path into an optional root and its components.
final class PurePathObject: PyObject, NativeAttributes, NativeRepresentable {
    let cls: PyType
    /// "", "/" or "//" (POSIX gives exactly two leading slashes a meaning of their own).
    let root: String
    /// The components after the root, without empty ones and `.`.
    let parts: [String]

    init(cls: PyType, root: String, parts: [String]) {
        self.cls = cls
        self.root = root
        self.parts = parts
    }

    override var type: PyType { cls }

    /// `str(path)`.
    var path: String {
        let joined = root + parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// A path of the same class.
    func with(root: String? = nil, parts: [String]) -> PurePathObject {
        PurePathObject(cls: cls, root: root ?? self.root, parts: parts)
    }

    /// The root and components of path strings joined in order; a later absolute one starts afresh.
    static func parse(_ strings: [String]) -> (root: String, parts: [String]) {
        var root = "", parts: [String] = []
        for s in strings {
            if s.hasPrefix("/") {
                root = s.hasPrefix("//") && !s.hasPrefix("///") ? "//" : "/"
                parts = []
            }
            parts += s.split(separator: "/").filter { $0 != "." }.map(String.init)
        }
        return (root, parts)
    }

    /// The path made from constructor arguments: strings, paths and os.PathLike objects.
    static func make(_ cls: PyType, _ values: [Value], _ interp: Interpreter) throws -> PurePathObject {
        let strings = try values.map { v -> String in
            if let p = v.as(PurePathObject.self) { return p.path }
            if v.as(PyBytes.self) != nil {
                throw PyError.typeError("argument should be a str object or an os.PathLike object returning str, not <class 'bytes'>")
            }
            return try interp.fileSystemPath(v)
        }
        let (root, parts) = parse(strings)
        return PurePathObject(cls: cls, root: root, parts: parts)
    }

    /// `self / other...`: the arguments joined onto this path.
    func joining(_ values: [Value], _ interp: Interpreter) throws -> PurePathObject {
        try Self.make(cls, [.object(self)] + values, interp)
    }

    // MARK: Components

    var name: String { parts.last ?? "" }

    var suffix: String {
        let scalars = Array(name.unicodeScalars)
        guard let dot = scalars.lastIndex(of: "."), dot > 0, dot < scalars.count - 1 else { return "" }
        return String(String.UnicodeScalarView(scalars[dot...]))
    }

    var suffixes: [String] {
        if name.hasSuffix(".") { return [] }
        let trimmed = name.drop { $0 == "." }
        return trimmed.split(separator: ".", omittingEmptySubsequences: false).dropFirst().map { "." + $0 }
    }

    var stem: String {
        let s = suffix
        return s.isEmpty ? name : String(name.unicodeScalars.dropLast(s.unicodeScalars.count))
    }

    var parent: PurePathObject { parts.isEmpty ? self : with(parts: Array(parts.dropLast())) }

    /// `parents`: every ancestor, nearest first.
    var parents: [PurePathObject] {
        (0..<parts.count).reversed().map { with(parts: Array(parts[..<$0])) }
    }

    /// `parts` as CPython lists them: the root first when there is one.
    var displayParts: [String] { root.isEmpty ? parts : [root] + parts }

    // MARK: Python

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return .str(name)
        case "suffix": return .str(suffix)
        case "suffixes": return .object(PyList(suffixes.map { .str($0) }))
        case "stem": return .str(stem)
        case "parent": return .object(parent)
        case "parents": return .object(PathParents(of: self))
        case "parts": return .object(PyTuple(displayParts.map { .str($0) }))
        case "root": return .str(root)
        case "anchor": return .str(root)
        case "drive": return .str("")
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "\(cls.name)(\(try interp.repr(.str(path))))"
    }

    func pythonStr(_ interp: Interpreter) throws -> String { path }
}

/// `path.parents`: a read-only sequence of ancestors, nearest first.
final class PathParents: PyObject, NativeRepresentable {
    let owner: PurePathObject
    let items: [PurePathObject]

    init(of owner: PurePathObject) {
        self.owner = owner
        items = owner.parents
    }

    override var type: PyType { Self.type }

    func pythonRepr(_ interp: Interpreter) throws -> String { "<\(owner.cls.name).parents>" }

    static let type: PyType = {
        let t = PyType(name: "_PathParents", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "pathlib")
        t.isPythonClassInCPython = true
        t.method("__len__") { _, args in .int(try receiver(args).items.count) }
        t.method("__iter__") { _, args in .object(ArrayIterator(try receiver(args).items.map { .object($0) })) }
        t.method("__getitem__") { interp, args in
            try args.expect("__getitem__", min: 2, max: 2)
            let parents = try receiver(args)
            let values = parents.items.map { Value.object($0) }
            if let slice = args[1].as(PySlice.self) {
                let (start, _, step, count) = try interp.sliceIndices(slice, length: values.count)
                return .object(PyTuple((0..<count).map { values[start + $0 * step] }))
            }
            let index = try wholeNumber(args[1])
            let i = index < 0 ? index + values.count : index
            guard i >= 0 && i < values.count else { throw PyError(PyExceptionObject(cls: BuiltinTypes.indexError, args: [args[1]])) }
            return values[i]
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> PathParents {
        guard let p = args.positional.first?.as(PathParents.self) else {
            throw PyError.typeError("descriptor requires a '_PathParents' object")
        }
        return p
    }
}
