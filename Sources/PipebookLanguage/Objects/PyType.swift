/// A Python class: builtin (`int`, `list`, `ValueError`) or defined by a `class` statement.
public final class PyType: PyObject {
    /// What kind of Swift object instances of this type are.
    public enum Layout {
        /// `PyInstance`: a plain object with a `__dict__`.
        case instance
        /// `PyExceptionObject`: BaseException and its subclasses.
        case exception
        /// A builtin type whose instances are made by `construct`.
        case builtin
        /// A Python subclass of list, tuple, dict, set or frozenset: instances are that
        /// builtin object carrying their class (`SubclassState`).
        case builtinSubclass
    }

    /// Makes an instance for `cls(args...)` of a builtin type (`int("3")`, `list(x)`).
    public typealias Constructor = (Interpreter, PyType, Arguments) throws -> Value

    public let name: String
    public var qualname: String
    public var moduleName: String
    public let bases: [PyType]
    public private(set) var mro: [PyType] = []
    public let dict = PyAttributes()
    public let layout: Layout
    public let isBuiltin: Bool
    public var construct: Constructor?
    /// For `.builtinSubclass` types: the builtin type whose objects hold the instances.
    public internal(set) var builtinBase: PyType?
    /// What `cls(...)` calls, found once per version of the class.
    struct ConstructionPlan {
        let version: Int
        /// A `__new__` written in Python, if any.
        let new: Value?
        /// An `__init__` written in Python, if any.
        let initializer: Value?
    }

    var constructionPlan: ConstructionPlan?

    /// The shape a new instance starts with: no attributes yet.
    private(set) lazy var emptyInstanceShape = InstanceShape()
    /// The most attributes an instance of this class has had.
    var instanceAttributeCount = 0

    /// Bumped on every change to this class or its bases, so call sites can cache lookups.
    public private(set) var version = 0
    /// Held strongly: a weak reference would slow every retain of the class down, and classes
    /// live as long as their program anyway.
    private var subclasses: [PyType] = []

    public init(name: String, bases: [PyType], layout: Layout, isBuiltin: Bool,
                moduleName: String = "builtins", construct: Constructor? = nil) {
        self.name = name
        self.qualname = name
        self.moduleName = moduleName
        self.bases = bases
        self.layout = layout
        self.isBuiltin = isBuiltin
        self.construct = construct
        super.init()
        mro = [self] + PyType.linearize(bases)
        for base in bases where !base.isBuiltin { base.subclasses.append(self) }
    }

    public override var type: PyType { BuiltinTypes.type }

    public override var attributes: PyAttributes? { dict }

    /// The attribute `name` from this class or the first base in MRO order that has it.
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        for cls in mro {
            if let v = cls.dict[name] { return v }
        }
        return nil
    }

    /// Whether the interpreter core implements this type's operators itself (int, str, list...).
    /// Builtin types of native modules (`pathlib.PurePosixPath`) implement theirs as dunder methods.
    public var hasCoreOperators: Bool { isBuiltin && moduleName == "builtins" }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for cls in mro where cls === other { return true }
        return false
    }

    /// Sets a class attribute and invalidates lookups cached by call sites.
    public func setAttribute(_ name: String, _ value: Value?) {
        dict[name] = value
        invalidate()
    }

    /// Set on native classes of modules that CPython writes in Python (`pathlib.PosixPath`,
    /// `csv.DictReader`): messages name them without their module, as CPython names classes.
    public var isPythonClassInCPython = false

    /// The type's name in CPython's error messages (its `tp_name`): qualified by the module for
    /// the native classes of modules, as for C types (`'datetime.date' object is not iterable`).
    public var messageName: String {
        isBuiltin && !hasCoreOperators && layout != .exception && !isPythonClassInCPython ? "\(moduleName).\(name)" : name
    }

    private func invalidate() {
        version &+= 1
        for sub in subclasses { sub.invalidate() }
    }

    /// C3 linearisation of the bases, as CPython computes `__mro__`.
    private static func linearize(_ bases: [PyType]) -> [PyType] {
        var sequences = bases.map { $0.mro } + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            // An inconsistent hierarchy: fall back to depth-first order rather than fail here;
            // the class statement reports the error before it gets this far.
            guard let next = candidate else { return result + sequences.flatMap { $0 }.filter { t in !result.contains { $0 === t } } }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next { sequences[i].removeFirst() }
        }
    }

    /// Whether a consistent method resolution order exists for these bases.
    public static func hasConsistentMRO(_ bases: [PyType]) -> Bool {
        var sequences = bases.map { $0.mro } + [bases]
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return true }
            guard let next = sequences.lazy.map({ $0[0] }).first(where: { head in
                !sequences.contains { s in s.dropFirst().contains { $0 === head } }
            }) else { return false }
            for i in sequences.indices where sequences[i].first === next { sequences[i].removeFirst() }
        }
    }
}
