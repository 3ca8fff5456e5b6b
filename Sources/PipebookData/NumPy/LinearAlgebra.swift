import PipebookLanguage

/// Least squares and linear systems for scikit-learn's linear models (numpy.linalg.lstsq and
/// solve).
enum LinearAlgebra {
    /// numpy.linalg.lstsq's four answers for A of shape (n, k) and a vector b.
    struct LeastSquares {
        var solution: [Double]
        /// The squared residual's sum when A has full column rank and n > k; else none, as numpy.
        var residuals: [Double]
        var rank: Int
        /// A's singular values, largest first.
        var singularValues: [Double]
    }

    /// The minimum-norm x minimising |A x - b|, through A's singular value decomposition:
    /// singular values at most `rcond` times the largest count as zero, as LAPACK's gelsd
    /// (behind numpy's and scipy's lstsq) counts them, so a rank-deficient A (one-hot columns
    /// next to an intercept) gets the same answer as there rather than a huge one.
    static func leastSquares(_ a: NDArray, _ b: NDArray, rcond: Double) throws -> LeastSquares {
        guard a.shape.count == 2, let values = a.data.doubles, let rhs = b.data.doubles else {
            throw PyError.valueError("lstsq needs a 2-D float array and a vector")
        }
        let n = a.shape[0], k = a.shape[1]
        guard rhs.count == n else { throw PyError.valueError("Incompatible dimensions") }
        guard values.allSatisfy(\.isFinite), rhs.allSatisfy(\.isFinite) else {
            throw PyError.valueError("SVD did not converge in Linear Least Squares")
        }
        // One-sided Jacobi (Hestenes): rotate pairs of columns of W = A V until they are
        // orthogonal; then the column norms are the singular values. Accurate to the last digits
        // for the small k of tabular data.
        var w = [[Double]](repeating: [Double](repeating: 0, count: n), count: k)
        for i in 0..<n { for j in 0..<k { w[j][i] = values[i * k + j] } }
        var v = (0..<k).map { j in (0..<k).map { $0 == j ? 1.0 : 0.0 } }
        for _ in 0..<60 {
            var rotated = false
            for p in 0..<k {
                for q in (p + 1)..<max(k, p + 1) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<n {
                        alpha += w[p][i] * w[p][i]
                        beta += w[q][i] * w[q][i]
                        gamma += w[p][i] * w[q][i]
                    }
                    if gamma == 0 || abs(gamma) <= Double.ulpOfOne * (alpha * beta).squareRoot() { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<n {
                        let (x, y) = (w[p][i], w[q][i])
                        w[p][i] = c * x - s * y
                        w[q][i] = s * x + c * y
                    }
                    for i in 0..<k {
                        let (x, y) = (v[p][i], v[q][i])
                        v[p][i] = c * x - s * y
                        v[q][i] = s * x + c * y
                    }
                }
            }
            if !rotated { break }
        }
        let sigma = w.map { column in column.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let cutoff = rcond * (sigma.max() ?? 0)
        var x = [Double](repeating: 0, count: k)
        var rank = 0
        for j in 0..<k where sigma[j] > cutoff {
            rank += 1
            // x += v_j (w_j . b) / sigma_j^2, since w_j = sigma_j u_j.
            var dot = 0.0
            for i in 0..<n { dot += w[j][i] * rhs[i] }
            let f = dot / (sigma[j] * sigma[j])
            for i in 0..<k { x[i] += v[j][i] * f }
        }
        var residuals: [Double] = []
        if rank == k && n > k {
            var sum = 0.0
            for i in 0..<n {
                var r = rhs[i]
                for j in 0..<k { r -= values[i * k + j] * x[j] }
                sum += r * r
            }
            residuals = [sum]
        }
        return LeastSquares(solution: x, residuals: residuals, rank: rank, singularValues: sigma.sorted(by: >))
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
