/// Targets of `for` loops and comprehension clauses that are assigned without a store closure.

/// A plain local or module variable.
enum LoopVariable {
    case local(Int)
    case global(GlobalSlot)

    init?(_ target: Expr, _ scope: CompileScope) {
        guard case .name(let name, _) = target else { return nil }
        switch scope.resolve(name) {
        case .local(let slot, _): self = .local(slot)
        case .global(let slot, _): self = .global(slot)
        default: return nil
        }
    }

    @inline(__always)
    func assign(_ value: Value, in f: Frame) {
        switch self {
        case .local(let slot): f.slots[slot] = value
        case .global(let slot): slot.value = value
        }
    }

    /// Assigns each item of `source`, an exact list or a range, and then calls `body`, until
    /// `body` returns false. Returns whether every item was taken, or nil when `source` is
    /// neither (nothing has run): no iterator object is made. A list's length is read afresh
    /// at each step, as list's iterator does, so the body may append to or shorten it.
    @inline(__always)
    func walk(_ source: PyObject, in f: Frame, _ body: () throws -> Bool) rethrows -> Bool? {
        if let range = source as? PyRange {
            var i = range.start
            for _ in 0..<range.count {
                assign(.int(i), in: f)
                i &+= range.step
                if !(try body()) { return false }
            }
            return true
        }
        if source.type === BuiltinTypes.list, let list = source as? PyList {
            var index = 0
            while index < list.items.count {
                assign(list.items[index], in: f)
                index += 1
                if !(try body()) { return false }
            }
            return true
        }
        return nil
    }
}

/// Two plain variables, as in `for i, x in enumerate(xs)` and `for k, v in d.items()`: they take
/// the pair an iterator gives through `nextForPair` without a tuple made and taken apart.
struct LoopPair {
    let first: LoopVariable
    let second: LoopVariable

    init?(_ target: Expr, _ scope: CompileScope) {
        switch target {
        case .tuple(let items, _) where items.count == 2, .list(let items, _) where items.count == 2:
            guard let first = LoopVariable(items[0], scope), let second = LoopVariable(items[1], scope) else { return nil }
            self.first = first
            self.second = second
        default:
            return nil
        }
    }

    /// Assigns a step's values; an item that is not a made pair goes through the target's own
    /// store, which unpacks it (and raises CPython's errors for the wrong number of values).
    @inline(__always)
    func assign(_ step: IteratorStep, in f: Frame, otherwise store: StoreCode) throws {
        switch step {
        case .pair(let a, let b):
            first.assign(a, in: f)
            second.assign(b, in: f)
        case .item(let v):
            try store(f, v)
        }
    }
}
