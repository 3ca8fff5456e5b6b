/// `functools`: reduce, partial, partialmethod, the caches (lru_cache, cache,
/// cached_property), wraps and update_wrapper, cmp_to_key and total_ordering.
enum FunctoolsModule {
    static let wrapperAssignments = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]
    static let wrapperUpdates = ["__dict__"]

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("functools")
        m.value("WRAPPER_ASSIGNMENTS", .object(PyTuple(wrapperAssignments.map { .str($0) })))
        m.value("WRAPPER_UPDATES", .object(PyTuple(wrapperUpdates.map { .str($0) })))
        m.value("partial", .object(PartialObject.partialType))
        m.value("partialmethod", .object(PartialMethod.type))
        m.value("cached_property", .object(CachedProperty.type))
        m.value("_lru_cache_wrapper", .object(LRUCacheWrapper.type))
        m.value("KeyWrapper", .object(KeyWrapper.type))
        m.function("reduce", reduce)
        let updateWrapper = PyNativeFunction(name: "update_wrapper", body: updateWrapper)
        m.value("update_wrapper", .object(updateWrapper))
        m.function("wraps") { interp, args in
            let (wrapped, assigned, updated) = try wrapperArguments("wraps", ["wrapped"], args)
            let keywords: [(name: String, value: Value)] = [("wrapped", wrapped[0]), ("assigned", assigned), ("updated", updated)]
            return .object(PartialObject(function: .object(updateWrapper), arguments: [], keywords: interp.namespaceDict(keywords.map { ($0.name, $0.value) })))
        }
        m.function("lru_cache", lruCache)
        m.function("cache") { interp, args in
            let (values, rest) = try args.leadingParameters("cache", ["user_function"])
            if let extra = rest.first { throw PyError.typeError("cache() got an unexpected keyword argument '\(extra.name)'") }
            return try LRUCacheWrapper.wrap(values[0], maxsize: nil, typed: false, interp)
        }
        m.function("cmp_to_key") { _, args in
            let a = try args.parse("cmp_to_key", ["mycmp"], required: 1)
            return .object(KeyWrapper(compare: a[0]!, object: nil))
        }
        m.function("total_ordering", totalOrdering)
        return m.module
    }

    private static func reduce(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        try args.checkPositional("reduce", min: 2, max: 3, qualifiedName: "reduce")
        let iterator: PyIterator
        do {
            iterator = try interp.iterate(args[1])
        } catch let e as PyError where e.exception.cls === BuiltinTypes.typeError {
            throw PyError.typeError("reduce() arg 2 must support iteration")
        }
        var result: Value? = args.count == 3 ? args[2] : nil
        while let item = try iterator.next() {
            result = try result.map { try interp.callValue(args[0], Arguments([$0, item])) } ?? item
        }
        guard let result else { throw PyError.typeError("reduce() of empty iterable with no initial value") }
        return result
    }

    /// The arguments of `update_wrapper(wrapper, wrapped, assigned=..., updated=...)` and of
    /// `wraps(wrapped, assigned=..., updated=...)`.
    private static func wrapperArguments(_ function: String, _ names: [String], _ args: Arguments) throws -> ([Value], Value, Value) {
        var positional = args
        positional.positional = Array(args.positional.prefix(names.count))
        let (values, rest) = try positional.leadingParameters(function, names)
        var assigned: Value = .object(PyTuple(wrapperAssignments.map { .str($0) }))
        var updated: Value = .object(PyTuple(wrapperUpdates.map { .str($0) }))
        let extra = Array(args.positional.dropFirst(names.count))
        if extra.count > 2 {
            throw PyError.typeError("\(function)() takes from \(names.count) to \(names.count + 2) positional arguments but \(args.count) were given")
        }
        if extra.count > 0 { assigned = extra[0] }
        if extra.count > 1 { updated = extra[1] }
        for (name, value) in rest {
            switch name {
            case "assigned" where extra.count < 1: assigned = value
            case "updated" where extra.count < 2: updated = value
            case "assigned", "updated": throw PyError.typeError("\(function)() got multiple values for argument '\(name)'")
            default: throw PyError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
        }
        return (values, assigned, updated)
    }

    /// `update_wrapper`: copies the wrapped function's name, docstring and such onto the
    /// wrapper, merges its `__dict__`, and records it as `__wrapped__`.
    private static func updateWrapper(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let (values, assigned, updated) = try wrapperArguments("update_wrapper", ["wrapper", "wrapped"], args)
        let wrapper = values[0], wrapped = values[1]
        for name in try interp.iterateToArray(assigned) {
            guard let attribute = name.stringValue else { throw PyError.typeError("attribute name must be string, not '\(name.typeName)'") }
            if let value = try interp.lookupAttribute(wrapped, attribute) {
                try interp.setAttribute(wrapper, attribute, value)
            }
        }
        for name in try interp.iterateToArray(updated) {
            guard let attribute = name.stringValue else { throw PyError.typeError("attribute name must be string, not '\(name.typeName)'") }
            let source = try interp.lookupAttribute(wrapped, attribute) ?? .object(PyDict())
            _ = try interp.callMethod(interp.getAttribute(wrapper, attribute), "update", Arguments([source]))
        }
        try interp.setAttribute(wrapper, "__wrapped__", wrapped)
        return wrapper
    }

    /// `lru_cache(maxsize=128, typed=False)`, or `lru_cache(function)` directly.
    private static func lruCache(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        if args.count > 2 { throw PyError.typeError("lru_cache() takes from 0 to 2 positional arguments but \(args.count) were given") }
        var maxsizeValue: Value = args.count > 0 ? args[0] : .int(128)
        var typedValue: Value = args.count > 1 ? args[1] : .false
        for (name, value) in args.keywords {
            switch name {
            case "maxsize" where args.count < 1: maxsizeValue = value
            case "typed" where args.count < 2: typedValue = value
            case "maxsize", "typed": throw PyError.typeError("lru_cache() got multiple values for argument '\(name)'")
            default: throw PyError.typeError("lru_cache() got an unexpected keyword argument '\(name)'")
            }
        }
        let typed = try interp.isTrue(typedValue)
        let maxsize: Int?
        switch maxsizeValue {
        case .none: maxsize = nil
        case .int(let n): maxsize = max(n, 0)
        case .bool(let b): maxsize = b ? 1 : 0
        case .object(let big as PyBigInt): maxsize = big.value.sign == .minus ? 0 : Int.max
        default:
            guard interp.isCallable(maxsizeValue), case .bool = typedValue else {
                throw PyError.typeError("Expected first argument to be an integer, a callable, or None")
            }
            return try LRUCacheWrapper.wrap(maxsizeValue, maxsize: 128, typed: typed, interp)
        }
        return .object(PyNativeFunction(name: "decorating_function") { interp, args in
            try args.checkPositional("decorating_function", min: 1, max: 1, qualifiedName: "decorating_function")
            return try LRUCacheWrapper.wrap(args[0], maxsize: maxsize, typed: typed, interp)
        })
    }

    /// `total_ordering`: fills in the rich comparisons a class lacks from the one it defines
    /// (preferring `__lt__`, then `__le__`, `__gt__`, `__ge__`), exactly as CPython derives them.
    private static func totalOrdering(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let (values, rest) = try args.leadingParameters("total_ordering", ["cls"])
        if let extra = rest.first { throw PyError.typeError("total_ordering() got an unexpected keyword argument '\(extra.name)'") }
        guard let cls = values[0].as(PyType.self) else {
            throw PyError.unsupported("total_ordering on something other than a class")
        }
        let operations = ["__lt__", "__le__", "__gt__", "__ge__"]
        let roots = operations.filter { name in
            guard let m = cls.lookup(name) else { return false }
            return m.as(PyNativeFunction.self)?.owner !== BuiltinTypes.object
        }
        guard let root = roots.first else {
            throw PyError.valueError("must define at least one ordering operation: < > <= >=")
        }
        /// How each missing comparison follows from the root's result `r`: `not r`, `r or a == b`, ...
        enum Derivation { case negated, orEqual, negatedOrEqual, andNotEqual, negatedAndNotEqual }
        let derivations: [String: [(String, Derivation)]] = [
            "__lt__": [("__gt__", .negatedAndNotEqual), ("__le__", .orEqual), ("__ge__", .negated)],
            "__le__": [("__ge__", .negatedOrEqual), ("__lt__", .andNotEqual), ("__gt__", .negated)],
            "__gt__": [("__lt__", .negatedAndNotEqual), ("__ge__", .orEqual), ("__le__", .negated)],
            "__ge__": [("__le__", .negatedOrEqual), ("__gt__", .andNotEqual), ("__lt__", .negated)],
        ]
        for (name, derivation) in derivations[root]! where !roots.contains(name) {
            let method = PyNativeFunction(name: name, owner: cls) { interp, args in
                try args.expect(name, min: 2, max: 2)
                let a = args[0], b = args[1]
                let rootMethod = try interp.getAttribute(.object(a.type), root)
                let r = try interp.callValue(rootMethod, Arguments([a, b]))
                if interp.isNotImplemented(r) { return r }
                let truth = try interp.isTrue(r)
                switch derivation {
                case .negated: return .bool(!truth)
                case .orEqual: return truth ? r : try interp.compare(a, b, .eq)
                case .negatedOrEqual: return !truth ? .true : try interp.compare(a, b, .eq)
                case .andNotEqual: return !truth ? r : try interp.compare(a, b, .ne)
                case .negatedAndNotEqual: return truth ? .false : try interp.compare(a, b, .ne)
                }
            }
            cls.setAttribute(name, .object(method))
        }
        return values[0]
    }
}

