import PipebookLanguage

/// argsort, sort and unique over one-dimensional arrays (or each row, for sort and argsort
/// along the last axis). NaN sorts last, as in numpy.
enum ArraySorting {
    /// The stable order of `data[range]`.
    static func order(_ data: ArrayData, _ positions: [Int], _ interp: Interpreter) throws -> [Int] {
        switch data {
        case .float(let x):
            return positions.sorted { i, j in
                let a = x[i], b = x[j]
                if a.isNaN || b.isNaN { return !a.isNaN && b.isNaN || (a.isNaN && b.isNaN && i < j) }
                return a < b || (a == b && i < j)
            }
        case .int(let x): return positions.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        case .bool(let x): return positions.sorted { (!x[$0] && x[$1]) || (x[$0] == x[$1] && $0 < $1) }
        case .object(let x):
            var failure: Error?
            let sorted = positions.sorted { i, j in
                if failure != nil { return i < j }
                do {
                    if try interp.lessThan(x[i], x[j]) { return true }
                    if try interp.lessThan(x[j], x[i]) { return false }
                    return i < j
                } catch {
                    failure = error
                    return i < j
                }
            }
            if let failure { throw failure }
            return sorted
        }
    }

    /// `np.argsort(a)` along the last axis.
    static func argsort(_ a: NDArray, _ interp: Interpreter) throws -> NDArray {
        let c = a.columns
        var result: [Int] = []
        for r in 0..<(a.shape.count == 2 ? a.shape[0] : 1) {
            result += try order(a.data, Array((r * c)..<((r + 1) * c)), interp).map { $0 - r * c }
        }
        return NDArray(.int(result), shape: a.shape)
    }

    static func sort(_ a: NDArray, _ interp: Interpreter) throws -> NDArray {
        let c = a.columns
        var positions: [Int] = []
        for r in 0..<(a.shape.count == 2 ? a.shape[0] : 1) {
            positions += try order(a.data, Array((r * c)..<((r + 1) * c)), interp)
        }
        return NDArray(a.data.gather(positions), shape: a.shape)
    }

    /// `np.unique(a, return_index, return_inverse, return_counts)` over the flattened array:
    /// the sorted distinct values (NaNs as one), then the requested arrays.
    static func unique(_ a: NDArray, _ interp: Interpreter) throws -> (values: NDArray, index: NDArray, inverse: NDArray, counts: NDArray) {
        let sorted = try order(a.data, Array(0..<a.count), interp)
        var firsts: [Int] = []
        var counts: [Int] = []
        var inverse = [Int](repeating: 0, count: a.count)
        for p in sorted {
            if let last = firsts.last, try same(a.data, last, p, interp) {
                counts[counts.count - 1] += 1
            } else {
                firsts.append(p)
                counts.append(1)
            }
            inverse[p] = firsts.count - 1
        }
        return (NDArray(a.data.gather(firsts)), NDArray(.int(firsts)), NDArray(.int(inverse)), NDArray(.int(counts)))
    }

    private static func same(_ data: ArrayData, _ i: Int, _ j: Int, _ interp: Interpreter) throws -> Bool {
        switch data {
        case .float(let x): return x[i] == x[j] || (x[i].isNaN && x[j].isNaN)
        case .int(let x): return x[i] == x[j]
        case .bool(let x): return x[i] == x[j]
        case .object(let x): return try interp.equals(x[i], x[j])
        }
    }
}
