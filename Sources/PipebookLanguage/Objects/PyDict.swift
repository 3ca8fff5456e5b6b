/// A Python `dict`: a hash table that remembers insertion order, as CPython's does.
///
/// Keys are hashed and compared with Python's rules (`1`, `1.0` and `True` are one key),
/// which may run user `__hash__`/`__eq__` methods, so lookups take the interpreter and can throw.
public final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    /// Entries in insertion order; removed ones become nil until the next rebuild.
    private(set) var entries: [Entry?] = []
    /// Open-addressing table of positions in `entries`: -1 empty, -2 deleted.
    private var index: [Int32] = []
    public private(set) var count = 0

    public let subclass: SubclassState?

    public init(subclass: PyType? = nil) {
        self.subclass = subclass.map(SubclassState.init)
    }

    public override var type: PyType { subclass?.cls ?? BuiltinTypes.dict }
    public override var attributes: PyAttributes? { subclass?.dict }

    /// The live entries in insertion order.
    public var items: [(key: Value, value: Value)] {
        entries.compactMap { $0.map { ($0.key, $0.value) } }
    }

    public var keys: [Value] { entries.compactMap { $0?.key } }
    public var values: [Value] { entries.compactMap { $0?.value } }

    /// The position in `index` holding `key`, or nil.
    private func find(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        // Int and str keys, the common ones, are matched against keys of their own kind
        // without the general `==` (which answers the same for them); any other stored key
        // (True against 1, a str subclass) still goes through it.
        switch key {
        case .int(let k):
            return try find(hash: hash) { stored in
                if case .int(let s) = stored { return s == k }
                return try interp.equals(stored, key)
            }
        case .object(let o as PyStr):
            return try find(hash: hash) { stored in
                if case .object(let s) = stored {
                    if s === o { return true }
                    if let text = s as? PyStr { return Interpreter.strEqual(text.value, o.value) }
                }
                return try interp.equals(stored, key)
            }
        default:
            return try find(hash: hash) { try $0.isIdentical(to: key) || interp.equals($0, key) }
        }
    }

    private func find(hash: Int, matches: (Value) throws -> Bool) rethrows -> Int? {
        if index.isEmpty { return nil }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = Int(index[i])
            if slot == -1 { return nil }
            // Reads the entry's fields in place: copying the entry out would retain its key and value.
            if slot >= 0, entries[slot]?.hash == hash, try matches(entries[slot]!.key) { return i }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    public func get(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let h = try interp.hash(key)
        guard let i = try find(key, hash: h, interp) else { return nil }
        return entries[Int(index[i])]!.value
    }

    /// String keys never run user code, so these need no interpreter.
    public func get(_ key: String) -> Value? {
        get(key, hash: PyStr.hash(of: key))
    }

    /// `hash` must be `PyStr.hash(of: key)`; call sites that look the same name up often keep it.
    public func get(_ key: String, hash: Int) -> Value? {
        guard let i = find(hash: hash, matches: { Self.isText($0, key) }) else { return nil }
        return entries[Int(index[i])]!.value
    }

    /// Like `get(_:hash:)`, where `keyObject` is a str of the same text that is often the very
    /// key stored (an attribute call site inserts its own): comparing identities first spares
    /// most text comparisons.
    func get(_ key: String, key keyObject: PyObject, hash: Int) -> Value? {
        guard let i = find(hash: hash, matches: { Self.isKey($0, keyObject, key) }) else { return nil }
        return entries[Int(index[i])]!.value
    }

    /// The value of the entry at `position` in insertion order when its key is `keyObject`
    /// itself (keys are unique, so that entry is the key's): an attribute site remembers where
    /// it last found its name and mostly finds it there again, with no hashing or probing.
    @inline(__always)
    func value(at position: Int, ifKeyIs keyObject: PyObject) -> Value? {
        guard position < entries.count, let e = entries[position], case .object(let k) = e.key, k === keyObject else {
            return nil
        }
        return e.value
    }

    /// Replaces the value at `position` if its key is `keyObject` itself; false otherwise.
    @inline(__always)
    func replaceValue(at position: Int, ifKeyIs keyObject: PyObject, with value: Value) -> Bool {
        guard position < entries.count, let e = entries[position], case .object(let k) = e.key, k === keyObject else {
            return false
        }
        entries[position]!.value = value
        return true
    }

    /// Like `get(_:key:hash:)`, also giving the entry's position in insertion order.
    func lookup(_ key: String, key keyObject: PyObject, hash: Int) -> (value: Value, position: Int)? {
        guard let i = find(hash: hash, matches: { Self.isKey($0, keyObject, key) }) else { return nil }
        let position = Int(index[i])
        return (entries[position]!.value, position)
    }

    /// Whether `stored` is a str of exactly `key`'s code points (Swift's `==` would also
    /// accept canonically equivalent text, which Python keeps apart).
    @inline(__always)
    private static func isText(_ stored: Value, _ key: String) -> Bool {
        guard let text = stored.stringValue else { return false }
        return Interpreter.strEqual(text, key)
    }

    @inline(__always)
    private static func isKey(_ stored: Value, _ keyObject: PyObject, _ key: String) -> Bool {
        if case .object(let o) = stored, o === keyObject { return true }
        return isText(stored, key)
    }

    @discardableResult
    public func remove(_ key: String) -> Value? {
        guard let i = find(hash: PyStr.hash(of: key), matches: { Self.isText($0, key) }) else { return nil }
        let position = Int(index[i])
        let old = entries[position]!.value
        entries[position] = nil
        index[i] = -2
        count -= 1
        if count == 0 { removeAll() }
        return old
    }

    public func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws {
        let h = try interp.hash(key)
        if let i = try find(key, hash: h, interp) {
            entries[Int(index[i])]!.value = value
            return
        }
        append(hash: h, key: key, value: value)
    }

    private func append(hash: Int, key: Value, value: Value) {
        if (entries.count + 1) * 3 >= index.count * 2 { rebuild() }
        entries.append(Entry(hash: hash, key: key, value: value))
        insertIndex(hash: hash, position: entries.count - 1)
        count += 1
    }

    public func set(_ key: String, _ value: Value) {
        set(key, hash: PyStr.hash(of: key), value)
    }

    public func set(_ key: String, hash h: Int, _ value: Value) {
        if let i = find(hash: h, matches: { Self.isText($0, key) }) {
            entries[Int(index[i])]!.value = value
        } else {
            append(hash: h, key: .str(key), value: value)
        }
    }

    /// Like `set(_:hash:_:)`, inserting `keyObject` (the same text as a str) when the key is new;
    /// returns the entry's position in insertion order.
    @discardableResult
    func set(_ key: String, key keyObject: PyObject, hash h: Int, _ value: Value) -> Int {
        if let i = find(hash: h, matches: { Self.isKey($0, keyObject, key) }) {
            let position = Int(index[i])
            entries[position]!.value = value
            return position
        }
        append(hash: h, key: .object(keyObject), value: value)
        return entries.count - 1
    }

    @discardableResult
    public func remove(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let h = try interp.hash(key)
        guard let i = try find(key, hash: h, interp) else { return nil }
        let position = Int(index[i])
        let old = entries[position]!.value
        entries[position] = nil
        index[i] = -2
        count -= 1
        if count == 0 { removeAll() }
        return old
    }

    public func removeAll() {
        entries = []
        index = []
        count = 0
    }

    /// Removes and returns the most recently inserted entry (`popitem`).
    public func popLast() -> (key: Value, value: Value)? {
        while let last = entries.last {
            entries.removeLast()
            if let e = last {
                count -= 1
                rebuild()
                return (e.key, e.value)
            }
        }
        return nil
    }

    public func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.index = index
        d.count = count
        return d
    }

    private func insertIndex(hash: Int, position: Int) {
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while index[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        index[i] = Int32(position)
    }

    /// Drops removed entries and sizes the index to at least 1.5 times the entries (plus one to come).
    private func rebuild() {
        var size = 8
        while size * 2 < (count + 1) * 3 { size *= 2 }
        index = Array(repeating: -1, count: size)
        // A dict that only grew keeps its array, which then moves rather than copies. (Going
        // through `[Entry]` to drop the nils would convert every entry back at run time.)
        if count != entries.count { entries = entries.filter { $0 != nil } }
        // Room for every entry this index takes before the next rebuild, so that filling a
        // small dict (an instance's attributes) allocates once rather than at each doubling.
        entries.reserveCapacity(size * 2 / 3)
        for position in entries.indices { insertIndex(hash: entries[position]!.hash, position: position) }
    }
}
