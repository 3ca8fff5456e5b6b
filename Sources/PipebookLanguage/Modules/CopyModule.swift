/// `copy`: shallow and deep copies as CPython's copy.py makes them, including the
/// `__copy__`/`__deepcopy__` hooks, the reduce protocol and the memo of deep copies.
enum CopyModule {
    /// `copy.Error` (also `copy.error`).
    static let errorType = PyType(name: "Error", bases: [BuiltinTypes.exception], layout: .exception,
                                  isBuiltin: true, moduleName: "copy")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("copy")
        m.value("Error", .object(errorType))
        m.value("error", .object(errorType))
        m.function("copy") { interp, args in
            let (values, rest) = try args.leadingParameters("copy", ["x"])
            if let extra = rest.first { throw PyError.typeError("copy() got an unexpected keyword argument '\(extra.name)'") }
            return try Copier(interp: interp).shallow(values[0])
        }
        m.function("deepcopy") { interp, args in
            if args.count > 3 { throw PyError.typeError("deepcopy() takes from 1 to 3 positional arguments but \(args.count) were given") }
            var positional = args
            positional.positional = Array(args.positional.prefix(1))
            let (values, rest) = try positional.leadingParameters("deepcopy", ["x"])
            var memo: Value = args.count > 1 ? args[1] : .none
            for (name, value) in rest {
                guard name == "memo" || name == "_nil" else {
                    throw PyError.typeError("deepcopy() got an unexpected keyword argument '\(name)'")
                }
                if name == "memo" {
                    if args.count > 1 { throw PyError.typeError("deepcopy() got multiple values for argument 'memo'") }
                    memo = value
                }
            }
            let memoDict: PyDict
            if memo.isNone {
                memoDict = PyDict()
            } else if let d = memo.as(PyDict.self) {
                memoDict = d
            } else {
                throw PyError.unsupported("deepcopy() with a memo that is not a dict")
            }
            return try Copier(interp: interp).deep(values[0], memo: memoDict)
        }
        return m.module
    }
}

/// The recipe `__reduce_ex__` gives for rebuilding an object.
private struct Reduction {
    var constructor: Value
    var arguments: [Value]
    var state: Value = .none
    var listItems: PyIterator?
    var dictItems: PyIterator?
}

private struct Copier {
    let interp: Interpreter

    /// Objects that copying returns unchanged (CPython's `_copy_immutable`/`_deepcopy_atomic`).
    private func isAtomic(_ x: Value, deep: Bool) -> Bool {
        guard case .object(let o) = x else { return true }
        switch o {
        case is PyStr, is PyBigInt, is PyBytes, is PyRange, is PyType, is PyFunction, is PyNativeFunction,
             is PyProperty, is PyEllipsis, is PyNotImplemented:
            return true
        case is PySlice: return !deep
        case let t as PyTuple: return !deep && t.subclass == nil
        case let s as PySet: return !deep && s.isFrozen && s.subclass == nil
        default: return false
        }
    }

    func shallow(_ x: Value) throws -> Value {
        if isAtomic(x, deep: false) { return x }
        guard case .object(let o) = x else { return x }
        switch o {
        case let l as PyList where l.subclass == nil: return .object(PyList(l.items))
        case let d as PyDict where d.subclass == nil: return .object(d.copy())
        case let s as PySet where s.subclass == nil: return .object(try s.copy(interp))
        case let m as PyBoundMethod: return .object(PyBoundMethod(receiver: m.receiver, function: m.function))
        default: break
        }
        if let copier = o.type.lookup("__copy__") {
            return try interp.callValue(interp.bind(copier, to: x), Arguments())
        }
        guard let reduction = try reduce(x, o) else { return x }
        return try reconstruct(x, reduction, memo: nil)
    }

