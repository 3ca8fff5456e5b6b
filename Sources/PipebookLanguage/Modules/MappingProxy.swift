/// A read-only view of a dict (`types.MappingProxyType`), as `Pattern.groupindex` returns.
final class MappingProxy: PyObject, NativeRepresentable {
    let dict: PyDict

    init(_ dict: PyDict) { self.dict = dict }

    override var type: PyType { Self.type }

    func pythonRepr(_ interp: Interpreter) throws -> String { "mappingproxy(\(try interp.repr(.object(dict))))" }

    func pythonStr(_ interp: Interpreter) throws -> String { try interp.str(.object(dict)) }

    static let type: PyType = {
        let t = PyType(name: "mappingproxy", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true)
        func dict(_ args: Arguments) -> Value { .object(args[0].as(MappingProxy.self)?.dict ?? PyDict()) }
        t.method("__getitem__") { interp, args in try interp.getItem(dict(args), args[1]) }
        t.method("__len__") { interp, args in .int(try interp.length(dict(args))) }
        t.method("__iter__") { interp, args in .object(try interp.iterate(dict(args))) }
        t.method("__contains__") { interp, args in .bool(try interp.contains(dict(args), args[1])) }
        for name in ["keys", "values", "items", "get", "copy"] {
            t.method(name) { interp, args in
                try interp.callMethod(dict(args), name, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            }
        }
        return t
    }()
}
