/// Tuple classes with named fields that native modules return (`functools.CacheInfo`,
/// `time.struct_time`, `datetime.IsoCalendarDate`): real tuples for indexing, unpacking,
/// comparison and hashing, with the fields as read-only attributes and CPython's repr.
enum NamedTupleType {
    /// A tuple subclass of `module` whose repr reads `reprPrefix(field=value, ...)`.
    static func make(name: String, module: String, fields: [String], reprPrefix: String) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.tuple], layout: .builtinSubclass, isBuiltin: true,
                       moduleName: module)
        t.builtinBase = BuiltinTypes.tuple
        for (i, field) in fields.enumerated() {
            let getter = PyNativeFunction(name: field) { _, args in
                guard let tuple = args.positional.first?.as(PyTuple.self), i < tuple.items.count else {
                    throw PyError.typeError("descriptor '\(field)' for '\(name)' objects doesn't apply to this object")
                }
                return tuple.items[i]
            }
            t.dict[field] = .object(PyProperty(getter: .object(getter)))
        }
        t.dict["_fields"] = .object(PyTuple(fields.map { .str($0) }))
        t.method("__repr__") { interp, args in
            let items = try tuple(args, name).items
            let parts = try zip(fields, items).map { "\($0)=\(try interp.repr($1))" }
            return .str("\(reprPrefix)(\(parts.joined(separator: ", ")))")
        }
        t.method("_asdict") { interp, args in
            .object(interp.namespaceDict(Array(zip(fields, try tuple(args, name).items))))
        }
        return t
    }

    static func instance(_ type: PyType, _ items: [Value]) -> Value {
        .object(PyTuple(items, subclass: type))
    }

    private static func tuple(_ args: Arguments, _ name: String) throws -> PyTuple {
        guard let t = args.positional.first?.as(PyTuple.self) else {
            throw PyError.typeError("descriptor requires a '\(name)' object")
        }
        return t
    }
}
