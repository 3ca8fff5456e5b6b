/// A call site's memory of the last class it read an attribute from.
///
/// Looking an attribute up walks the class's MRO; most sites see one class over and over,
/// so remembering what the walk found (until the class changes) makes `self.x` cheap.
final class AttributeCache {
    let name: String
    private var cachedType: PyType?
    private var cachedVersion = -1
    private var cachedAttribute: Value?

    init(_ name: String) { self.name = name }

    private func refresh(_ cls: PyType) {
        if cachedType !== cls || cachedVersion != cls.version {
            cachedType = cls
            cachedVersion = cls.version
            cachedAttribute = cls.lookup(name)
        }
    }

    /// `receiver.name(args)`, where `args` already starts with the receiver.
    func callMethod(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let receiver = args.positional[0]
        if case .object(let o) = receiver, !(o is PyType), !(o is PyModule), !(o is PySuper), !(o is NativeAttributes) {
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

    func load(_ value: Value, _ interp: Interpreter) throws -> Value {
        guard case .object(let o) = value, let instance = o as? PyInstance else {
            return try interp.getAttribute(value, name)
        }
        refresh(instance.cls)
        guard let attribute = cachedAttribute else {
            if let v = instance.dict[name] { return v }
            return try interp.getAttribute(value, name)
        }
        if case .object(let a) = attribute {
            if a is PyProperty { return try interp.bind(attribute, to: value) }
            if let v = instance.dict[name] { return v }
            if a is PyFunction { return .object(PyBoundMethod(receiver: value, function: attribute)) }
            return try interp.bind(attribute, to: value)
        }
        if let v = instance.dict[name] { return v }
        return attribute
    }
}
