import Foundation
import PipebookLanguage

/// Reductions over the whole array (axis None) or one axis: sum, mean, var, std, min, max,
/// argmin, argmax, any, all — with numpy's order of additions (see `PairwiseSum`).
enum ArrayReductions {
    /// Reduces `a` with `op`; `axis` nil reduces everything to a Python scalar.
    static func reduce(_ op: String, _ a: NDArray, axis: Int?, ddof: Int, _ interp: Interpreter) throws -> Value {
        guard let axis else {
            // numpy adds a Fortran-ordered array up in its memory order, column by column.
            let source = a.columnMajor && a.shape.count == 2 ? ArrayShaping.transpose(a) : a
            let whole = NDArray(source.data, shape: [a.count])
            return try reduceLines(op, whole, along: 0, ddof: ddof, interp).data.element(0)
        }
        if axis >= a.shape.count || axis < -a.shape.count {
            throw PyError(BuiltinTypes.indexError, "axis \(axis) is out of bounds for array of dimension \(a.shape.count)")
        }
        let normalized = axis < 0 ? axis + a.shape.count : axis
        let result = try reduceLines(op, a, along: normalized, ddof: ddof, interp)
        if a.shape.count == 1 { return result.data.element(0) }
        return .object(result)
    }

    /// The lines of `a` along `axis`: for a 1-D array its one line, for a 2-D array its
    /// columns (axis 0) or rows (axis 1).
    private static func lines(_ a: NDArray, along axis: Int) -> (count: Int, length: Int, index: (Int, Int) -> Int) {
        if a.shape.count == 1 { return (1, a.count, { _, k in k }) }
        let r = a.shape[0], c = a.shape[1]
        if axis == 0 { return (c, r, { line, k in k * c + line }) }
        return (r, c, { line, k in line * c + k })
    }

    private static func reduceLines(_ op: String, _ a: NDArray, along axis: Int, ddof: Int,
                                    _ interp: Interpreter) throws -> NDArray {
        let (count, length, index) = lines(a, along: axis)
        // numpy's inner loop runs along memory. Reducing across it (axis 0 of a C-ordered
        // array, axis 1 of a Fortran-ordered one) adds the lines one after another; reducing
        // along it adds each line pairwise.
        let sequential = a.shape.count == 2 && a.shape[0] > 1 && a.shape[1] > 1
            && (axis == 0) != a.columnMajor
        func line(_ l: Int) -> [Int] { (0..<length).map { index(l, $0) } }

        switch op {
        case "sum", "mean", "var", "std":
            if case .object = a.data, op == "sum" {
                let values = try (0..<count).map { l -> Value in
                    var total: Value = .int(0)
                    for (k, i) in line(l).enumerated() { total = k == 0 ? a.data.element(i) : try interp.binary(.add, total, a.data.element(i)) }
                    return total
                }
                return NDArray(.object(values), shape: [count])
            }
            if op == "sum", let ints = a.data.ints {
                return NDArray(.int((0..<count).map { l in line(l).reduce(0) { $0 &+ ints[$1] } }), shape: [count])
            }
            guard let values = a.data.doubles else { throw PyError.typeError("cannot perform reduce with flexible type") }
            let cast: Bool
            if case .float = a.data { cast = false } else { cast = true }
            func total(_ l: Int, _ xs: [Double]) -> Double {
                if sequential { return line(l).reduce(0.0) { $0 + xs[$1] } }
                let run = line(l).map { xs[$0] }
                return cast ? PairwiseSum.sumOfCast(run) : PairwiseSum.sum(run)
            }
            let sums = (0..<count).map { total($0, values) }
            if op == "sum" { return NDArray(.float(sums), shape: [count]) }
            let means = sums.map { $0 / Double(length) }
            if op == "mean" { return NDArray(.float(means), shape: [count]) }
            var squares = values
            for l in 0..<count {
                for i in line(l) {
                    let d = values[i] - means[l]
                    squares[i] = d * d
                }
            }
            let divisor = Double(max(length - ddof, 0))
            let variances = (0..<count).map { l -> Double in
                if sequential { return line(l).reduce(0.0) { $0 + squares[$1] } / divisor }
                return PairwiseSum.sum(line(l).map { squares[$0] }) / divisor
            }
            return NDArray(.float(op == "var" ? variances : variances.map { $0.squareRoot() }), shape: [count])
        case "min", "max", "argmin", "argmax":
            if length == 0 {
                if op.hasPrefix("arg") { throw PyError.valueError("attempt to get \(op) of an empty sequence") }
                throw PyError.valueError("zero-size array to reduction operation \(op == "min" ? "minimum" : "maximum") which has no identity")
            }
            let wantMax = op.hasSuffix("max")
            let offsets = try (0..<count).map { l -> Int in
                var best = 0
                for k in 1..<length where try better(a.data, index(l, k), than: index(l, best), wantMax: wantMax, interp) {
                    best = k
                }
                return best
            }
            if op.hasPrefix("arg") { return NDArray(.int(offsets), shape: [count]) }
            return NDArray(a.data.gather((0..<count).map { index($0, offsets[$0]) }), shape: [count])
        case "any", "all":
            let truth = try (0..<a.count).map { try interp.isTrue(a.data.element($0)) }
            let wantAll = op == "all"
            return NDArray(.bool((0..<count).map { l in wantAll ? line(l).allSatisfy { truth[$0] } : line(l).contains { truth[$0] } }), shape: [count])
        default:
            throw PyError.valueError("unknown reduction \(op)")
        }
    }

    /// Whether element `i` replaces `best` as the minimum or maximum; NaN wins (and the first
    /// NaN stays), as numpy propagates it.
    private static func better(_ data: ArrayData, _ i: Int, than best: Int, wantMax: Bool, _ interp: Interpreter) throws -> Bool {
        switch data {
        case .float(let x):
            if x[best].isNaN { return false }
            if x[i].isNaN { return true }
            return wantMax ? x[i] > x[best] : x[i] < x[best]
        case .int(let x): return wantMax ? x[i] > x[best] : x[i] < x[best]
        case .bool(let x): return wantMax ? (x[i] && !x[best]) : (!x[i] && x[best])
        case .object(let x): return wantMax ? try interp.lessThan(x[best], x[i]) : try interp.lessThan(x[i], x[best])
        }
    }
}