extension Interpreter {
    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyNativeFunction, is PyBoundMethod, is PyType: return true
        default: return o.type.lookup("__call__") != nil
        }
    }
}

/// `functools.partial`: a callable with some arguments filled in.
final class PartialObject: PyObject, NativeAttributes, NativeRepresentable {
    let function: Value
    let arguments: [Value]
    /// The keywords, the dict `partial.keywords` returns (changes to it are seen by calls).
    let keywords: PyDict
    let dict = PyAttributes()

    init(function: Value, arguments: [Value], keywords: PyDict) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    override var type: PyType { PartialObject.partialType }
    override var attributes: PyAttributes? { dict }

    static let partialType: PyType = {
        let t = PyType(name: "partial", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "functools") { interp, _, args in
            guard var function = args.positional.first else {
                throw PyError.typeError("type 'partial' takes at least one argument")
            }
            guard interp.isCallable(function) else { throw PyError.typeError("the first argument must be callable") }
            var arguments = Array(args.positional.dropFirst())
            let keywords = PyDict()
            // A partial of a plain partial is flattened into one, as in CPython.
            if let inner = function.as(PartialObject.self), inner.dict.isEmpty {
                arguments = inner.arguments + arguments
                for (k, v) in inner.keywords.items { try keywords.set(k, v, interp) }
                function = inner.function
            }
            for (name, value) in args.keywords { keywords.set(name, value) }
            return .object(PartialObject(function: function, arguments: arguments, keywords: keywords))
        }
        t.method("__call__") { interp, args in
            guard let p = args.positional.first?.as(PartialObject.self) else {
                throw PyError.typeError("descriptor '__call__' requires a 'functools.partial' object")
            }
            var keywords: [(name: String, value: Value)] = p.keywords.items.map { ($0.key.stringValue ?? "", $0.value) }
            for (name, value) in args.keywords {
                if let i = keywords.firstIndex(where: { $0.name == name }) { keywords[i].value = value } else { keywords.append((name, value)) }
            }
            return try interp.callValue(p.function, Arguments(p.arguments + args.positional.dropFirst(), keywords: keywords))
        }
        return t
    }()

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .object(PyTuple(arguments))
        case "keywords": return .object(keywords)
        default: return nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        var parts = [try interp.repr(function)]
        parts += try arguments.map { try interp.repr($0) }
        parts += try keywords.items.map { "\(try interp.str($0.key))=\(try interp.repr($0.value))" }
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }
}

