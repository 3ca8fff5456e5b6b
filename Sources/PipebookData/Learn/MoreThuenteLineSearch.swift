/// Moré and Thuente's line search (MINPACK-2's `dcsrch` with its step rule `dcstep`), with the
/// constants L-BFGS-B gives it: it looks along a descent direction for a step that satisfies the
/// strong Wolfe conditions, sufficient decrease (`ftol` = 1e-3) and curvature (`gtol` = 0.9),
/// and gives up once the interval of uncertainty is smaller than `xtol` = 0.1 of its end.
///
/// It works by reverse communication, as MINPACK-2's does: the caller evaluates the function and
/// its slope at `step` and hands them to `next`, which answers with the next step to try or with
/// the end of the search. L-BFGS-B accepts the last step tried in both kinds of end (converged,
/// or stopped by a warning such as rounding errors), so `next` does not tell them apart.
struct MoreThuenteLineSearch {
    enum Verdict: Equatable {
        case evaluate(at: Double)
        case finished
    }

    private static let ftol = 1e-3, gtol = 0.9, xtol = 0.1
    /// How far past the last step an unbracketed search may extrapolate.
    private static let extrapolateLower = 1.1, extrapolateUpper = 4.0
    private let stepMin = 0.0, stepMax: Double

    private(set) var step: Double
    private var bracketed = false
    /// Stage 1 works on a modified function until a step has both decrease and a non-negative slope.
    private var stage = 1
    private let initialValue: Double, initialSlope: Double, slopeTest: Double
    private var width: Double, previousWidth: Double
    /// A step with the function's value and slope there.
    private struct Point {
        var step: Double, value: Double, slope: Double
    }
    /// The best step so far (MINPACK's `stx`) and the other end of the interval (`sty`).
    private var best: Point, other: Point
    private var intervalMin = 0.0, intervalMax: Double

    /// A search from value `f` and slope `g` (< 0) at step 0; the first step to evaluate is `step`.
    init(value f: Double, slope g: Double, step: Double, stepMax: Double) {
        self.stepMax = stepMax
        self.step = step
        initialValue = f
        initialSlope = g
        slopeTest = Self.ftol * g
        width = stepMax - stepMin
        previousWidth = width / 0.5
        best = Point(step: 0, value: f, slope: g)
        other = best
        intervalMax = step + Self.extrapolateUpper * step
    }

    /// The verdict on `step`, whose value is `f` and slope `g`.
    mutating func next(value f: Double, slope g: Double) -> Verdict {
        let ftest = initialValue + step * slopeTest
        if stage == 1 && f <= ftest && g >= 0 { stage = 2 }
        // Warnings: rounding errors, an interval below xtol, or a step stuck at a bound.
        if bracketed && (step <= intervalMin || step >= intervalMax) { return .finished }
        if bracketed && intervalMax - intervalMin <= Self.xtol * intervalMax { return .finished }
        if step == stepMax && f <= ftest && g <= slopeTest { return .finished }
        if step == stepMin && (f > ftest || g >= slopeTest) { return .finished }
        // The strong Wolfe conditions hold.
        if f <= ftest && abs(g) <= Self.gtol * -initialSlope { return .finished }

        if stage == 1 && f <= best.value && f > ftest {
            // The modified function ψ(t) = f(t) - f(0) - ftol·t·f'(0) chooses the step until stage 2.
            var x = Point(step: best.step, value: best.value - best.step * slopeTest, slope: best.slope - slopeTest)
            var y = Point(step: other.step, value: other.value - other.step * slopeTest, slope: other.slope - slopeTest)
            step = takeStep(&x, &y, Point(step: step, value: f - step * slopeTest, slope: g - slopeTest))
            best = Point(step: x.step, value: x.value + x.step * slopeTest, slope: x.slope + slopeTest)
            other = Point(step: y.step, value: y.value + y.step * slopeTest, slope: y.slope + slopeTest)
        } else {
            var x = best, y = other
            step = takeStep(&x, &y, Point(step: step, value: f, slope: g))
            best = x
            other = y
        }
        let stx = best.step, sty = other.step
        if bracketed {
            // Bisect when the interval has not shrunk enough in two steps.
            if abs(sty - stx) >= 0.66 * previousWidth { step = stx + 0.5 * (sty - stx) }
            previousWidth = width
            width = abs(sty - stx)
            intervalMin = min(stx, sty)
            intervalMax = max(stx, sty)
        } else {
            intervalMin = step + Self.extrapolateLower * (step - stx)
            intervalMax = step + Self.extrapolateUpper * (step - stx)
        }
        step = min(max(step, stepMin), stepMax)
        if bracketed && (step <= intervalMin || step >= intervalMax || intervalMax - intervalMin <= Self.xtol * intervalMax) {
            step = stx
        }
        return .evaluate(at: step)
    }

