/// A Python `set` or `frozenset`.
///
/// The table follows CPython's setobject.c (linear probes, then perturbation; the same
/// growth rule), so a set iterates and prints in the same order as under CPython for
/// the same hashes: `print({3, 1, 2})` shows `{1, 2, 3}` on both.
public final class PySet: PyObject {
    enum Slot {
        case empty
        case dummy
        case active(hash: Int, key: Value)
    }

    private static let minimumSize = 8
    private static let linearProbes = 9

    private(set) var table: [Slot] = Array(repeating: .empty, count: PySet.minimumSize)
    /// Active plus dummy slots.
    private var fill = 0
    public private(set) var count = 0
    public let isFrozen: Bool

    public let subclass: SubclassState?

    public init(frozen: Bool = false, subclass: PyType? = nil) {
        self.isFrozen = frozen
        self.subclass = subclass.map(SubclassState.init)
    }

    public override var type: PyType { subclass?.cls ?? (isFrozen ? BuiltinTypes.frozenset : BuiltinTypes.set) }
    public override var attributes: PyAttributes? { subclass?.dict }

    private var mask: Int { table.count - 1 }

    /// The elements in table order, which is iteration order.
    public var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for case .active(_, let key) in table { result.append(key) }
        return result
    }

    /// Elements with their hashes, in iteration order.
    var hashedElements: [(hash: Int, key: Value)] {
        var result: [(Int, Value)] = []
        result.reserveCapacity(count)
        for case .active(let h, let key) in table { result.append((h, key)) }
        return result
    }

    private func lookup(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            for j in i...(i + probes) {
                switch table[j] {
                case .empty: return nil
                case .active(let h, let k) where h == hash:
                    if k.isIdentical(to: key) { return j }
                    if try interp.equals(k, key) { return j }
                default: break
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    public func contains(_ key: Value, _ interp: Interpreter) throws -> Bool {
        try lookup(key, hash: interp.hash(key), interp) != nil
    }

    public func add(_ key: Value, _ interp: Interpreter) throws {
        try add(key, hash: interp.hash(key), interp)
    }

    func add(_ key: Value, hash: Int, _ interp: Interpreter) throws {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: Int?
        while true {
            let probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            for j in i...(i + probes) {
                switch table[j] {
                case .empty:
                    if let free = freeSlot {
                        table[free] = .active(hash: hash, key: key)
                        count += 1
                        return
                    }
                    table[j] = .active(hash: hash, key: key)
                    fill += 1
                    count += 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return
                case .active(let h, let k) where h == hash:
                    if k.isIdentical(to: key) { return }
                    if try interp.equals(k, key) { return }
                case .dummy:
                    if freeSlot == nil { freeSlot = j }
                default: break
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Removes `key`; returns whether it was there.
    @discardableResult
    public func remove(_ key: Value, _ interp: Interpreter) throws -> Bool {
        guard let j = try lookup(key, hash: interp.hash(key), interp) else { return false }
        table[j] = .dummy
        count -= 1
        return true
    }

    public func removeAll() {
        table = Array(repeating: .empty, count: PySet.minimumSize)
        fill = 0
        count = 0
    }

    /// Removes and returns an arbitrary element, the first in table order.
    public func popFirst() -> Value? {
        for j in table.indices {
            if case .active(_, let key) = table[j] {
                table[j] = .dummy
                count -= 1
                return key
            }
        }
        return nil
    }

    /// Adds every element of `other`, as CPython's set_merge does (which fixes the order).
    public func merge(_ other: PySet, _ interp: Interpreter) throws {
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            return
        }
        if fill == 0 {
            for (h, k) in other.hashedElements { insertClean(hash: h, key: k) }
            fill = other.count
            count = other.count
            return
        }
        for (h, k) in other.hashedElements { try add(k, hash: h, interp) }
    }

    public func copy(frozen: Bool? = nil, _ interp: Interpreter) throws -> PySet {
        let s = PySet(frozen: frozen ?? isFrozen)
        try s.merge(self, interp)
        return s
    }

    private func resize(minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = hashedElements
        table = Array(repeating: .empty, count: size)
        for (h, k) in old { insertClean(hash: h, key: k) }
        fill = old.count
        count = old.count
    }

    /// Inserts into a table known to have no dummies and not to contain the key.
    private func insertClean(hash: Int, key: Value) {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            for j in i...(i + probes) {
                if case .empty = table[j] {
                    table[j] = .active(hash: hash, key: key)
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}