/// `functools.partialmethod`: a partial that binds the instance first when read through one.
final class PartialMethod: PyObject, NativeDescriptor, NativeAttributes {
    let function: Value
    let arguments: [Value]
    let keywords: PyDict

    init(function: Value, arguments: [Value], keywords: PyDict) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    override var type: PyType { PartialMethod.type }

    static let type = PyType(name: "partialmethod", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                             moduleName: "functools") { interp, _, args in
        guard let function = args.positional.first else {
            throw PyError.typeError("partialmethod.__init__() missing 1 required positional argument: 'func'")
        }
        guard interp.isCallable(function) || function.as(PyClassMethod.self) != nil || function.as(PyStaticMethod.self) != nil else {
            throw PyError.typeError("\(try interp.repr(function)) is not callable or a descriptor")
        }
        return .object(PartialMethod(function: function, arguments: Array(args.positional.dropFirst()),
                                     keywords: interp.namespaceDict(args.keywords.map { ($0.name, $0.value) })))
    }

    func bind(to receiver: Value, _ interp: Interpreter) throws -> Value {
        .object(PartialObject(function: try interp.bind(function, to: receiver), arguments: arguments, keywords: keywords.copy()))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .object(PyTuple(arguments))
        case "keywords": return .object(keywords)
        default: return nil
        }
    }
}

