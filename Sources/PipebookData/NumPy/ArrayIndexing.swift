import PipebookLanguage

/// `a[key]` and `a[key] = value`: integers, slices, boolean masks and integer arrays (or
/// lists) on each axis, `np.newaxis`, and a boolean array of the array's own shape.
enum ArrayIndexing {
    /// What one axis keeps.
    private enum Selector {
        case index(Int)
        case positions([Int])
    }

    /// The flat positions a key selects and the shape of the result (empty for one element).
    private struct Selection {
        var flat: [Int]
        var shape: [Int]
    }

    static func get(_ a: NDArray, _ key: Value, _ interp: Interpreter) throws -> Value {
        let s = try select(a, key, interp)
        if s.shape.isEmpty { return a.data.element(s.flat[0]) }
        return .object(NDArray(a.data.gather(s.flat), shape: s.shape))
    }

    static func set(_ a: NDArray, _ key: Value, _ value: NDArray, _ interp: Interpreter) throws {
        let s = try select(a, key, interp)
        let plan = try Broadcast([s.shape, value.shape])
        if plan.shape != s.shape && !(s.shape.isEmpty && value.count == 1) {
            throw PyError.valueError("could not broadcast input array from shape \(shapeText(value.shape)) into shape \(shapeText(s.shape))")
        }
        let source = try ArrayConversion.convert(value, to: a.data.dtype, interp).data
        func sourceIndex(_ k: Int) -> Int { value.count == 1 ? 0 : plan.index(1, k) }
        // Each case first empties `a.data`, so that `x` is the only reference to the elements
        // and the writes below happen in place rather than on a copy.
        switch (a.data, source) {
        case (.float(var x), .float(let y)):
            a.data = .int([])
            for (k, i) in s.flat.enumerated() { x[i] = y[sourceIndex(k)] }
            a.data = .float(x)
        case (.int(var x), .int(let y)):
            a.data = .bool([])
            for (k, i) in s.flat.enumerated() { x[i] = y[sourceIndex(k)] }
            a.data = .int(x)
        case (.bool(var x), .bool(let y)):
            a.data = .int([])
            for (k, i) in s.flat.enumerated() { x[i] = y[sourceIndex(k)] }
            a.data = .bool(x)
        case (.object(var x), .object(let y)):
            a.data = .int([])
            for (k, i) in s.flat.enumerated() { x[i] = y[sourceIndex(k)] }
            a.data = .object(x)
        default:
            throw PyError.typeError("cannot assign to this array")
        }
    }

    static func shapeText(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
    }

    private static func select(_ a: NDArray, _ key: Value, _ interp: Interpreter) throws -> Selection {
        // A boolean array shaped like `a` picks elements in order, flattened.
        if let mask = key.as(NDArray.self), case .bool(let m) = mask.data, a.shape.count == 2, mask.shape == a.shape {
            let flat = m.indices.filter { m[$0] }
            return Selection(flat: flat, shape: [flat.count])
        }
        var parts = key.as(PyTuple.self)?.items ?? [key]
        var newAxes: [Int] = []
        var position = 0
        parts = parts.filter { part in
            defer { position += 1 }
            if part.isNone { newAxes.append(position); return false }
            return true
        }
        if parts.contains(where: { $0.as(PyEllipsis.self) != nil }) {
            throw PyError.notImplemented("Pipebook's numpy does not support ... in an index")
        }
        if parts.count > a.shape.count {
            throw PyError(BuiltinTypes.indexError, "too many indices for array: array is \(a.shape.count)-dimensional, but \(parts.count) were indexed")
        }
        var selectors: [Selector] = []
        for (axis, n) in a.shape.enumerated() {
            selectors.append(axis < parts.count ? try selector(parts[axis], axis: axis, length: n, interp) : .positions(Array(0..<n)))
        }
        let arrays = selectors.filter { if case .positions = $0 { return true } else { return false } }.count
        if arrays == 2, parts.count == 2, parts.allSatisfy({ $0.as(PySlice.self) == nil }) {
            throw PyError.notImplemented("Pipebook's numpy does not support indexing both axes with arrays (use a[rows][:, columns])")
        }
        var shape: [Int] = []
        var flat: [Int] = []
        switch selectors.count {
        case 0:
            flat = [0]
        case 1:
            switch selectors[0] {
            case .index(let i): flat = [i]
            case .positions(let p): flat = p; shape = [p.count]
            }
        default:
            let c = a.shape[1]
            let rows: [Int], columns: [Int]
            switch selectors[0] {
            case .index(let i): rows = [i]
            case .positions(let p): rows = p; shape.append(p.count)
            }
            switch selectors[1] {
            case .index(let j): columns = [j]
            case .positions(let p): columns = p; shape.append(p.count)
            }
            flat.reserveCapacity(rows.count * columns.count)
            for r in rows { for j in columns { flat.append(r * c + j) } }
        }
        for axis in newAxes {
            if shape.count >= 2 { throw PyError.notImplemented("Pipebook's numpy does not support arrays of more than 2 dimensions") }
            shape.insert(1, at: min(axis, shape.count))
        }
        return Selection(flat: flat, shape: shape)
    }