    func deep(_ x: Value, memo: PyDict) throws -> Value {
        guard case .object(let o) = x else { return x }
        let key = Value.int(identity(o))
        if let y = try memo.get(key, interp) { return y }
        try interp.checkInterrupt()
        var y: Value
        switch o {
        case _ where isAtomic(x, deep: true):
            return x
        case let l as PyList where l.subclass == nil:
            let copy = PyList()
            try memo.set(key, .object(copy), interp)
            for item in l.items { copy.items.append(try deep(item, memo: memo)) }
            y = .object(copy)
        case let t as PyTuple where t.subclass == nil:
            let items = try t.items.map { try deep($0, memo: memo) }
            // A tuple reached again through its own items was copied meanwhile.
            if let copied = try memo.get(key, interp) { return copied }
            let unchanged = zip(items, t.items).allSatisfy { $0.isIdentical(to: $1) }
            y = unchanged ? x : .object(PyTuple(items))
        case let d as PyDict where d.subclass == nil:
            let copy = PyDict()
            try memo.set(key, .object(copy), interp)
            for (k, v) in d.items { try copy.set(deep(k, memo: memo), deep(v, memo: memo), interp) }
            y = .object(copy)
        case let s as PySet where s.subclass == nil:
            let copy = PySet(frozen: s.isFrozen)
            for item in s.elements { try copy.add(deep(item, memo: memo), interp) }
            y = .object(copy)
        case let s as PySlice:
            y = .object(PySlice(start: try deep(s.start, memo: memo), stop: try deep(s.stop, memo: memo),
                                step: try deep(s.step, memo: memo)))
        case let m as PyBoundMethod:
            y = .object(PyBoundMethod(receiver: try deep(m.receiver, memo: memo), function: m.function))
        default:
            if let copier = try interp.lookupAttribute(x, "__deepcopy__") {
                y = try interp.callValue(copier, Arguments([.object(memo)]))
            } else if let reduction = try reduce(x, o) {
                y = try reconstruct(x, reduction, memo: memo)
            } else {
                y = x
            }
        }
        if !y.isIdentical(to: x) {
            try memo.set(key, y, interp)
            try keepAlive(x, memo)
        }
        return y
    }

    /// `id(o)`, as the builtin computes it: the memo's keys.
    private func identity(_ o: PyObject) -> Int {
        Interpreter.identity(o)
    }

    /// CPython keeps every copied original alive in a list stored in the memo under the
    /// memo's own id; programs that look into the memo see it.
    private func keepAlive(_ x: Value, _ memo: PyDict) throws {
        let key = Value.int(identity(memo))
        if let list = try memo.get(key, interp)?.as(PyList.self) {
            list.items.append(x)
        } else {
            try memo.set(key, .object(PyList([x])), interp)
        }
    }

    /// The object's reduction: its class's own `__reduce_ex__`/`__reduce__`, else the default
    /// `object.__reduce_ex__(4)`. Nil when the reduction is a name (the object is a global).
    private func reduce(_ x: Value, _ o: PyObject) throws -> Reduction? {
        let cls = o.type
        for name in ["__reduce_ex__", "__reduce__"] {
            guard let method = cls.lookup(name), !isObjectDefault(method) else { continue }
            let arguments = name == "__reduce_ex__" ? [Value.int(4)] : []
            return try reduction(from: interp.callValue(interp.bind(method, to: x), Arguments(arguments)), cls)
        }
        return try defaultReduction(x, o)
    }

    private func isObjectDefault(_ method: Value) -> Bool {
        if case .object(let f as PyNativeFunction) = method { return f.owner === BuiltinTypes.object }
        return false
    }

    private func reduction(from value: Value, _ cls: PyType) throws -> Reduction? {
        if value.stringValue != nil { return nil }
        guard let t = value.as(PyTuple.self) else {
            throw PyError(CopyModule.errorType, "un(deep)copyable object of type \(cls.name)")
        }
        guard (2...5).contains(t.items.count) else {
            throw PyError.typeError("_reconstruct() takes from 3 to 6 positional arguments but \(t.items.count + 1) were given")
        }
        func iterator(_ i: Int) throws -> PyIterator? {
            i < t.items.count && !t.items[i].isNone ? try interp.iterate(t.items[i]) : nil
        }
        return Reduction(constructor: t.items[0], arguments: try interp.iterateToArray(t.items[1]),
                         state: t.items.count > 2 ? t.items[2] : .none,
                         listItems: try iterator(3), dictItems: try iterator(4))
    }

