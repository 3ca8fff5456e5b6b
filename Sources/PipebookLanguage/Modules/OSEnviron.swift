import Foundation

/// `os.environ`: the process environment as it was when `os` was imported, as in CPython.
/// Changes made through it also change the process environment (`os.putenv` changes only
/// the latter, as in CPython).
final class EnvironmentMapping: PyObject, NativeRepresentable {
    private var names: [String] = []
    private var values: [String: String] = [:]
    /// True when the host gave the interpreter its own environment: changes stay here.
    private let isPrivate: Bool

    init(private variables: [String: String]?) {
        isPrivate = variables != nil
        super.init()
        if let variables {
            for name in variables.keys.sorted() {
                names.append(name)
                values[name] = variables[name]
            }
            return
        }
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                let name = String(text[..<equals])
                if values[name] == nil { names.append(name) }
                values[name] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
    }

    override var type: PyType { Self.type }

    func value(for name: String) -> String? { values[name] }

    func set(_ name: String, _ value: String) {
        if values[name] == nil { names.append(name) }
        values[name] = value
        if !isPrivate { setenv(name, value, 1) }
    }

    func remove(_ name: String) -> String? {
        guard let old = values.removeValue(forKey: name) else { return nil }
        names.removeAll { $0 == name }
        if !isPrivate { unsetenv(name) }
        return old
    }

    var items: [(String, String)] { names.map { ($0, values[$0]!) } }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "environ({" + items.map { "\(Interpreter.quote($0)): \(Interpreter.quote($1))" }.joined(separator: ", ") + "})"
    }

    /// A key or value must be a str, as CPython's `encodekey` and `encodevalue` insist.
    static func text(_ v: Value) throws -> String {
        guard let s = v.stringValue else { throw PyError.typeError("str expected, not \(v.typeName)") }
        return s
    }

    static let type: PyType = {
        let t = PyType(name: "_Environ", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "os")
        t.isPythonClassInCPython = true
        t.method("__getitem__") { _, args in
            try args.expect("__getitem__", min: 2, max: 2)
            guard let value = try receiver(args).value(for: text(args[1])) else { throw PyError.keyError(args[1]) }
            return .str(value)
        }
        t.method("__setitem__") { _, args in
            try args.expect("__setitem__", min: 3, max: 3)
            try receiver(args).set(text(args[1]), text(args[2]))
            return .none
        }
        t.method("__delitem__") { _, args in
            try args.expect("__delitem__", min: 2, max: 2)
            if try receiver(args).remove(text(args[1])) == nil { throw PyError.keyError(args[1]) }
            return .none
        }
        t.method("__contains__") { _, args in
            try args.expect("__contains__", min: 2, max: 2)
            return .bool(try receiver(args).value(for: text(args[1])) != nil)
        }
        t.method("__len__") { _, args in .int(try receiver(args).names.count) }
        t.method("__iter__") { _, args in .object(ArrayIterator(try receiver(args).names.map { .str($0) }, name: "iterator")) }
        t.method("keys") { _, args in .object(PyList(try receiver(args).names.map { .str($0) })) }
        t.method("values") { _, args in .object(PyList(try receiver(args).items.map { .str($0.1) })) }
        t.method("items") { _, args in
            .object(PyList(try receiver(args).items.map { .object(PyTuple([.str($0.0), .str($0.1)])) }))
        }
        t.method("copy") { interp, args in
            .object(interp.namespaceDict(try receiver(args).items.map { ($0.0, .str($0.1)) }))
        }
        t.method("get") { _, args in
            try args.expect("get", min: 2, max: 3)
            if let value = try receiver(args).value(for: text(args[1])) { return .str(value) }
            return args.count > 2 ? args[2] : .none
        }
        t.method("setdefault") { _, args in
            try args.expect("setdefault", min: 2, max: 3)
            let environment = try receiver(args)
            let name = try text(args[1])
            if let value = environment.value(for: name) { return .str(value) }
            let value = args.count > 2 ? args[2] : .none
            environment.set(name, try text(value))
            return value
        }
        t.method("pop") { _, args in
            try args.expect("pop", min: 2, max: 3)
            if let old = try receiver(args).remove(text(args[1])) { return .str(old) }
            if args.count > 2 { return args[2] }
            throw PyError.keyError(args[1])
        }
        t.method("update") { interp, args in
            let environment = try receiver(args)
            var pairs: [(Value, Value)] = []
            if args.count > 1 { pairs = try interp.mappingItems(args[1]) }
            pairs += args.keywords.map { (.str($0.name), $0.value) }
            for (k, v) in pairs { environment.set(try text(k), try text(v)) }
            return .none
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> EnvironmentMapping {
        guard let e = args.positional.first?.as(EnvironmentMapping.self) else {
            throw PyError.typeError("descriptor requires an 'os._Environ' object")
        }
        return e
    }
}
