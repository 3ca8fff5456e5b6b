/// The methods of `list`, `dict`, `set` and `frozenset`.
extension BuiltinMethods {
    /// The receiver of a method of a builtin type, checked.
    static func receiver<T: PyObject>(_ args: Arguments, _ type: T.Type, _ method: String) throws -> T {
        try receiver(args.positional.first ?? Value.none, type, method)
    }

    static func receiver<T: PyObject>(_ value: Value, _ type: T.Type, _ method: String) throws -> T {
        guard let r = value.as(T.self) else {
            throw PyError.typeError("descriptor '\(method)' requires a receiver of the right type")
        }
        return r
    }

    static func installListMethods() {
        let list = BuiltinTypes.list
        list.method("__init__") { interp, args in
            try args.expect("list", min: 1, max: 2)
            let l = try receiver(args, PyList.self, "__init__")
            l.items = args.count == 2 ? try interp.iterateToArray(args[1]) : []
            return .none
        }
        let append = list.method("append") { _, args in
            try args.expect("list.append", min: 2, max: 2)
            try receiver(args, PyList.self, "append").items.append(args[1])
            return .none
        }
        append.call2 = { _, list, item in
            try receiver(list, PyList.self, "append").items.append(item)
            return .none
        }
        list.method("extend") { interp, args in
            try args.expect("list.extend", min: 2, max: 2)
            let l = try receiver(args, PyList.self, "extend")
            l.items.append(contentsOf: try interp.iterateToArray(args[1]))
            return .none
        }
        list.method("insert") { _, args in
            try args.expect("insert", min: 3, max: 3)
            let l = try receiver(args, PyList.self, "insert")
            guard case .int(var i) = args[1] else { throw PyError.typeError("'\(args[1].typeName)' object cannot be interpreted as an integer") }
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(args[2], at: min(i, l.items.count))
            return .none
        }
        list.method("pop") { _, args in
            try args.expect("pop", min: 1, max: 2)
            let l = try receiver(args, PyList.self, "pop")
            if l.items.isEmpty { throw PyError.indexError("pop from empty list") }
            var i = l.items.count - 1
            if args.count == 2 {
                guard case .int(let j) = args[1] else { throw PyError.typeError("'\(args[1].typeName)' object cannot be interpreted as an integer") }
                i = j < 0 ? j + l.items.count : j
                guard i >= 0 && i < l.items.count else { throw PyError.indexError("pop index out of range") }
            }
            return l.items.remove(at: i)
        }
        list.method("remove") { interp, args in
            try args.expect("list.remove", min: 2, max: 2)
            let l = try receiver(args, PyList.self, "remove")
            for (i, v) in l.items.enumerated() where try v.isIdentical(to: args[1]) || interp.equals(v, args[1]) {
                l.items.remove(at: i)
                return .none
            }
            throw PyError.valueError("list.remove(x): x not in list")
        }
        list.method("index") { interp, args in
            try args.expect("index", min: 2, max: 4)
            let l = try receiver(args, PyList.self, "index")
            let n = l.items.count
            func bound(_ k: Int, _ fallback: Int) -> Int {
                guard args.count > k, case .int(let b) = args[k] else { return fallback }
                return b < 0 ? max(0, b + n) : min(b, n)
            }
            let start = bound(2, 0), stop = bound(3, n)
            if start < stop {
                for i in start..<stop where try l.items[i].isIdentical(to: args[1]) || interp.equals(l.items[i], args[1]) {
                    return .int(i)
                }
            }
            throw PyError.valueError("\(try interp.repr(args[1])) is not in list")
        }
        list.method("count") { interp, args in
            try args.expect("count", min: 2, max: 2)
            let l = try receiver(args, PyList.self, "count")
            return .int(try l.items.filter { try $0.isIdentical(to: args[1]) || interp.equals($0, args[1]) }.count)
        }
        list.method("clear") { _, args in
            try receiver(args, PyList.self, "clear").items.removeAll()
            return .none
        }
        list.method("copy") { _, args in .object(PyList(try receiver(args, PyList.self, "copy").items)) }
        list.method("reverse") { _, args in
            try receiver(args, PyList.self, "reverse").items.reverse()
            return .none
        }
        list.method("sort") { interp, args in
            guard args.count == 1 else { throw PyError.typeError("sort() takes no positional arguments") }
            let named = try Arguments([], keywords: args.keywords).bind("sort", ["key", "reverse"])
            try interp.sortList(try receiver(args, PyList.self, "sort"), key: named[0], reverse: named[1])
            return .none
        }
    }

