/// The limited-memory BFGS matrix of L-BFGS-B for a problem without bounds, kept as scipy's
/// L-BFGS-B 3.0 keeps it: the last (at most) 10 correction pairs s = x₊ - x and y = g₊ - g, their
/// inner products, the scaling θ = y'y / s'y of the newest pair, and the factor of the middle
/// matrix K of the compact representation B = θI - W M W', W = [Y θS] (Byrd, Lu, Nocedal and Zhu
/// 1995, Byrd, Nocedal and Schnabel 1994).
///
/// Without bounds every variable is free, so the generalised Cauchy point is the current point
/// and L-BFGS-B's subspace minimisation (`subsm`) is the full quasi-Newton step -B⁻¹g; computing
/// it through K, as L-BFGS-B does, rather than by the two-loop recursion, is what keeps the
/// iterates equal to scipy's to rounding.
struct LBFGSBMemory {
    static let capacity = 10

    private var theta = 1.0
    /// The pairs, oldest first.
    private var s: [[Double]] = [], y: [[Double]] = []
    /// L-BFGS-B's matrices of inner products, `[i][j]` for pairs i and j: `sy` below the diagonal
    /// is s_i'y_j, its diagonal the s'y the line search measured (the D of the paper); `ss` above
    /// the diagonal is s_i's_j, its diagonal ‖s‖² from the step length; `yy` (lower) is y_i'y_j and
    /// `r` (upper) s_i'y_j as the subspace matrix K is built from them.
    private var sy: [[Double]] = [], ss: [[Double]] = [], yy: [[Double]] = [], r: [[Double]] = []
    /// The upper-triangular factor of K, 2·count square; nil until rebuilt after a change.
    private var kFactor: [[Double]]?

    var isEmpty: Bool { s.isEmpty }

    /// Forgets every pair, as L-BFGS-B does when a factorisation or a line search fails.
    mutating func reset() {
        self = LBFGSBMemory()
    }

    /// Adds the pair (`step`, `change`) whose s'y, measured by the line search, is `curvature`,
    /// and ‖s‖² is `stepSquared`, ‖y‖² is `changeSquared`. Returns false when the matrix T = θS'S +
    /// L D⁻¹ L' is then not positive definite (`formt` fails): the caller must reset.
    mutating func add(step: [Double], change: [Double], curvature: Double, stepSquared: Double,
                      changeSquared: Double) -> Bool {
        if s.count == Self.capacity {
            s.removeFirst(); y.removeFirst()
            for matrix in [\Self.sy, \Self.ss, \Self.yy, \Self.r] {
                self[keyPath: matrix].removeFirst()
                for i in self[keyPath: matrix].indices { self[keyPath: matrix][i].removeFirst() }
            }
        }
        let newest = s.count
        s.append(step); y.append(change)
        for matrix in [\Self.sy, \Self.ss, \Self.yy, \Self.r] {
            for i in self[keyPath: matrix].indices { self[keyPath: matrix][i].append(0) }
            self[keyPath: matrix].append([Double](repeating: 0, count: newest + 1))
        }
        for j in 0..<newest {
            sy[newest][j] = dot(step, y[j])
            ss[j][newest] = dot(s[j], step)
        }
        ss[newest][newest] = stepSquared
        sy[newest][newest] = curvature
        for j in 0...newest { yy[newest][j] = dot(change, y[j]) }
        for i in 0...newest { r[i][newest] = dot(s[i], change) }
        theta = changeSquared / curvature
        kFactor = nil
        return middleMatrixIsPositiveDefinite()
    }

    /// The step from x to the minimiser of the quadratic model at x whose gradient is `gradient`
    /// (L-BFGS-B's `subsm` with every variable free), or nil when K cannot be factored.
    mutating func step(gradient: [Double]) -> [Double]? {
        if kFactor == nil { kFactor = factorMiddleMatrix() }
        guard let k = kFactor else { return nil }
        let count = s.count, n = gradient.count
        var d = gradient.map { -$0 }
        var w = [Double](repeating: 0, count: 2 * count)
        for i in 0..<count {
            w[i] = dot(y[i], d)
            w[count + i] = theta * dot(s[i], d)
        }
        UpperCholesky.solveTransposed(k, size: 2 * count, &w)
        for i in 0..<count { w[i] = -w[i] }
        UpperCholesky.solve(k, size: 2 * count, &w)
        for j in 0..<count {
            for i in 0..<n { d[i] = d[i] + (y[j][i] * w[j] / theta) + (s[j][i] * w[count + j]) }
        }
        let scale = 1.0 / theta
        for i in 0..<n { d[i] = scale * d[i] }
        return d
    }

    /// `formt`: whether T = θS'S + L D⁻¹ L' (L the strictly lower part of S'Y) has a Cholesky factor.
    private func middleMatrixIsPositiveDefinite() -> Bool {
        let count = s.count
        var t = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
        for j in 0..<count { t[0][j] = theta * ss[0][j] }
        for i in 1..<count {
            for j in i..<count {
                var sum = 0.0
                for k in 0..<i { sum = sum + ((sy[i][k] * sy[j][k]) / sy[k][k]) }
                t[i][j] = sum + theta * ss[i][j]
            }
        }
        return UpperCholesky.factor(&t, size: count)
    }

    /// `formk` with every variable free: K = [Y'Y/θ + D, R'; R, 0] (R the upper part of S'Y),
    /// factored as [U₁, U₁⁻ᵀR'; 0, U₂] with U₁'U₁ = Y'Y/θ + D and U₂'U₂ = R U₁⁻¹U₁⁻ᵀ R'.
    private func factorMiddleMatrix() -> [[Double]]? {
        let count = s.count, size = 2 * count
        var k = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for i in 0..<count {
            for j in 0...i { k[j][i] = yy[i][j] / theta }
            for j in i..<count { k[j][count + i] = r[i][j] }
            k[i][i] = k[i][i] + sy[i][i]
        }
        guard UpperCholesky.factor(&k, size: count) else { return nil }
        for column in count..<size {
            var b = (0..<count).map { k[$0][column] }
            UpperCholesky.solveTransposed(k, size: count, &b)
            for row in 0..<count { k[row][column] = b[row] }
        }
        for i in count..<size {
            for j in i..<size {
                var sum = 0.0
                for row in 0..<count { sum += k[row][i] * k[row][j] }
                k[i][j] = k[i][j] + sum
            }
        }
        guard UpperCholesky.factor(&k, offset: count, size: count) else { return nil }
        return k
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