    private static func selector(_ part: Value, axis: Int, length n: Int, _ interp: Interpreter) throws -> Selector {
        switch part {
        case .int(let i):
            guard i >= -n && i < n else {
                throw PyError(BuiltinTypes.indexError, "index \(i) is out of bounds for axis \(axis) with size \(n)")
            }
            return .index(i < 0 ? i + n : i)
        case .bool:
            throw PyError.notImplemented("Pipebook's numpy does not support a bool scalar as an index")
        default:
            break
        }
        if let s = part.as(PySlice.self) { return .positions(try sliceIndices(s, length: n, interp)) }
        var array = part.as(NDArray.self)
        if array == nil, let list = part.as(PyList.self) {
            array = try ArrayConversion.fromPython(.object(list), dtype: nil, interp)
        }
        guard let array, array.shape.count == 1 else {
            throw PyError(BuiltinTypes.indexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
        switch array.data {
        case .bool(let m):
            guard m.count == n else {
                throw PyError(BuiltinTypes.indexError, "boolean index did not match indexed array along dimension \(axis); dimension is \(n) but corresponding boolean dimension is \(m.count)")
            }
            return .positions(m.indices.filter { m[$0] })
        case .int(let p):
            return .positions(try p.map { i in
                guard i >= -n && i < n else {
                    throw PyError(BuiltinTypes.indexError, "index \(i) is out of bounds for axis \(axis) with size \(n)")
                }
                return i < 0 ? i + n : i
            })
        default:
            if array.count == 0 { return .positions([]) }
            throw PyError(BuiltinTypes.indexError, "arrays used as indices must be of integer (or boolean) type")
        }
    }

    /// The positions a slice picks from `length` items, as `slice.indices` computes them.
    static func sliceIndices(_ s: PySlice, length: Int, _ interp: Interpreter) throws -> [Int] {
        func integer(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            if case .int(let i) = v { return i }
            if case .bool(let b) = v { return b ? 1 : 0 }
            throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let step = try integer(s.step) ?? 1
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
            guard var i = v else { return defaultValue }
            if i < 0 { i += length; if i < 0 { i = step < 0 ? -1 : 0 } } else if i >= length { i = step < 0 ? length - 1 : length }
            return i
        }
        let start = clamp(try integer(s.start), step < 0 ? length - 1 : 0)
        let stop = clamp(try integer(s.stop), step < 0 ? -1 : length)
        if step > 0 { return start < stop ? Array(stride(from: start, to: stop, by: step)) : [] }
        return start > stop ? Array(stride(from: start, to: stop, by: step)) : []
    }
}