    static func installDictMethods() {
        let dict = BuiltinTypes.dict
        dict.method("__init__") { interp, args in
            let d = try receiver(args, PyDict.self, "__init__")
            if args.count > 2 { throw PyError.typeError("dict expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try interp.update(d, from: args[1]) }
            for (k, v) in args.keywords { d.set(k, v) }
            return .none
        }
        let get = dict.method("get") { interp, args in
            try args.expect("get", min: 2, max: 3)
            return try receiver(args, PyDict.self, "get").get(args[1], interp) ?? (args.count == 3 ? args[2] : .none)
        }
        get.call2 = { interp, d, key in try receiver(d, PyDict.self, "get").get(key, interp) ?? .none }
        get.call3 = { interp, d, key, fallback in try receiver(d, PyDict.self, "get").get(key, interp) ?? fallback }
        dict.method("keys") { _, args in .object(PyDictView(try receiver(args, PyDict.self, "keys"), .keys)) }
        dict.method("values") { _, args in .object(PyDictView(try receiver(args, PyDict.self, "values"), .values)) }
        dict.method("items") { _, args in .object(PyDictView(try receiver(args, PyDict.self, "items"), .items)) }
        dict.method("pop") { interp, args in
            try args.expect("pop", min: 2, max: 3)
            if let v = try receiver(args, PyDict.self, "pop").remove(args[1], interp) { return v }
            if args.count == 3 { return args[2] }
            throw PyError.keyError(args[1])
        }
        dict.method("popitem") { _, args in
            guard let (k, v) = try receiver(args, PyDict.self, "popitem").popLast() else {
                throw PyError(BuiltinTypes.keyError, "popitem(): dictionary is empty")
            }
            return .object(PyTuple([k, v]))
        }
        dict.method("setdefault") { interp, args in
            try args.expect("setdefault", min: 2, max: 3)
            let d = try receiver(args, PyDict.self, "setdefault")
            if let v = try d.get(args[1], interp) { return v }
            let v = args.count == 3 ? args[2] : .none
            try d.set(args[1], v, interp)
            return v
        }
        dict.method("update") { interp, args in
            let d = try receiver(args, PyDict.self, "update")
            if args.count > 2 { throw PyError.typeError("update expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try interp.update(d, from: args[1]) }
            for (k, v) in args.keywords { d.set(k, v) }
            return .none
        }
        dict.method("clear") { _, args in
            try receiver(args, PyDict.self, "clear").removeAll()
            return .none
        }
        dict.method("copy") { _, args in .object(try receiver(args, PyDict.self, "copy").copy()) }
        dict.classMethod("fromkeys") { interp, args in
            let d = PyDict()
            let value = args.count > 2 ? args[2] : .none
            for k in try interp.iterateToArray(args[1]) { try d.set(k, value, interp) }
            return .object(d)
        }
    }

    static func installSetMethods() {
        for type in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            type.method("copy") { interp, args in .object(try receiver(args, PySet.self, "copy").copy(interp)) }
            for (name, op) in [("union", BinaryOp.bitOr), ("intersection", .bitAnd), ("difference", .sub),
                               ("symmetric_difference", .bitXor)] {
                type.method(name) { interp, args in
                    var result = try receiver(args, PySet.self, name)
                    if args.count == 1 { return .object(try result.copy(interp)) }
                    for other in args.positional.dropFirst() {
                        let otherSet = PySet()
                        try interp.addAll(otherSet, other)
                        result = try interp.setOperation(op, result, otherSet)!.as(PySet.self)!
                    }
                    return .object(result)
                }
            }
            type.method("issubset") { interp, args in
                let other = PySet()
                try interp.addAll(other, args[1])
                return try interp.compare(args[0], .object(other), .le)
            }
            type.method("issuperset") { interp, args in
                let other = PySet()
                try interp.addAll(other, args[1])
                return try interp.compare(args[0], .object(other), .ge)
            }
            type.method("isdisjoint") { interp, args in
                let s = try receiver(args, PySet.self, "isdisjoint")
                for v in try interp.iterateToArray(args[1]) where try s.contains(v, interp) { return .false }
                return .true
            }
        }
        let set = BuiltinTypes.set
        set.method("__init__") { interp, args in
            try args.expect("set", min: 1, max: 2)
            let s = try receiver(args, PySet.self, "__init__")
            s.removeAll()
            if args.count == 2 { try interp.addAll(s, args[1]) }
            return .none
        }
        set.method("add") { interp, args in
            try args.expect("set.add", min: 2, max: 2)
            try receiver(args, PySet.self, "add").add(args[1], interp)
            return .none
        }
        set.method("remove") { interp, args in
            if !(try receiver(args, PySet.self, "remove").remove(args[1], interp)) { throw PyError.keyError(args[1]) }
            return .none
        }
        set.method("discard") { interp, args in
            try receiver(args, PySet.self, "discard").remove(args[1], interp)
            return .none
        }
        set.method("pop") { _, args in
            guard let v = try receiver(args, PySet.self, "pop").popFirst() else {
                throw PyError(BuiltinTypes.keyError, "pop from an empty set")
            }
            return v
        }
        set.method("clear") { _, args in
            try receiver(args, PySet.self, "clear").removeAll()
            return .none
        }
        set.method("update") { interp, args in
            let s = try receiver(args, PySet.self, "update")
            for other in args.positional.dropFirst() { try interp.addAll(s, other) }
            return .none
        }
        for (name, op) in [("intersection_update", BinaryOp.bitAnd), ("difference_update", .sub),
                           ("symmetric_difference_update", .bitXor)] {
            set.method(name) { interp, args in
                let s = try receiver(args, PySet.self, name)
                let other = PySet()
                try interp.addAll(other, args[1])
                let result = try interp.setOperation(op, s, other)!.as(PySet.self)!
                s.removeAll()
                try s.merge(result, interp)
                return .none
            }
        }
    }
}

/// `dict.keys()`, `.values()` and `.items()`: live views of a dict.
final class PyDictView: PyObject, NativeRepresentable {
    let dict: PyDict
    let kind: DictIterator.Kind

    init(_ dict: PyDict, _ kind: DictIterator.Kind) {
        self.dict = dict
        self.kind = kind
    }

    override var type: PyType {
        switch kind {
        case .keys: return DictViewTypes.keys
        case .values: return DictViewTypes.values
        case .items: return DictViewTypes.items
        }
    }

    var elements: [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.items.map { .object(PyTuple([$0.key, $0.value])) }
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "\(type.name)([" + (try elements.map { try interp.repr($0) }.joined(separator: ", ")) + "])"
    }
}

enum DictViewTypes {
    static let keys = make("dict_keys")
    static let values = make("dict_values")
    static let items = make("dict_items")

    private static func make(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true)
        t.method("__iter__") { _, args in
            guard let view = args[0].as(PyDictView.self) else { return .none }
            return .object(DictIterator(view.dict, view.kind))
        }
        t.method("__len__") { _, args in .int(args[0].as(PyDictView.self)?.dict.count ?? 0) }
        t.method("__reversed__") { _, args in
            guard let view = args[0].as(PyDictView.self) else { return .none }
            let kind = view.kind == .keys ? "dict_reversekeyiterator" : view.kind == .values ? "dict_reversevalueiterator" : "dict_reverseitemiterator"
            return .object(ArrayIterator(view.elements.reversed(), name: kind))
        }
        t.method("__contains__") { interp, args in
            guard let view = args[0].as(PyDictView.self) else { return .false }
            switch view.kind {
            case .keys: return .bool(try view.dict.get(args[1], interp) != nil)
            default:
                for v in view.elements where try interp.equals(v, args[1]) { return .true }
                return .false
            }
        }
        guard name != "dict_values" else { return t }
        for (method, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                             ("__gt__", .gt), ("__ge__", .ge)] {
            t.method(method) { interp, args in
                try args.expect(method, min: 2, max: 2)
                guard let result = try interp.dictViewCompare(args[0], args[1], op) else {
                    return .object(PyNotImplemented.shared)
                }
                return .bool(result)
            }
        }
        return t
    }
}

extension Interpreter {
    /// Comparisons of a dict's keys or items view with a set or another such view, as sets;
    /// nil (NotImplemented) for anything else, values views included.
    func dictViewCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Bool? {
        func asSet(_ v: Value) throws -> PySet? {
            if let s = v.as(PySet.self) { return s }
            guard let view = v.as(PyDictView.self), view.kind != .values else { return nil }
            let s = PySet()
            try addAll(s, .object(PyList(view.elements)))
            return s
        }
        guard let x = try asSet(a), let y = try asSet(b) else { return nil }
        return try builtinCompare(.object(x), .object(y), op)
    }

    /// `dict.update(other)`: from a mapping or an iterable of pairs.
    func update(_ d: PyDict, from source: Value) throws {
        if source.as(PyDict.self) != nil || (source.type.lookup("keys") != nil && source.as(PyDictView.self) == nil) {
            for (k, v) in try mappingItems(source) { try d.set(k, v, self) }
            return
        }
        let it = try iterate(source)
        var index = 0
        while let pair = try it.next() {
            let items: [Value]
            do {
                items = try iterateToArray(pair)
            } catch let e as PyError where e.exception.cls === BuiltinTypes.typeError {
                throw PyError.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard items.count == 2 else {
                throw PyError.valueError("dictionary update sequence element #\(index) has length \(items.count); 2 is required")
            }
            try d.set(items[0], items[1], self)
            index += 1
        }
    }

    func addAll(_ s: PySet, _ source: Value) throws {
        if let other = source.as(PySet.self) {
            try s.merge(other, self)
            return
        }
        let it = try iterate(source)
        while let v = try it.next() { try s.add(v, self) }
    }
}
