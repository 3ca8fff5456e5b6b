/// A native object that answers attribute reads itself (a module written in Swift,
/// `slice.start`, an exception's `args`), before its type's methods are searched.
public protocol NativeAttributes: PyObject {
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value?
    /// Returns false when the object has no such settable attribute.
    func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool
}

extension NativeAttributes {
    public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
}

/// A native object that, found on a class, binds itself to the instance it is read through, as
/// a non-data descriptor's `__get__` does (an `lru_cache` method, `functools.cached_property`).
/// The instance's own attributes take precedence.
public protocol NativeDescriptor: PyObject {
    func bind(to receiver: Value, _ interp: Interpreter) throws -> Value
}

/// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`.
extension Interpreter {
    /// Binds a class attribute to the object it was read from, as a descriptor would.
    func bind(_ attribute: Value, to receiver: Value) throws -> Value {
        guard case .object(let o) = attribute else { return attribute }
        switch o {
        case is PyFunction:
            return .object(PyBoundMethod(receiver: receiver, function: attribute))
        case let f as PyNativeFunction where f.owner != nil:
            return .object(PyBoundMethod(receiver: receiver, function: attribute))
        case let m as PyClassMethod:
            let cls: Value = receiver.as(PyType.self) != nil ? receiver : .object(receiver.type)
            return .object(PyBoundMethod(receiver: cls, function: m.function))
        case let s as PyStaticMethod:
            return s.function
        case let d as NativeDescriptor:
            return try d.bind(to: receiver, self)
        case let p as PyProperty:
            if p.getter.isNone { throw PyError.attributeError("property object has no getter") }
            return try callValue(p.getter, Arguments([receiver]))
        default:
            return attribute
        }
    }

    public func getAttribute(_ value: Value, _ name: String) throws -> Value {
        // The AttributeError a class's `__getattr__` raises reaches the program as it was raised.
        if let v = try findAttribute(value, name, getattrErrorMeansMissing: false) { return v }
        throw attributeMissing(value, name)
    }

    func attributeMissing(_ value: Value, _ name: String) -> PyError {
        let error: PyError
        switch value {
        case .object(let t as PyType):
            error = .attributeError("type object '\(t.name)' has no attribute '\(name)'")
        case .object(let m as PyModule):
            error = .attributeError("module '\(m.name)' has no attribute '\(name)'")
        default:
            error = .attributeError("'\(value.typeName)' object has no attribute '\(name)'")
        }
        error.exception.dict["name"] = .str(name)
        error.exception.dict["obj"] = value
        return error
    }

    /// `getattr(value, name)`, or nil when there is no such attribute.
    public func lookupAttribute(_ value: Value, _ name: String) throws -> Value? {
        try findAttribute(value, name, getattrErrorMeansMissing: true)
    }

    private func findAttribute(_ value: Value, _ name: String, getattrErrorMeansMissing: Bool) throws -> Value? {
        guard case .object(let o) = value else {
            if let attr = value.type.lookup(name) { return try bind(attr, to: value) }
            return try specialAttribute(value, name)
        }
        if let t = o as? PyType { return try classAttribute(t, name) }
        if let s = o as? PySuper { return try superAttribute(s, name) }
        let cls = o.type
        let attr = cls.lookup(name)
        if let attr, case .object(let p as PyProperty) = attr {
            if p.getter.isNone { throw PyError.attributeError("property '\(name)' of '\(cls.name)' object has no getter") }
            return try callValue(p.getter, Arguments([value]))
        }
        if let native = o as? NativeAttributes, let v = try native.getAttribute(name, self) { return v }
        if let v = o.ownAttribute(name) { return v }
        if let m = o as? PyModule {
            if let v = m.globals[name] { return v }
            if name == "__dict__" { return .object(namespaceDict(m.globals.items)) }
        }
        if let attr { return try bind(attr, to: value) }
        if let v = try specialAttribute(value, name) { return v }
        // Instances of classes written in Python, subclasses of dict, list, str... included.
        if o is PyInstance || o is PyExceptionObject || !cls.isBuiltin, let getattr = cls.lookup("__getattr__") {
            do {
                return try callValue(bind(getattr, to: value), Arguments([.str(name)]))
            } catch let e as PyError where getattrErrorMeansMissing && e.exception.cls.isSubtype(of: BuiltinTypes.attributeError) {
                return nil
            }
        }
        return nil
    }

