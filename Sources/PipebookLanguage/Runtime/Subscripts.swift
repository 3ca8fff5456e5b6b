/// `container[key]`, `container[key] = value`, `del container[key]`, and slices.
extension Interpreter {
    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = container else { return try userGetItem(container, key) }
        if let m = override(o, "__getitem__") { return try callValue(bind(m, to: container), Arguments([key])) }
        return try builtinGetItem(o, container, key)
    }

    /// `container[key]` as the builtin type does it, ignoring a subclass's `__getitem__`.
    func builtinGetItem(_ o: PyObject, _ container: Value, _ key: Value) throws -> Value {
        switch o {
        case let l as PyList:
            if case .int(let i) = key {
                let n = l.items.count
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { throw PyError.indexError("list index out of range") }
                return l.items[j]
            }
            if let s = key.as(PySlice.self) { return .object(PyList(try slice(l.items, s))) }
            return l.items[try sequenceIndex(key, count: l.items.count, type: "list")]
        case let d as PyDict:
            if let v = try d.get(key, self) { return v }
            if let missing = override(o, "__missing__") { return try callValue(bind(missing, to: container), Arguments([key])) }
            throw PyError.keyError(key)
        case let t as PyTuple:
            if let s = key.as(PySlice.self) { return .object(PyTuple(try slice(t.items, s))) }
            return t.items[try sequenceIndex(key, count: t.items.count, type: "tuple")]
        case let s as PyStr:
            if let sl = key.as(PySlice.self) {
                let (start, _, step, count) = try sliceIndices(sl, length: s.count)
                if step == 1 { return .str(s.substring(start..<(start + count))) }
                var out = String.UnicodeScalarView()
                for k in 0..<count { out.append(s.scalar(at: start + k * step)) }
                return .str(String(out))
            }
            let i = try sequenceIndex(key, count: s.count, type: "string")
            return .str(String(s.scalar(at: i)))
        case let r as PyRange:
            if let sl = key.as(PySlice.self) { return try rangeSlice(RangeBounds(container)!, sl) }
            // A range takes any int as an index: one too big for a machine word is just out of range.
            if key.as(PyBigInt.self) != nil { throw PyError.indexError("range object index out of range") }
            return .int(r.element(try sequenceIndex(key, count: r.count, type: "range object")))
        case let b as PyBytes:
            if let sl = key.as(PySlice.self) { return .object(PyBytes(try slice(b.bytes, sl))) }
            return .int(Int(b.bytes[try sequenceIndex(key, count: b.bytes.count, type: "index")]))
        case let t as PyType:
            if let m = t.lookup("__class_getitem__") { return try callValue(bind(m, to: container), Arguments([key])) }
            throw PyError.typeError("type '\(t.name)' is not subscriptable")
        default:
            return try userGetItem(container, key)
        }
    }

    private func userGetItem(_ container: Value, _ key: Value) throws -> Value {
        if let m = container.type.lookup("__getitem__") {
            return try callValue(bind(m, to: container), Arguments([key]))
        }
        throw PyError.typeError("'\(container.typeName)' object is not subscriptable")
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            if let m = override(o, "__setitem__") {
                _ = try callValue(bind(m, to: container), Arguments([key, value]))
                return
            }
        }
        try builtinSetItem(container, key, value)
    }

    /// `container[key] = value` as the builtin type does it, ignoring a subclass's `__setitem__`.
    func builtinSetItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if let s = key.as(PySlice.self) {
                    try assignSlice(l, s, try iterateToArray(value))
                    return
                }
                l.items[try sequenceIndex(key, count: l.items.count, type: "list assignment")] = value
                return
            case let d as PyDict:
                try d.set(key, value, self)
                return
            default:
                if let m = o.type.lookup("__setitem__") {
                    _ = try callValue(bind(m, to: container), Arguments([key, value]))
                    return
                }
            }
        }
        throw PyError.typeError("'\(container.typeName)' object does not support item assignment")
    }

    func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            if let m = override(o, "__delitem__") {
                _ = try callValue(bind(m, to: container), Arguments([key]))
                return
            }
        }
        try builtinDeleteItem(container, key)
    }

    /// `del container[key]` as the builtin type does it, ignoring a subclass's `__delitem__`.
    func builtinDeleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if let s = key.as(PySlice.self) {
                    let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
                    let doomed = Set((0..<count).map { start + $0 * step })
                    l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                    return
                }
                l.items.remove(at: try sequenceIndex(key, count: l.items.count, type: "list assignment"))
                return
            case let d as PyDict:
                if try d.remove(key, self) == nil { throw PyError.keyError(key) }
                return
            default:
                if let m = o.type.lookup("__delitem__") {
                    _ = try callValue(bind(m, to: container), Arguments([key]))
                    return
                }
            }
        }
        throw PyError.typeError("'\(container.typeName)' object doesn't support item deletion")
    }

    /// A checked index into a sequence of `count` items, negative indexes counted from the end.
    func sequenceIndex(_ key: Value, count: Int, type: String) throws -> Int {
        let i: Int
        switch key {
        case .int(let n): i = n
        case .bool(let b): i = b ? 1 : 0
        case .object(is PyBigInt): throw PyError.indexError("cannot fit 'int' into an index-sized integer")
        default:
            if let index = try indexValue(key) {
                i = index
            } else {
                let what = type == "list assignment" ? "list" : type == "string" ? "string" : type
                throw PyError.typeError("\(what) indices must be integers or slices, not \(key.typeName)")
            }
        }
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw PyError.indexError("\(type) index out of range") }
        return j
    }

    /// An object's `__index__`, for user classes used as indexes.
    func indexValue(_ v: Value) throws -> Int? {
        if case .object(let o) = v, o is PyInstance, let m = o.type.lookup("__index__") {
            if case .int(let i) = try callValue(bind(m, to: v), Arguments()) { return i }
        }
        return nil
    }

    /// CPython's PySlice_GetIndicesEx: start, stop, step and the number of items selected.
    func sliceIndices(_ s: PySlice, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        func bound(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let b as PyBigInt): return b.value.sign == .minus ? Int.min / 2 : Int.max / 2
            default:
                if let i = try indexValue(v) { return i }
                throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try bound(s.step) ?? 1
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if let b = try bound(s.start) {
            start = b < 0 ? max(b + length, step < 0 ? -1 : 0) : min(b, step < 0 ? length - 1 : length)
        } else {
            start = step < 0 ? length - 1 : 0
        }
        if let b = try bound(s.stop) {
            stop = b < 0 ? max(b + length, step < 0 ? -1 : 0) : min(b, step < 0 ? length - 1 : length)
        } else {
            stop = step < 0 ? -1 : length
        }
        let count: Int
        if step < 0 {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0
        }
        return (start, stop, step, count)
    }

    func slice<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        if step == 1 { return Array(items[start..<(start + count)]) }
        return (0..<count).map { items[start + $0 * step] }
    }

    private func assignSlice(_ list: PyList, _ s: PySlice, _ values: [Value]) throws {
        let (start, _, step, count) = try sliceIndices(s, length: list.items.count)
        if step == 1 {
            list.items.replaceSubrange(start..<(start + count), with: values)
            return
        }
        guard values.count == count else {
            throw PyError.valueError("attempt to assign sequence of size \(values.count) to extended slice of size \(count)")
        }
        for (k, v) in values.enumerated() { list.items[start + k * step] = v }
    }
}
