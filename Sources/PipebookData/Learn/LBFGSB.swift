import Foundation

/// `scipy.optimize.minimize(fun, x0, method="L-BFGS-B", jac=True)` on a problem without bounds,
/// step for step as scipy 1.17's L-BFGS-B 3.0 takes it, so that a model fitted by it (scikit-learn's
/// `solver="lbfgs"`) stops at the same point as scipy's and not only near the same optimum:
///
/// - the first direction is -g, tried at step 1/‖g‖; later directions come from the
///   limited-memory matrix (`LBFGSBMemory`), tried at step 1;
/// - each step is chosen by Moré and Thuente's line search, at most `maxLineSearchSteps`
///   evaluations; a search that fails restarts from -g with an empty memory, or ends the run if
///   the memory was already empty;
/// - a pair (s, y) is stored only when s'y > ε·(-g's) (curvature);
/// - the run stops when max|gᵢ| ≤ `gradientTolerance`, when the relative reduction
///   (f - f₊) / max(|f|, |f₊|, 1) ≤ `functionTolerance`, or after `maxIterations` iterations or
///   `maxEvaluations` evaluations (scipy's driver checks these two before the convergence tests).
struct LBFGSB {
    var maxIterations: Int
    var gradientTolerance: Double
    var functionTolerance: Double
    var maxLineSearchSteps: Int
    /// scipy's default `maxfun`, which scikit-learn keeps.
    var maxEvaluations = 15000

    /// L-BFGS-B's longest step along a direction when nothing bounds it.
    private static let stepMax = 1e10

    /// The point where the run stops, and the number of iterations it took.
    func minimize(from start: [Double], _ objective: ([Double]) -> (value: Double, gradient: [Double]))
        -> (x: [Double], iterations: Int) {
        var x = start
        var (f, g) = objective(x)
        var evaluations = 1
        var iterations = 0
        var memory = LBFGSBMemory()
        if largestMagnitude(g) <= gradientTolerance { return (x, 0) }

        while true {
            // The point z the direction aims at: x - g (the Cauchy point, at step 1/θ = 1 with an
            // empty memory), or the quasi-Newton step from x. The direction is z - x, rounded.
            var z = x
            if memory.isEmpty {
                for i in z.indices { z[i] -= g[i] }
            } else if let step = memory.step(gradient: g) {
                for i in z.indices { z[i] = z[i] + step[i] }
            } else {
                memory.reset()
                continue
            }
            let direction = zip(z, x).map { $0 - $1 }

            let directionNorm = norm(direction)
            let directionSquared = directionNorm * directionNorm
            var step = iterations == 0 ? min(1.0 / directionNorm, Self.stepMax) : 1.0
            let start = x, startGradient = g, startValue = f
            let startSlope = dot(g, direction)
            var slope = startSlope
            var found = false
            if startSlope < 0 {
                var search = MoreThuenteLineSearch(value: f, slope: startSlope, step: step, stepMax: Self.stepMax)
                for _ in 0..<maxLineSearchSteps {
                    step = search.step
                    x = step == 1.0 ? z : direction.indices.map { step * direction[$0] + start[$0] }
                    (f, g) = objective(x)
                    evaluations += 1
                    slope = dot(g, direction)
                    if search.next(value: f, slope: slope) == .finished {
                        found = true
                        break
                    }
                }
            }
            if !found {
                x = start; g = startGradient; f = startValue
                if memory.isEmpty { return (x, iterations) }
                memory.reset()
                continue
            }
            iterations += 1
            if iterations >= maxIterations || evaluations > maxEvaluations { return (x, iterations) }
            if largestMagnitude(g) <= gradientTolerance { return (x, iterations) }
            if startValue - f <= functionTolerance * max(abs(startValue), abs(f), 1.0) { return (x, iterations) }

            let change = zip(g, startGradient).map { $0 - $1 }
            let changeNorm = norm(change)
            // s = step·d, and s'y from the slopes the line search measured.
            let curvature = step == 1.0 ? slope - startSlope : (slope - startSlope) * step
            let descent = step == 1.0 ? -startSlope : -startSlope * step
            if curvature <= Double.ulpOfOne * descent { continue }
            let s = step == 1.0 ? direction : direction.map { step * $0 }
            let stepSquared = step == 1.0 ? directionSquared : step * step * directionSquared
            if !memory.add(step: s, change: change, curvature: curvature, stepSquared: stepSquared,
                           changeSquared: changeNorm * changeNorm) {
                memory.reset()
            }
        }
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }

    private func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    /// The projected gradient's largest component (every variable is free); NaN if any is NaN.
    private func largestMagnitude(_ g: [Double]) -> Double {
        var largest = 0.0
        for gi in g {
            if gi.isNaN { return gi }
            largest = max(largest, abs(gi))
        }
        return largest
    }
}
