/// A call site's memory of the last class it read an attribute from.
///
/// Looking an attribute up walks the class's MRO; most sites see one class over and over,
/// so remembering what the walk found (until the class changes) makes `self.x` cheap.
final class AttributeCache {
    let name: String
    private weak var cachedType: PyType?
    private var cachedVersion = -1
    private var cachedAttribute: Value?

    init(_ name: String) { self.name = name }

    func load(_ value: Value, _ interp: Interpreter) throws -> Value {
        guard case .object(let o) = value, let instance = o as? PyInstance else {
            return try interp.getAttribute(value, name)
        }
        let cls = instance.cls
        if cachedType !== cls || cachedVersion != cls.version {
            cachedType = cls
            cachedVersion = cls.version
            cachedAttribute = cls.lookup(name)
        }
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