    /// `dcstep`: the next trial step from the interval's ends `x` (the best point) and `y` and the
    /// point `trial` just evaluated, by cubic and quadratic (secant) interpolation; updates the ends.
    /// Extrapolation stays within the current `intervalMin...intervalMax`.
    private mutating func takeStep(_ x: inout Point, _ y: inout Point, _ trial: Point) -> Double {
        let stx = x.step, fx = x.value, dx = x.slope
        let sty = y.step, fy = y.value, dy = y.slope
        let stp = trial.step, fp = trial.value, dp = trial.slope
        let sgnd = dp * (dx / abs(dx))
        let next: Double
        if fp > fx {
            // A higher value: the minimum is bracketed.
            let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp
            let s = max(abs(theta), max(abs(dx), abs(dp)))
            var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
            if stp < stx { gamma = -gamma }
            let p = (gamma - dx) + theta
            let q = ((gamma - dx) + gamma) + dp
            let stpc = stx + p / q * (stp - stx)
            let stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx)
            next = abs(stpc - stx) < abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2.0
            bracketed = true
        } else if sgnd < 0 {
            // Slopes of opposite signs: the minimum is bracketed.
            let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp
            let s = max(abs(theta), max(abs(dx), abs(dp)))
            var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
            if stp > stx { gamma = -gamma }
            let p = (gamma - dp) + theta
            let q = ((gamma - dp) + gamma) + dx
            let stpc = stp + p / q * (stx - stp)
            let stpq = stp + (dp / (dp - dx)) * (stx - stp)
            next = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
            bracketed = true
        } else if abs(dp) < abs(dx) {
            // Same sign, the slope's magnitude decreases.
            let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp
            let s = max(abs(theta), max(abs(dx), abs(dp)))
            var gamma = s * max(0.0, (theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
            if stp > stx { gamma = -gamma }
            let p = (gamma - dp) + theta
            let q = (gamma + (dx - dp)) + gamma
            let r = p / q
            let stpc: Double
            if r < 0 && gamma != 0 {
                stpc = stp + r * (stx - stp)
            } else {
                stpc = stp > stx ? intervalMax : intervalMin
            }
            let stpq = stp + (dp / (dp - dx)) * (stx - stp)
            if bracketed {
                let closer = abs(stpc - stp) < abs(stpq - stp) ? stpc : stpq
                next = stp > stx ? min(stp + 0.66 * (sty - stp), closer) : max(stp + 0.66 * (sty - stp), closer)
            } else {
                let farther = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
                next = max(intervalMin, min(intervalMax, farther))
            }
        } else if bracketed {
            // Same sign, the slope's magnitude does not decrease: the cubic through the other end.
            let theta = 3.0 * (fp - fy) / (sty - stp) + dy + dp
            let s = max(abs(theta), max(abs(dy), abs(dp)))
            var gamma = s * ((theta / s) * (theta / s) - (dy / s) * (dp / s)).squareRoot()
            if stp > sty { gamma = -gamma }
            let p = (gamma - dp) + theta
            let q = ((gamma - dp) + gamma) + dy
            next = stp + p / q * (sty - stp)
        } else {
            next = stp > stx ? intervalMax : intervalMin
        }

        if fp > fx {
            y = trial
        } else {
            if sgnd < 0 { y = x }
            x = trial
        }
        return next
    }
}
