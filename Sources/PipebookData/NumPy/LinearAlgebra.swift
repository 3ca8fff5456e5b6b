import PipebookLanguage

/// Least squares and linear systems for scikit-learn's linear models (numpy.linalg.lstsq and
/// solve): Householder QR, so that the error grows with the condition number and not with its
/// square as the normal equations' would.
enum LinearAlgebra {
    /// The x minimising |A x - b| for A of shape (n, k), n >= k, of full column rank.
    static func leastSquares(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard a.shape.count == 2, let values = a.data.doubles, let rhs = b.data.doubles else {
            throw PyError.valueError("lstsq needs a 2-D float array and a vector")
        }
        let n = a.shape[0], k = a.shape[1]
        guard rhs.count == n else { throw PyError.valueError("Incompatible dimensions") }
        guard n >= k else { throw PyError.notImplemented("Pipebook's lstsq needs at least as many rows as columns") }
        // Column-major copy: each Householder step works down one column.
        var r = [Double](repeating: 0, count: n * k)
        for i in 0..<n { for j in 0..<k { r[j * n + i] = values[i * k + j] } }
        var y = rhs
        for j in 0..<k {
            var norm = 0.0
            for i in j..<n { norm += r[j * n + i] * r[j * n + i] }
            norm = norm.squareRoot()
            if norm == 0 { throw PyError.valueError("lstsq: the matrix does not have full column rank") }
            let alpha = r[j * n + j] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: n - j)
            for i in j..<n { v[i - j] = r[j * n + i] }
            v[0] -= alpha
            var vv = 0.0
            for x in v { vv += x * x }
            if vv == 0 { continue }
            for c in j..<k {
                var dot = 0.0
                for i in j..<n { dot += v[i - j] * r[c * n + i] }
                let f = 2 * dot / vv
                for i in j..<n { r[c * n + i] -= f * v[i - j] }
            }
            var dot = 0.0
            for i in j..<n { dot += v[i - j] * y[i] }
            let f = 2 * dot / vv
            for i in j..<n { y[i] -= f * v[i - j] }
        }
        var x = [Double](repeating: 0, count: k)
        for j in stride(from: k - 1, through: 0, by: -1) {
            var s = y[j]
            for c in (j + 1)..<max(k, j + 1) { s -= r[c * n + j] * x[c] }
            x[j] = s / r[j * n + j]
        }
        return NDArray(.float(x))
    }

    /// x with A x = b for a square A, by Gaussian elimination with partial pivoting.
    static func solve(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard a.shape.count == 2, a.shape[0] == a.shape[1], var m = a.data.doubles, var x = b.data.doubles else {
            throw PyError.valueError("solve needs a square 2-D array and a vector")
        }
        let n = a.shape[0]
        for col in 0..<n {
            var pivot = col
            for i in (col + 1)..<max(n, col + 1) where abs(m[i * n + col]) > abs(m[pivot * n + col]) { pivot = i }
            if m[pivot * n + col] == 0 { throw PyError.valueError("Singular matrix") }
            if pivot != col {
                for j in 0..<n { m.swapAt(col * n + j, pivot * n + j) }
                x.swapAt(col, pivot)
            }
            for i in (col + 1)..<max(n, col + 1) {
                let f = m[i * n + col] / m[col * n + col]
                if f == 0 { continue }
                for j in col..<n { m[i * n + j] -= f * m[col * n + j] }
                x[i] -= f * x[col]
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = x[i]
            for j in (i + 1)..<max(n, i + 1) { s -= m[i * n + j] * x[j] }
            x[i] = s / m[i * n + i]
        }
        return NDArray(.float(x))
    }

    /// The matrix product of two 2-D float arrays.
    static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard a.shape.count == 2, b.shape.count == 2, let x = a.data.doubles, let y = b.data.doubles else {
            throw PyError.valueError("matmul needs two 2-D numeric arrays")
        }
        let n = a.shape[0], k = a.shape[1], m = b.shape[1]
        guard b.shape[0] == k else {
            throw PyError.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(b.shape[0]) is different from \(k))")
        }
        var out = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for p in 0..<k {
                let v = x[i * k + p]
                if v == 0 { continue }
                for j in 0..<m { out[i * m + j] += v * y[p * m + j] }
            }
        }
        return NDArray(.float(out), shape: [n, m])
    }
}
