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
    /// Whether the class's attribute is a property, which comes before the instance dict.
    private var isProperty = false
    /// The class's attribute when it is a Python function (a method).
    private var cachedFunction: PyFunction?
    /// The class's attribute when it is a method of a builtin type.
    private var cachedNative: PyNativeFunction?
    /// `str`'s method of this name, once found: str cannot be changed, subclassed or given
    /// attributes of an instance's own, so for a str receiver the answer never changes.
    private var strNative: PyNativeFunction?
    /// Where the name was last found in an instance dict, in insertion order: instances of a
    /// class mostly get their attributes in the same order, so this is mostly right, and
    /// checking it costs one comparison of key identity instead of a hash-table probe.
    private var position = 0
    /// The shape of the last instance without a dict whose own attributes were looked at here,
    /// and the name's position in it (-1: the shape lacks the name; -2: no shape seen yet).
    private var shape: InstanceShape?
    private var slot = -2
    /// `shape` with the name added, once a store here has added it.
    private var grownShape: InstanceShape?

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

    /// Inlined, the check costs no reference counting of the class; only the update is a call.
    @inline(__always)
    private func refresh(_ cls: PyType) {
        if !isCurrent(for: cls) { update(cls) }
    }

    @inline(never)
    private func update(_ cls: PyType) {
        cachedType = cls
        cachedVersion = cls.version
        cachedAttribute = cls.lookup(name)
        isProperty = false
        cachedFunction = nil
        cachedNative = nil
        if case .object(let a)? = cachedAttribute {
            isProperty = a is PyProperty
            cachedFunction = a as? PyFunction
            if let native = a as? PyNativeFunction, native.owner != nil { cachedNative = native }
        }
        let setattr = cls.lookup("__setattr__")
        let defaultSetattr = setattr.map { $0.as(PyNativeFunction.self)?.owner === BuiltinTypes.object } ?? true
        storesDirectly = !isProperty && defaultSetattr
    }

    /// The plain instance `value` holds, if it does. A class comparison and an unchecked cast
    /// where `as?` would copy the reference: a retain and a release on every attribute access.
    @inline(__always)
    private static func instance(_ value: Value) -> PyInstance? {
        guard case .object(let o) = value, type(of: o) == PyInstance.self else { return nil }
        return unsafeDowncast(o, to: PyInstance.self)
    }

    /// Whether what `update` found for `cls` still holds.
    @inline(__always)
    private func isCurrent(for cls: PyType) -> Bool {
        cachedType === cls && cachedVersion == cls.version
    }

    // `load`, `store` and `method(of:)` first try the common case, an instance of the class and
    // shape seen last, with no calls at all: around a call the instance would be retained.

    /// `value.name = newValue`. Takes the running frame rather than the interpreter, as reading
    /// `frame.interp` costs a retain and a release, which only the slow paths need to pay.
    func store(_ value: Value, _ newValue: Value, _ frame: Frame) throws {
        if let instance = Self.instance(value), storeCached(instance, newValue) { return }
        try storeSlowly(value, newValue, frame)
    }

    /// `local.name = newValue` for a local variable (`self.x = v`) when it holds an instance of
    /// the class and shape seen last; false otherwise, the caller then calling `store`. Reads the
    /// variable in place, as `loadFast` does.
    @inline(__always)
    func storeFast(_ newValue: Value, into local: UnsafeMutablePointer<Value?>) -> Bool {
        guard case .object(let o)? = local.pointee, type(of: o) == PyInstance.self else { return false }
        return storeCached(unsafeDowncast(o, to: PyInstance.self), newValue)
    }

    @inline(__always)
    private func storeCached(_ instance: PyInstance, _ newValue: Value) -> Bool {
        guard isCurrent(for: instance.cls), storesDirectly, instance.shape === shape else { return false }
        if slot >= 0 {
            instance.replaceValue(at: slot, with: newValue)
            return true
        }
        // As in `__init__`: the name is new to this shape, and was added to it here before.
        if let next = grownShape {
            instance.append(newValue, movingTo: next)
            return true
        }
        return false
    }

    @inline(never)
    private func storeSlowly(_ value: Value, _ newValue: Value, _ frame: Frame) throws {
        if let instance = Self.instance(value) {
            refresh(instance.cls)
            if storesDirectly {
                if let s = instance.shape {
                    locate(in: s)
                    if slot >= 0 {
                        instance.replaceValue(at: slot, with: newValue)
                        return
                    }
                    if grownShape == nil { grownShape = s.adding(name) }
                    if let next = grownShape {
                        instance.append(newValue, movingTo: next)
                        return
                    }
                }
                let dict = instance.dict.storage
                if !dict.replaceValue(at: position, ifKeyIs: key, with: newValue) {
                    position = dict.set(name, key: key, hash: nameHash, newValue)
                }
                return
            }
        }
        try frame.interp.setAttribute(value, name, newValue)
    }

    /// The Python function `receiver.name` would bind, when nothing on the instance shadows it.
    func method(of receiver: Value) -> PyFunction? {
        if let instance = Self.instance(receiver), isCurrent(for: instance.cls), slot == -1, instance.shape === shape {
            return cachedFunction
        }
        return methodSlowly(receiver)
    }

    @inline(never)
    private func methodSlowly(_ receiver: Value) -> PyFunction? {
        guard let instance = Self.instance(receiver) else { return nil }
        refresh(instance.cls)
        guard let function = cachedFunction, ownValue(instance) == nil else { return nil }
        return function
    }

    /// Remembers where `shape` holds the name, unless it is the shape already remembered.
    @inline(__always)
    private func locate(in s: InstanceShape) {
        guard s !== shape else { return }
        shape = s
        slot = s.position(of: name) ?? -1
        grownShape = nil
    }

    /// `instance.name` from the instance's own attributes: by the remembered position in its
    /// shape, or, when it has a dict, trying the remembered position there first.
    @inline(__always)
    private func ownValue(_ instance: PyInstance) -> Value? {
        if let s = instance.shape {
            locate(in: s)
            return slot >= 0 ? instance.values[slot] : nil
        }
        let dict = instance.dict.storage
        if let v = dict.value(at: position, ifKeyIs: key) { return v }
        guard let found = dict.lookup(name, key: key, hash: nameHash) else { return nil }
        position = found.position
        return found.value
    }

    /// The method of a builtin type `receiver.name` would bind (`s.split`), when nothing of the
    /// receiver's own shadows it: the same lookup as `callMethod`'s.
    func nativeMethod(of receiver: Value) -> PyNativeFunction? {
        guard case .object(let o) = receiver else { return nil }
        let isStr = type(of: o) == PyStr.self
        if isStr, let strNative { return strNative }
        guard bindsThroughItsType(o) else { return nil }
        refresh(o.type)
        guard let native = cachedNative, o.ownAttribute(name) == nil else { return nil }
        if isStr { strNative = native }
        return native
    }

    /// `receiver.name(args)`, where `args` already starts with the receiver.
    func callMethod(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let receiver = args.positional[0]
        if case .object(let o) = receiver, bindsThroughItsType(o) {
            refresh(o.type)
            if case .object(let f)? = cachedAttribute, o.ownAttribute(name) == nil {
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

    /// `value.name`; takes the frame for the reason `store` does.
    func load(_ value: Value, _ frame: Frame) throws -> Value {
        if let instance = Self.instance(value), let v = cachedValue(instance) { return v }
        return try loadSlowly(value, frame)
    }

    /// `local.name` for a local variable (`self.x`), when it holds an instance of the class and
    /// shape seen last; nil otherwise, the caller then calling `load`. The variable is read in
    /// place: copying it out, as evaluating the name would, costs a retain and a release.
    @inline(__always)
    func loadFast(from local: UnsafeMutablePointer<Value?>) -> Value? {
        guard case .object(let o)? = local.pointee, type(of: o) == PyInstance.self else { return nil }
        return cachedValue(unsafeDowncast(o, to: PyInstance.self))
    }

    @inline(__always)
    private func cachedValue(_ instance: PyInstance) -> Value? {
        // Only a property comes before the instance's own attributes.
        guard isCurrent(for: instance.cls), !isProperty, slot >= 0, instance.shape === shape else { return nil }
        return instance.values[slot]
    }

    @inline(never)
    private func loadSlowly(_ value: Value, _ frame: Frame) throws -> Value {
        guard let instance = Self.instance(value) else {
            return try frame.interp.getAttribute(value, name)
        }
        refresh(instance.cls)
        // Only a property comes before the instance's own attributes.
        if !isProperty, let v = ownValue(instance) { return v }
        guard let attribute = cachedAttribute else { return try frame.interp.getAttribute(value, name) }
        if case .object(let a) = attribute {
            if a is PyFunction { return .object(PyBoundMethod(receiver: value, function: attribute)) }
            return try frame.interp.bind(attribute, to: value)
        }
        return attribute
    }
}
