/// A call site's memory of the last class it read an attribute from.
///
/// Looking an attribute up walks the class's MRO; most sites see one class over and over,
/// so remembering what the walk found (until the class changes) makes `self.x` cheap.
final class AttributeCache {
    let name: String
    private let nameHash: Int
    /// The name as a str object, reused as the key of every instance dict it is stored in.
    private let key: PyStr
    private var cachedType: PyType?
    private var cachedVersion = -1
    private var cachedAttribute: Value?
    /// Whether `obj.name = v` may store straight into the instance dict: no property of
    /// that name and no `__setattr__` of the class's own.
    private var storesDirectly = false
    /// The Swift class of the last receiver found to bind through its type.
    private var plainClass: ObjectIdentifier?

    init(_ name: String, _ interp: Interpreter) {
        self.name = name
        nameHash = PyStr.hash(of: name)
        if let shared = interp.attributeNames[name] {
            key = shared
        } else {
            key = PyStr(name)
            interp.attributeNames[name] = key
        }
    }

    private func refresh(_ cls: PyType) {
        if cachedType !== cls || cachedVersion != cls.version {
            cachedType = cls
            cachedVersion = cls.version
            cachedAttribute = cls.lookup(name)
            var isProperty = false
            if case .object(let a)? = cachedAttribute { isProperty = a is PyProperty }
            let setattr = cls.lookup("__setattr__")
            let defaultSetattr = setattr.map { $0.as(PyNativeFunction.self)?.owner === BuiltinTypes.object } ?? true
            storesDirectly = !isProperty && defaultSetattr
        }
    }

    /// `value.name = newValue`.
    func store(_ value: Value, _ newValue: Value, _ interp: Interpreter) throws {
        if case .object(let o) = value, let instance = o as? PyInstance {
            refresh(instance.cls)
            if storesDirectly {
                instance.dict.storage.set(name, key: key, hash: nameHash, newValue)
                return
            }
        }
        try interp.setAttribute(value, name, newValue)
    }

    /// The Python function `receiver.name` would bind, when nothing on the instance shadows it.
    func method(of receiver: Value) -> PyFunction? {
        guard case .object(let o) = receiver, let instance = o as? PyInstance else { return nil }
        refresh(instance.cls)
        guard case .object(let f)? = cachedAttribute, let function = f as? PyFunction,
              instance.dict.storage.get(name, key: key, hash: nameHash) == nil else { return nil }
        return function
    }

    /// `receiver.name(args)`, where `args` already starts with the receiver.
    func callMethod(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let receiver = args.positional[0]
        if case .object(let o) = receiver, bindsThroughItsType(o) {
            refresh(o.type)
            if case .object(let f)? = cachedAttribute, o.attributes?[name] == nil {
                if let function = f as? PyFunction { return try interp.callFunction(function, args) }
                if let native = f as? PyNativeFunction, native.owner != nil { return try native.body(interp, args) }
            }
        }
        var rest = args
        rest.positional.removeFirst()
        return try interp.callValue(interp.getAttribute(receiver, name), rest)
    }

    /// Whether `o.name` is found on its type with nothing of the object's own in between: not
    /// a class, module, `super()` or native object answering attributes itself. Decided once
    /// per Swift class, since a protocol conformance check on every call would show.
    private func bindsThroughItsType(_ o: PyObject) -> Bool {
        let swiftClass = ObjectIdentifier(type(of: o))
        if swiftClass == plainClass { return true }
        guard !(o is PyType), !(o is PyModule), !(o is PySuper), !(o is NativeAttributes) else { return false }
        plainClass = swiftClass
        return true
    }

    func load(_ value: Value, _ interp: Interpreter) throws -> Value {
        guard case .object(let o) = value, let instance = o as? PyInstance else {
            return try interp.getAttribute(value, name)
        }
        refresh(instance.cls)
        guard let attribute = cachedAttribute else {
            if let v = instance.dict.storage.get(name, key: key, hash: nameHash) { return v }
            return try interp.getAttribute(value, name)
        }
        if case .object(let a) = attribute {
            if a is PyProperty { return try interp.bind(attribute, to: value) }
            if let v = instance.dict.storage.get(name, key: key, hash: nameHash) { return v }
            if a is PyFunction { return .object(PyBoundMethod(receiver: value, function: attribute)) }
            return try interp.bind(attribute, to: value)
        }
        if let v = instance.dict.storage.get(name, key: key, hash: nameHash) { return v }
        return attribute
    }
}
