/// The function `functools.lru_cache` and `functools.cache` return: it memoises calls by
/// their arguments, counting hits and misses exactly as CPython's C implementation does.
final class LRUCacheWrapper: PyObject, NativeAttributes, NativeRepresentable, NativeDescriptor {
    let function: Value
    /// nil for an unbounded cache.
    let maxsize: Int?
    let typed: Bool
    private var hits = 0
    private var misses = 0
    private let store = CallStore()
    let dict = PyAttributes()

    private init(function: Value, maxsize: Int?, typed: Bool) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
    }

    override var type: PyType { LRUCacheWrapper.type }
    override var attributes: PyAttributes? { dict }

    /// A cache around `function`, with its name and docstring copied as `update_wrapper` does.
    static func wrap(_ function: Value, maxsize: Int?, typed: Bool, _ interp: Interpreter) throws -> Value {
        guard interp.isCallable(function) else { throw PyError.typeError("the first argument must be callable") }
        let wrapper = LRUCacheWrapper(function: function, maxsize: maxsize, typed: typed)
        for name in FunctoolsModule.wrapperAssignments {
            if let value = try interp.lookupAttribute(function, name) { wrapper.dict[name] = value }
        }
        if case .object(let o) = function, let attributes = o.attributes {
            for (k, v) in attributes.storage.items { try wrapper.dict.storage.set(k, v, interp) }
        }
        wrapper.dict["__wrapped__"] = function
        return .object(wrapper)
    }

    static let cacheInfoType = NamedTupleType.make(name: "CacheInfo", module: "functools",
                                                   fields: ["hits", "misses", "maxsize", "currsize"],
                                                   reprPrefix: "CacheInfo")

    static let type: PyType = {
        let t = PyType(name: "_lru_cache_wrapper", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "functools")
        func receiver(_ args: Arguments) throws -> LRUCacheWrapper {
            guard let w = args.positional.first?.as(LRUCacheWrapper.self) else {
                throw PyError.typeError("descriptor requires a 'functools._lru_cache_wrapper' object")
            }
            return w
        }
        t.method("__call__") { interp, args in
            try receiver(args).call(Arguments(Array(args.positional.dropFirst()), keywords: args.keywords), interp)
        }
        t.method("cache_info") { _, args in
            let w = try receiver(args)
            return NamedTupleType.instance(cacheInfoType, [.int(w.hits), .int(w.misses), w.maxsize.map { .int($0) } ?? .none,
                                                           .int(w.store.count)])
        }
        t.method("cache_clear") { _, args in
            let w = try receiver(args)
            w.hits = 0
            w.misses = 0
            w.store.removeAll()
            return .none
        }
        t.method("cache_parameters") { interp, args in
            let w = try receiver(args)
            return .object(interp.namespaceDict([("maxsize", w.maxsize.map { .int($0) } ?? .none), ("typed", .bool(w.typed))]))
        }
        return t
    }()

    /// Separates positional from keyword arguments in cache keys.
    private static let keywordMark = PyObject()

    /// CPython's `_make_key`: the arguments as a tuple, or a lone int or str argument itself.
    private func key(_ args: Arguments) -> Value {
        if !typed, args.keywords.isEmpty, args.count == 1 {
            switch args[0] {
            case .int, .object(is PyStr), .object(is PyBigInt): return args[0]
            default: break
            }
        }
        var items = args.positional
        if !args.keywords.isEmpty {
            items.append(.object(LRUCacheWrapper.keywordMark))
            for (name, value) in args.keywords { items += [.str(name), value] }
        }
        if typed {
            items += args.positional.map { .object($0.type) }
            items += args.keywords.map { .object($0.value.type) }
        }
        return .object(PyTuple(items))
    }

    func call(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        guard let maxsize else {
            let k = key(args)
            let h = try interp.hash(k)
            if let cached = try store.get(k, hash: h, interp) {
                hits += 1
                return cached
            }
            misses += 1
            let result = try interp.callValue(function, args)
            try store.set(k, hash: h, result, interp)
            return result
        }
        if maxsize == 0 {
            misses += 1
            return try interp.callValue(function, args)
        }
        let k = key(args)
        let h = try interp.hash(k)
        if let cached = try store.get(k, hash: h, interp, touch: true) {
            hits += 1
            return cached
        }
        misses += 1
        let result = try interp.callValue(function, args)
        // The call may itself have cached this key (a recursive function); then it stays.
        if try store.get(k, hash: h, interp) != nil { return result }
        if store.count >= maxsize { store.removeOldest() }
        try store.set(k, hash: h, result, interp)
        return result
    }

    func bind(to receiver: Value, _ interp: Interpreter) throws -> Value {
        .object(PyBoundMethod(receiver: receiver, function: .object(self)))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { nil }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<functools._lru_cache_wrapper object at \(interp.address(self))>"
    }
}

/// Cached results by key, compared with Python's equality, in order of last use. Entries live
/// in arrays linked by index, so no chain of references grows with the cache.
private final class CallStore {
    private var keys: [Value] = []
    private var results: [Value] = []
    private var hashes: [Int] = []
    private var older: [Int] = []
    private var newer: [Int] = []
    private var free: [Int] = []
    private var buckets: [Int: [Int]] = [:]
    /// The least and most recently used entries, -1 when empty.
    private var oldest = -1
    private var newest = -1
    private(set) var count = 0

    private func find(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        for i in buckets[hash] ?? [] where try keys[i].isIdentical(to: key) || interp.equals(keys[i], key) { return i }
        return nil
    }

    /// The result cached for `key`; with `touch`, it becomes the most recently used.
    func get(_ key: Value, hash: Int, _ interp: Interpreter, touch: Bool = false) throws -> Value? {
        guard let i = try find(key, hash: hash, interp) else { return nil }
        if touch {
            unlink(i)
            link(i)
        }
        return results[i]
    }

    func set(_ key: Value, hash: Int, _ result: Value, _ interp: Interpreter) throws {
        if let i = try find(key, hash: hash, interp) {
            results[i] = result
            return
        }
        let i: Int
        if let reused = free.popLast() {
            i = reused
            keys[i] = key
            results[i] = result
            hashes[i] = hash
        } else {
            i = keys.count
            keys.append(key)
            results.append(result)
            hashes.append(hash)
            older.append(-1)
            newer.append(-1)
        }
        buckets[hash, default: []].append(i)
        link(i)
        count += 1
    }

    func removeOldest() {
        let i = oldest
        guard i >= 0 else { return }
        unlink(i)
        buckets[hashes[i]]?.removeAll { $0 == i }
        if buckets[hashes[i]]?.isEmpty == true { buckets[hashes[i]] = nil }
        keys[i] = .none
        results[i] = .none
        free.append(i)
        count -= 1
    }

    func removeAll() {
        keys = []
        results = []
        hashes = []
        older = []
        newer = []
        free = []
        buckets = [:]
        oldest = -1
        newest = -1
        count = 0
    }

    private func link(_ i: Int) {
        older[i] = newest
        newer[i] = -1
        if newest >= 0 { newer[newest] = i } else { oldest = i }
        newest = i
    }

    private func unlink(_ i: Int) {
        if older[i] >= 0 { newer[older[i]] = newer[i] } else { oldest = newer[i] }
        if newer[i] >= 0 { older[newer[i]] = older[i] } else { newest = older[i] }
    }
}
