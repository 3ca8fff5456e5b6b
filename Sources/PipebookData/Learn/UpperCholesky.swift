/// The small dense factorisations L-BFGS-B asks LAPACK for: the Cholesky factor U of a symmetric
/// positive definite matrix (A = U'U, `dpotrf` with uplo "U") and the triangular solves with U and
/// U' (`dtrtrs`). The loops run in reference LAPACK's order (`dpotf2`, `dtrsm`), so results agree
/// with scipy's to a few units in the last place. Matrices are `[row][column]`; only the upper
/// triangle is read.
enum UpperCholesky {
    /// Replaces the upper triangle of the `size`×`size` block of `a` starting at row and column
    /// `offset` by its Cholesky factor; false (as LAPACK's info > 0) when the block is not positive definite.
    static func factor(_ a: inout [[Double]], offset: Int = 0, size: Int) -> Bool {
        for j in offset..<offset + size {
            var squares = 0.0
            for k in offset..<j { squares += a[k][j] * a[k][j] }
            let pivot = a[j][j] - squares
            if !(pivot > 0) { return false }
            let root = pivot.squareRoot()
            a[j][j] = root
            let scale = 1.0 / root
            for i in j + 1..<offset + size {
                var dot = 0.0
                for k in offset..<j { dot += a[k][i] * a[k][j] }
                a[j][i] = (a[j][i] - dot) * scale
            }
        }
        return true
    }

    /// Solves U' x = b in place (forward substitution), U the leading `size`×`size` block of `u`.
    static func solveTransposed(_ u: [[Double]], size: Int, _ b: inout [Double]) {
        for i in 0..<size {
            var value = b[i]
            for k in 0..<i { value -= u[k][i] * b[k] }
            b[i] = value / u[i][i]
        }
    }

    /// Solves U x = b in place (back substitution, column by column as `dtrsm` does).
    static func solve(_ u: [[Double]], size: Int, _ b: inout [Double]) {
        for k in stride(from: size - 1, through: 0, by: -1) where b[k] != 0 {
            b[k] /= u[k][k]
            for i in 0..<k { b[i] -= b[k] * u[i][k] }
        }
    }
}