    /// What `object.__reduce_ex__(4)` gives for instances of classes defined in Python, their
    /// exceptions and their subclasses of builtin containers.
    private func defaultReduction(_ x: Value, _ o: PyObject) throws -> Reduction {
        let cls = o.type
        if let e = o as? PyExceptionObject {
            return Reduction(constructor: .object(cls), arguments: e.args, state: try instanceState(x, o))
        }
        guard o is PyInstance || o is PyBareObject || cls.layout == .builtinSubclass else {
            if o is PyGenerator || o is PyModule { throw PyError.typeError("cannot pickle '\(cls.name)' object") }
            throw PyError.unsupported("copying '\(cls.name)' objects")
        }
        var reduction = Reduction(constructor: newObject(cls), arguments: [], state: try instanceState(x, o))
        switch o {
        case let l as PyList: reduction.listItems = ArrayIterator(l.items)
        case let d as PyDict: reduction.dictItems = ArrayIterator(d.items.map { .object(PyTuple([$0.key, $0.value])) })
        case let t as PyTuple: reduction.arguments = [.object(PyTuple(t.items))]
        case let s as PySet: reduction.arguments = [.object(PyList(s.elements))]
        default: break
        }
        if let newArguments = cls.lookup("__getnewargs__"), !(newArguments.as(PyNativeFunction.self)?.owner?.hasCoreOperators ?? false) {
            reduction.arguments = try interp.iterateToArray(interp.callValue(interp.bind(newArguments, to: x), Arguments()))
        }
        return reduction
    }

    /// `copyreg.__newobj__` bound to a class: `cls.__new__(cls, *args)`.
    private func newObject(_ cls: PyType) -> Value {
        .object(PyNativeFunction(name: "__newobj__") { interp, args in
            if let new = cls.lookup("__new__"), case .object(let f) = new, !Self.isNativeNew(f) {
                let function = (f as? PyStaticMethod)?.function ?? new
                return try interp.callValue(function, Arguments([.object(cls)] + args.positional))
            }
            if cls.layout == .builtinSubclass { return try interp.newBuiltinSubclassInstance(cls, args) }
            return interp.makeInstance(cls, Arguments())
        })
    }

    private static func isNativeNew(_ f: PyObject) -> Bool {
        f is PyNativeFunction || (f as? PyStaticMethod)?.function.as(PyNativeFunction.self) != nil
    }

    /// The state saved with an instance: `__getstate__()` when the class defines one, else its
    /// `__dict__` (None when empty).
    private func instanceState(_ x: Value, _ o: PyObject) throws -> Value {
        if let getState = o.type.lookup("__getstate__"), !isObjectDefault(getState) {
            return try interp.callValue(interp.bind(getState, to: x), Arguments())
        }
        guard let attributes = o.attributes, !attributes.isEmpty else { return .none }
        return .object(attributes.storage)
    }

    /// CPython's `copy._reconstruct`; deep when there is a memo.
    private func reconstruct(_ x: Value, _ r: Reduction, memo: PyDict?) throws -> Value {
        func copy(_ v: Value) throws -> Value {
            guard let memo else { return v }
            return try deep(v, memo: memo)
        }
        var arguments = r.arguments
        if memo != nil && !arguments.isEmpty {
            arguments = try copy(.object(PyTuple(arguments))).as(PyTuple.self)?.items ?? arguments
        }
        let y = try interp.callValue(r.constructor, Arguments(arguments))
        if let memo, case .object(let o) = x { try memo.set(.int(identity(o)), y, interp) }
        if !r.state.isNone {
            var state = try copy(r.state)
            if let setState = try interp.lookupAttribute(y, "__setstate__") {
                _ = try interp.callValue(setState, Arguments([state]))
            } else {
                var slotState: Value = .none
                if let pair = state.as(PyTuple.self), pair.items.count == 2 {
                    state = pair.items[0]
                    slotState = pair.items[1]
                }
                if !state.isNone {
                    guard case .object(let target) = y, let attributes = target.attributes else {
                        throw PyError.attributeError("'\(y.typeName)' object has no attribute '__dict__'")
                    }
                    for (k, v) in try interp.mappingItems(state) { try attributes.storage.set(k, v, interp) }
                }
                if !slotState.isNone {
                    for (k, v) in try interp.mappingItems(slotState) {
                        guard let name = k.stringValue else { throw PyError.typeError("attribute name must be string") }
                        try interp.setAttribute(y, name, v)
                    }
                }
            }
        }
        if let items = r.listItems {
            while let item = try items.next() { _ = try interp.callMethod(y, "append", Arguments([try copy(item)])) }
        }
        if let items = r.dictItems {
            while let pair = try items.next() {
                let kv = try interp.iterateToArray(pair)
                guard kv.count == 2 else { throw PyError.valueError("not enough values to unpack (expected 2, got \(kv.count))") }
                try interp.setItem(y, try copy(kv[0]), try copy(kv[1]))
            }
        }
        return y
    }
}
