/// The `class` statement's last step: a new type from its bases and namespace.
extension Interpreter {
    func makeClass(name: String, qualname: String, bases: [PyType], namespace: PyAttributes) throws -> PyType {
        let bases = bases.isEmpty ? [BuiltinTypes.object] : bases
        var layout = PyType.Layout.instance
        var builtinBase: PyType?
        for base in bases {
            switch base.layout {
            case .exception: layout = .exception
            case .builtinSubclass:
                layout = .builtinSubclass
                builtinBase = base.builtinBase
            case .builtin where Self.subclassableBuiltins.contains(where: { $0 === base }):
                layout = .builtinSubclass
                builtinBase = base
            case .builtin where base !== BuiltinTypes.object:
                throw PyError.unsupported("subclassing the builtin type '\(base.name)'")
            default: break
            }
        }
        guard PyType.hasConsistentMRO(bases) else {
            throw PyError.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                                    + bases.map(\.name).joined(separator: ", "))
        }
        let moduleName = namespace["__module__"]?.stringValue ?? "__main__"
        let cls = PyType(name: name, bases: bases, layout: layout, isBuiltin: false, moduleName: moduleName)
        cls.qualname = qualname
        cls.builtinBase = builtinBase
        // A class that defines __eq__ and not __hash__ is unhashable, as in CPython.
        if namespace["__eq__"] != nil && namespace["__hash__"] == nil { namespace["__hash__"] = Value.none }
        let classCell = Cell(.object(cls))
        for (key, value) in namespace.items {
            cls.dict[key] = value
            // Methods that call argument-less super() need to know their class.
            for function in Self.functions(in: value) where function.definingClass == nil {
                function.definingClass = classCell
            }
        }
        // `__init_subclass__` hooks of the bases run as the class is made.
        if let hook = bases.first?.lookup("__init_subclass__"), case .object(let f) = hook, !(f is PyNativeFunction) {
            let function = (f as? PyClassMethod)?.function ?? hook
            _ = try callValue(function, Arguments([.object(cls)]))
        }
        return cls
    }

    /// The builtin types a Python class may extend, besides object and the exceptions.
    static let subclassableBuiltins = [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict,
                                       BuiltinTypes.set, BuiltinTypes.frozenset]

    /// A new, empty (or, for immutable types, filled) builtin object for a subclass instance.
    func newBuiltinSubclassInstance(_ cls: PyType, _ args: Arguments) throws -> Value {
        let base = cls.builtinBase
        if base === BuiltinTypes.tuple {
            return .object(PyTuple(try args.positional.first.map(iterateToArray) ?? [], subclass: cls))
        }
        if base === BuiltinTypes.frozenset {
            let s = PySet(frozen: true, subclass: cls)
            if let source = args.positional.first { try addAll(s, source) }
            return .object(s)
        }
        if base === BuiltinTypes.list { return .object(PyList([], subclass: cls)) }
        if base === BuiltinTypes.set { return .object(PySet(subclass: cls)) }
        return .object(PyDict(subclass: cls))
    }

    private static func functions(in value: Value) -> [PyFunction] {
        guard case .object(let o) = value else { return [] }
        switch o {
        case let f as PyFunction: return [f]
        case let s as PyStaticMethod: return functions(in: s.function)
        case let c as PyClassMethod: return functions(in: c.function)
        case let p as PyProperty: return [p.getter, p.setter, p.deleter].flatMap(functions)
        default: return []
        }
    }
}
