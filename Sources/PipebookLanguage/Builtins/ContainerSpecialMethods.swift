/// The special methods of list, tuple, dict, set and frozenset as callable attributes
/// (`dict.__setitem__`, `super().__getitem__(key)`), which subclasses call to reach the builtin
/// behaviour underneath their own overrides. The interpreter core does not go through them: it
/// implements these operations itself and consults only methods written in Python.
extension BuiltinMethods {
    static func installContainerSpecialMethods() {
        let containers = [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset]
        for type in containers {
            type.method("__len__") { interp, args in
                try args.expect("__len__", min: 1, max: 1)
                return .int(try interp.builtinLength(receiver(args, type, "__len__")))
            }
            type.method("__contains__") { interp, args in
                try args.expect("__contains__", min: 2, max: 2)
                return .bool(try interp.builtinContains(receiver(args, type, "__contains__"), args[1]))
            }
            type.method("__iter__") { interp, args in
                try args.expect("__iter__", min: 1, max: 1)
                return .object(try interp.builtinIterate(receiver(args, type, "__iter__")))
            }
            type.method("__repr__") { interp, args in
                try args.expect("__repr__", min: 1, max: 1)
                let value = try receiver(args, type, "__repr__")
                guard case .object(let o) = value else { return .none }
                return .str(try interp.builtinRepr(object: o, value))
            }
            for (name, op) in comparisons {
                type.method(name) { interp, args in
                    try args.expect(name, min: 2, max: 2)
                    guard isComparable(args[1], with: type),
                          let result = try interp.builtinCompare(receiver(args, type, name), args[1], op) else {
                        return .object(PyNotImplemented.shared)
                    }
                    return .bool(result)
                }
            }
        }
        for type in [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict] {
            type.method("__getitem__") { interp, args in
                try args.expect("__getitem__", min: 2, max: 2)
                let value = try receiver(args, type, "__getitem__")
                guard case .object(let o) = value else { return .none }
                return try interp.builtinGetItem(o, value, args[1])
            }
        }
        for type in [BuiltinTypes.list, BuiltinTypes.dict] {
            type.method("__setitem__") { interp, args in
                try args.expect("__setitem__", min: 3, max: 3)
                try interp.builtinSetItem(receiver(args, type, "__setitem__"), args[1], args[2])
                return .none
            }
            type.method("__delitem__") { interp, args in
                try args.expect("__delitem__", min: 2, max: 2)
                try interp.builtinDeleteItem(receiver(args, type, "__delitem__"), args[1])
                return .none
            }
        }
    }

    private static let comparisons: [(String, CompareOp)] = [
        ("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge),
    ]

    /// Whether the builtin comparison applies: sets and frozensets compare with each other,
    /// other containers with their own kind; anything else gets NotImplemented.
    private static func isComparable(_ other: Value, with type: PyType) -> Bool {
        if type === BuiltinTypes.set || type === BuiltinTypes.frozenset { return other.as(PySet.self) != nil }
        return other.type.isSubtype(of: type)
    }

    /// The receiver, checked to be an instance of `type` as CPython's method descriptors check it.
    private static func receiver(_ args: Arguments, _ type: PyType, _ name: String) throws -> Value {
        guard let first = args.positional.first else {
            throw PyError.typeError("unbound method \(type.name).\(name)() needs an argument")
        }
        guard first.type.isSubtype(of: type) else {
            throw PyError.typeError("descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(first.typeName)' object")
        }
        return first
    }
}