    /// Attributes every object has without storing them: `__class__`, `__dict__`, a function's `__name__`.
    private func specialAttribute(_ value: Value, _ name: String) throws -> Value? {
        switch name {
        case "__class__": return .object(value.type)
        case "__dict__":
            if case .object(let o) = value, let attrs = o.attributes { return .object(attrs.storage) }
            return nil
        default: break
        }
        guard case .object(let o) = value else { return try numberAttribute(value, name) }
        switch (o, name) {
        case (let f as PyFunction, "__name__"): return .str(f.name)
        case (let f as PyFunction, "__qualname__"): return .str(f.qualname)
        case (let f as PyFunction, "__module__"): return f.globals["__name__"] ?? Value.none
        case (let f as PyFunction, "__doc__"): return f.code.docstring.map { .str($0) } ?? Value.none
        case (let f as PyFunction, "__defaults__"): return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
        case (let f as PyNativeFunction, "__name__"), (let f as PyNativeFunction, "__qualname__"): return .str(f.name)
        case (let f as PyNativeFunction, "__doc__"): return f.doc.map { .str($0) } ?? Value.none
        case (let m as PyBoundMethod, "__self__"): return m.receiver
        case (let m as PyBoundMethod, "__func__"): return m.function
        case (let m as PyBoundMethod, _): return try lookupAttribute(m.function, name)
        case (let e as PyExceptionObject, "args"): return .object(PyTuple(e.args))
        case (let e as PyExceptionObject, "__cause__"): return e.cause.map { .object($0) } ?? Value.none
        case (let e as PyExceptionObject, "__suppress_context__"): return .bool(e.suppressContext)
        case (let e as PyExceptionObject, "__context__"): return e.context.map { .object($0) } ?? Value.none
        case (let e as PyExceptionObject, "__traceback__"): return e.traceback.isEmpty ? Value.none : .object(e)
        case (let s as PySlice, "start"): return s.start
        case (let s as PySlice, "stop"): return s.stop
        case (let s as PySlice, "step"): return s.step
        case (let r as PyRange, "start"): return .int(r.start)
        case (let r as PyRange, "stop"): return .int(r.stop)
        case (let r as PyRange, "step"): return .int(r.step)
        case (let p as PyProperty, "fget"): return p.getter
        case (let p as PyProperty, "fset"): return p.setter
        case (let p as PyProperty, "fdel"): return p.deleter
        case (let p as PyProperty, "__doc__"): return p.doc.isNone ? try lookupAttribute(p.getter, "__doc__") ?? Value.none : p.doc
        case (let m as PyClassMethod, "__func__"): return m.function
        case (let m as PyStaticMethod, "__func__"): return m.function
        case (let m as PyModule, "__name__"): return .str(m.name)
        case (let e as PyExceptionObject, _): return exceptionAttribute(e, name)
        case (is PyBigInt, _): return try numberAttribute(value, name)
        case (_, "__doc__"): return Value.none
        default: return nil
        }
    }

    /// `.real`, `.imag`, `.numerator`, `.denominator` of ints and floats.
    private func numberAttribute(_ value: Value, _ name: String) throws -> Value? {
        switch (value, name) {
        case (.int, "real"), (.int, "numerator"), (.float, "real"), (.object(is PyBigInt), "real"),
             (.object(is PyBigInt), "numerator"):
            return value
        case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
        case (.int, "imag"), (.bool, "imag"), (.object(is PyBigInt), "imag"): return .int(0)
        case (.int, "denominator"), (.bool, "denominator"), (.object(is PyBigInt), "denominator"): return .int(1)
        case (.float, "imag"): return .float(0)
        case (_, "__doc__"): return Value.none
        default: return nil
        }
    }

    /// The attributes CPython derives from an exception's arguments.
    private func exceptionAttribute(_ e: PyExceptionObject, _ name: String) -> Value? {
        let cls = e.cls
        switch name {
        case "code" where cls.isSubtype(of: BuiltinTypes.systemExit),
             "value" where cls.isSubtype(of: BuiltinTypes.stopIteration):
            switch e.args.count {
            case 0: return Value.none
            case 1: return e.args[0]
            default: return name == "value" ? e.args[0] : .object(PyTuple(e.args))
            }
        case "errno" where cls.isSubtype(of: BuiltinTypes.osError), "strerror" where cls.isSubtype(of: BuiltinTypes.osError),
             "filename" where cls.isSubtype(of: BuiltinTypes.osError):
            let index = ["errno": 0, "strerror": 1, "filename": 2][name]!
            return e.args.count >= 2 && index < e.args.count ? e.args[index] : Value.none
        case "msg" where cls.isSubtype(of: BuiltinTypes.importError): return e.args.first ?? Value.none
        case "name" where cls.isSubtype(of: BuiltinTypes.importError) || cls.isSubtype(of: BuiltinTypes.nameError): return Value.none
        case "__notes__": return nil
        case "__doc__": return Value.none
        default: return nil
        }
    }