/// `functools.cached_property`: computed on first access through an instance, then stored
/// in the instance's `__dict__`, which takes precedence from then on.
final class CachedProperty: PyObject, NativeDescriptor, NativeAttributes {
    let function: Value
    let dict = PyAttributes()

    init(function: Value) { self.function = function }

    override var type: PyType { CachedProperty.type }
    override var attributes: PyAttributes? { dict }

    static let type = PyType(name: "cached_property", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                             moduleName: "functools") { interp, _, args in
        let (values, rest) = try args.leadingParameters("cached_property.__init__", ["func"])
        if let extra = rest.first { throw PyError.typeError("cached_property.__init__() got an unexpected keyword argument '\(extra.name)'") }
        return .object(CachedProperty(function: values[0]))
    }

    private func name(_ interp: Interpreter) throws -> String {
        try interp.lookupAttribute(function, "__name__")?.stringValue ?? "<unknown>"
    }

    func bind(to receiver: Value, _ interp: Interpreter) throws -> Value {
        let attribute = try name(interp)
        guard case .object(let o) = receiver, let storage = o.attributes else {
            throw PyError.typeError("No '__dict__' attribute on '\(receiver.type.name)' instance to cache '\(attribute)' property.")
        }
        if let cached = storage[attribute] { return cached }
        let value = try interp.callValue(function, Arguments([receiver]))
        storage[attribute] = value
        return value
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "attrname": return .str(try self.name(interp))
        case "__doc__": return try interp.lookupAttribute(function, "__doc__") ?? Value.none
        default: return nil
        }
    }
}

/// What `functools.cmp_to_key` returns, and the keys it makes: they order by the
/// comparison function's result against 0. Unhashable, as in CPython.
final class KeyWrapper: PyObject, NativeAttributes {
    let compare: Value
    let object: Value?

    init(compare: Value, object: Value?) {
        self.compare = compare
        self.object = object
    }

    override var type: PyType { KeyWrapper.type }

    static let type: PyType = {
        let t = PyType(name: "KeyWrapper", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "functools")
        t.method("__call__") { _, args in
            guard let k = args.positional.first?.as(KeyWrapper.self) else { throw PyError.typeError("KeyWrapper expected") }
            let a = try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords).parse("K", ["obj"], required: 1)
            return .object(KeyWrapper(compare: k.compare, object: a[0]!))
        }
        let operators: [(String, CompareOp)] = [("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge),
                                                 ("__eq__", .eq), ("__ne__", .ne)]
        for (name, op) in operators {
            t.method(name) { interp, args in
                guard let a = args[0].as(KeyWrapper.self), let b = args[1].as(KeyWrapper.self), let x = a.object, let y = b.object else {
                    throw PyError.typeError("other argument must be K instance")
                }
                let result = try interp.callValue(a.compare, Arguments([x, y]))
                return try interp.compare(result, .int(0), op)
            }
        }
        t.dict["__hash__"] = Value.none
        return t
    }()

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard name == "obj" else { return nil }
        guard let object else { throw PyError.attributeError("obj") }
        return object
    }
}
