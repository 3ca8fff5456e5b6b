import Foundation
import PipebookLanguage

/// reshape, transpose and concatenate. Arrays are always contiguous, so each makes a new one.
enum ArrayShaping {
    /// `a.reshape(shape)`, with one -1 standing for the rest.
    static func reshape(_ a: NDArray, _ requested: [Int]) throws -> NDArray {
        var shape = requested
        if shape.count > 2 { throw PyError.notImplemented("Pipebook's numpy does not support arrays of more than 2 dimensions") }
        if let unknown = shape.firstIndex(of: -1) {
            let known = shape.enumerated().filter { $0.offset != unknown }.reduce(1) { $0 * $1.element }
            if known == 0 || a.count % known != 0 {
                throw PyError.valueError("cannot reshape array of size \(a.count) into shape \(ArrayIndexing.shapeText(requested).replacingOccurrences(of: "-1", with: "newaxis"))")
            }
            shape[unknown] = a.count / known
        }
        if shape.reduce(1, *) != a.count {
            throw PyError.valueError("cannot reshape array of size \(a.count) into shape \(ArrayIndexing.shapeText(requested))")
        }
        return NDArray(a.data, shape: shape)
    }

    /// `a.T`: numpy's transpose is a view, so the transpose of a C-ordered array is
    /// Fortran-ordered and the other way round.
    static func transpose(_ a: NDArray) -> NDArray {
        guard a.shape.count == 2 else { return NDArray(a.data, shape: a.shape) }
        let r = a.shape[0], c = a.shape[1]
        var order = [Int]()
        order.reserveCapacity(a.count)
        for j in 0..<c { for i in 0..<r { order.append(i * c + j) } }
        let t = NDArray(a.data.gather(order), shape: [c, r])
        t.columnMajor = !a.columnMajor
        return t
    }

    /// `np.concatenate(arrays, axis)`: the arrays' types promote as in arithmetic.
    static func concatenate(_ arrays: [NDArray], axis: Int, _ interp: Interpreter) throws -> NDArray {
        guard let first = arrays.first else { throw PyError.valueError("need at least one array to concatenate") }
        let ndim = first.shape.count
        for a in arrays where a.shape.count != ndim {
            throw PyError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has \(ndim) dimension(s) and the array at index 1 has \(a.shape.count) dimension(s)")
        }
        if axis >= ndim || axis < -ndim {
            throw PyError(BuiltinTypes.indexError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
        }
        let axis = axis < 0 ? axis + ndim : axis
        let type = arrays.map(\.data.dtype).max { rank($0) < rank($1) }!
        let converted = try arrays.map { try ArrayConversion.convert($0, to: type, interp) }
        if ndim == 1 || axis == 0 {
            if ndim == 2 {
                for (k, a) in converted.enumerated() where a.shape[1] != first.shape[1] {
                    throw PyError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size \(first.shape[1]) and the array at index \(k) has size \(a.shape[1])")
                }
            }
            let data = join(converted.map(\.data))
            return NDArray(data, shape: ndim == 1 ? [data.count] : [data.count / max(first.shape[1], 1), first.shape[1]])
        }
        let rows = first.shape[0]
        for (k, a) in converted.enumerated() where a.shape[0] != rows {
            throw PyError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size \(rows) and the array at index \(k) has size \(a.shape[0])")
        }
        let width = converted.reduce(0) { $0 + $1.shape[1] }
        // Gather row by row: the positions in the joined data of each output element.
        let joined = join(converted.map(\.data))
        var offsets: [Int] = []
        var base = 0
        for a in converted { offsets.append(base); base += a.count }
        var order: [Int] = []
        order.reserveCapacity(rows * width)
        for r in 0..<rows {
            for (k, a) in converted.enumerated() {
                let c = a.shape[1]
                for j in 0..<c { order.append(offsets[k] + r * c + j) }
            }
        }
        return NDArray(joined.gather(order), shape: [rows, width])
    }

    static func rank(_ t: DType) -> Int {
        switch t {
        case .bool: return 0
        case .int64: return 1
        case .float64: return 2
        case .object: return 3
        }
    }

    private static func join(_ parts: [ArrayData]) -> ArrayData {
        switch parts[0] {
        case .float: return .float(parts.flatMap { if case .float(let x) = $0 { return x } else { return [] } })
        case .int: return .int(parts.flatMap { if case .int(let x) = $0 { return x } else { return [] } })
        case .bool: return .bool(parts.flatMap { if case .bool(let x) = $0 { return x } else { return [] } })
        case .object: return .object(parts.flatMap { if case .object(let x) = $0 { return x } else { return [] } })
        }
    }
}
