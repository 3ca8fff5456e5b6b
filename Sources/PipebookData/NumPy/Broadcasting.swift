import PipebookLanguage

/// numpy's broadcasting for arrays of up to two dimensions: shapes are aligned on the right,
/// and a dimension of 1 (or a missing one) stretches to the other operand's.
struct Broadcast {
    let shape: [Int]
    /// For each operand, the flat index of the element that meets result element `i`.
    private let strides: [(row: Int, column: Int)]
    let columns: Int

    init(_ shapes: [[Int]]) throws {
        let ndim = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: ndim)
        for s in shapes {
            for (k, n) in s.enumerated() {
                let d = ndim - s.count + k
                if result[d] == 1 { result[d] = n } else if n != 1 && n != result[d] {
                    let text = shapes.map { "(" + $0.map(String.init).joined(separator: ",") + ($0.count == 1 ? ",)" : ")") }
                    throw PyError.valueError("operands could not be broadcast together with shapes \(text.joined(separator: " ")) ")
                }
            }
        }
        shape = result
        columns = result.last ?? 1
        strides = shapes.map { s in
            let cols = s.last ?? 1
            let rowStride = s.count == 2 && s[0] != 1 ? cols : 0
            let columnStride = cols == 1 ? 0 : 1
            return (rowStride, columnStride)
        }
    }

    var count: Int { shape.reduce(1, *) }

    /// Flat index into operand `k` for result element `i`.
    @inline(__always)
    func index(_ k: Int, _ i: Int) -> Int {
        let s = strides[k]
        if s.row == 0 && s.column == 1 && shape.count <= 1 { return i }
        return (i / columns) * s.row + (i % columns) * s.column
    }

    /// Applies `f` element by element, with the common cases (same shape, a scalar) as plain loops.
    func map<A, B, R>(_ a: [A], _ b: [B], _ f: (A, B) throws -> R) rethrows -> [R] {
        let n = count
        if a.count == n && b.count == n { return try zip(a, b).map(f) }
        if b.count == 1 && a.count == n { let y = b[0]; return try a.map { try f($0, y) } }
        if a.count == 1 && b.count == n { let x = a[0]; return try b.map { try f(x, $0) } }
        var out: [R] = []
        out.reserveCapacity(n)
        for i in 0..<n { out.append(try f(a[index(0, i)], b[index(1, i)])) }
        return out
    }
}