    private func classAttribute(_ t: PyType, _ name: String) throws -> Value? {
        for cls in t.mro {
            guard let attr = cls.dict[name] else { continue }
            if case .object(let o) = attr {
                switch o {
                case let m as PyClassMethod: return .object(PyBoundMethod(receiver: .object(t), function: m.function))
                case let s as PyStaticMethod: return s.function
                default: break
                }
            }
            return attr
        }
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualname)
        case "__module__": return .str(t.moduleName)
        case "__bases__": return .object(PyTuple(t.bases.map { .object($0) }))
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__mro__": return .object(PyTuple(t.mro.map { .object($0) }))
        case "__dict__": return .object(t.dict.storage)
        case "__doc__": return Value.none
        case "__class__": return .object(BuiltinTypes.type)
        default: break
        }
        // Methods of `type` itself, such as `mro()`.
        if let attr = BuiltinTypes.type.lookup(name) { return try bind(attr, to: .object(t)) }
        return nil
    }

    /// `super().name`: the next class after `startAfter` in the receiver's MRO that has it.
    private func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.lookupType.mro
        guard let start = mro.firstIndex(where: { $0 === s.startAfter }) else {
            throw PyError.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        for cls in mro[(start + 1)...] {
            guard let attr = cls.dict[name] else { continue }
            if case .object(let m as PyClassMethod) = attr {
                return .object(PyBoundMethod(receiver: .object(s.lookupType), function: m.function))
            }
            // A method reached through super() on a class (in a classmethod) is not bound to it.
            if s.receiver.as(PyType.self) != nil, case .object(let o) = attr, o is PyFunction { return attr }
            return try bind(attr, to: s.receiver)
        }
        return nil
    }

    func namespaceDict(_ items: [(String, Value)]) -> PyDict {
        let d = PyDict()
        for (k, v) in items { d.set(k, v) }
        return d
    }

    public func setAttribute(_ target: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = target else {
            throw PyError.attributeError("'\(target.typeName)' object has no attribute '\(name)'")
        }
        if let t = o as? PyType {
            if t.isBuiltin { throw PyError.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
            t.setAttribute(name, value)
            return
        }
        let cls = o.type
        if o is PyInstance || o is PyExceptionObject || cls.layout == .builtinSubclass {
            if let setter = cls.lookup("__setattr__"), case .object(let f) = setter, !(f is PyNativeFunction) {
                _ = try callValue(bind(setter, to: target), Arguments([.str(name), value]))
                return
            }
            if let attr = cls.lookup(name), case .object(let p as PyProperty) = attr {
                if p.setter.isNone { throw PyError.attributeError("property '\(name)' of '\(cls.name)' object has no setter") }
                _ = try callValue(p.setter, Arguments([target, value]))
                return
            }
        }
        if let e = o as? PyExceptionObject, name == "args" {
            e.args = try iterateToArray(value)
            return
        }
        if let e = o as? PyExceptionObject, name == "__cause__" {
            e.cause = value.as(PyExceptionObject.self)
            e.suppressContext = true
            return
        }
        if let native = o as? NativeAttributes, try native.setAttribute(name, value, self) { return }
        if let m = o as? PyModule {
            m.globals[name] = value
            return
        }
        if o.setOwnAttribute(name, value) { return }
        throw PyError.attributeError("'\(cls.name)' object has no attribute '\(name)'")
    }

    /// The object `__setattr__` of `object`: store without calling user hooks again.
    func setAttributeDirectly(_ target: Value, _ name: String, _ value: Value) throws {
        // An instance always has attributes; asking for them would make its dict.
        guard case .object(let o) = target, o is PyInstance || o.attributes != nil else {
            throw PyError.attributeError("'\(target.typeName)' object has no attribute '\(name)'")
        }
        if let attr = o.type.lookup(name), case .object(let p as PyProperty) = attr {
            if p.setter.isNone { throw PyError.attributeError("property '\(name)' of '\(o.type.name)' object has no setter") }
            _ = try callValue(p.setter, Arguments([target, value]))
            return
        }
        _ = o.setOwnAttribute(name, value)
    }

    func deleteAttribute(_ target: Value, _ name: String) throws {
        guard case .object(let o) = target else { throw attributeMissing(target, name) }
        if let t = o as? PyType, !t.isBuiltin {
            guard t.dict[name] != nil else { throw attributeMissing(target, name) }
            t.setAttribute(name, nil)
            return
        }
        if let attr = o.type.lookup(name), case .object(let p as PyProperty) = attr {
            if p.deleter.isNone { throw PyError.attributeError("property '\(name)' of '\(o.type.name)' object has no deleter") }
            _ = try callValue(p.deleter, Arguments([target]))
            return
        }
        if let m = o as? PyModule, m.globals[name] != nil {
            m.globals[name] = nil
            return
        }
        guard let dict = o.attributes, dict[name] != nil else { throw attributeMissing(target, name) }
        dict[name] = nil
    }
}
