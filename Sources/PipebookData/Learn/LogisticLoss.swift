import Foundation

/// The function scikit-learn's LogisticRegression minimises with `solver="lbfgs"`
/// (`LinearModelLoss.loss_gradient` over `HalfBinomialLoss` or `HalfMultinomialLoss`): the
/// sample-weighted mean of the per-sample log-losses plus (λ/2)·‖w‖², λ = `l2RegStrength`
/// (1 / (C · the sum of the weights)), the intercepts not penalised; and its gradient.
///
/// Coefficients are flat, as scipy sees them: for two classes w₁…w_p then the intercept; for k
/// classes the (k, p+1) matrix in column-major order (class fastest), as scikit-learn ravels it.
/// The per-sample formulas are scikit-learn's Cython ones (the same branches, the same libm
/// calls) and sums over samples are numpy's pairwise sums, so values agree to rounding.
struct LogisticLoss {
    /// Row-major, `sampleCount` × `featureCount`.
    let features: [Double]
    let sampleCount: Int, featureCount: Int
    /// 0 or 1 for two classes; the class index for more.
    let labels: [Double]
    let sampleWeight: [Double]?
    /// 1 for the binomial loss of two classes, else the number of classes (multinomial loss).
    let outputs: Int
    let fitIntercept: Bool
    let l2RegStrength: Double

    var parameterCount: Int { outputs * (featureCount + (fitIntercept ? 1 : 0)) }

    private var weightSum: Double {
        sampleWeight.map { PairwiseSum.sum($0) } ?? Double(sampleCount)
    }

    func valueAndGradient(_ coef: [Double]) -> (value: Double, gradient: [Double]) {
        outputs == 1 ? binomial(coef) : multinomial(coef)
    }

    /// The raw predictions X·wᵀ + b, row-major `sampleCount` × `outputs`.
    private func rawPredictions(_ coef: [Double]) -> [Double] {
        let p = featureCount, k = outputs
        var raw = [Double](repeating: 0, count: sampleCount * k)
        features.withUnsafeBufferPointer { x in
            coef.withUnsafeBufferPointer { w in
                for i in 0..<sampleCount {
                    for c in 0..<k {
                        var sum = 0.0
                        for j in 0..<p { sum += x[i * p + j] * w[c + k * j] }
                        raw[i * k + c] = sum + (fitIntercept ? w[c + k * p] : 0.0)
                    }
                }
            }
        }
        return raw
    }

    /// The gradient from the per-sample gradients `pointwise` (row-major, already divided by the
    /// weight sum): Xᵀ·pointwise + λw for the weights, the column sums for the intercepts.
    private func gradient(_ coef: [Double], pointwise: [Double], interceptSums: [Double]) -> [Double] {
        let p = featureCount, k = outputs
        var grad = [Double](repeating: 0, count: parameterCount)
        features.withUnsafeBufferPointer { x in
            for c in 0..<k {
                for j in 0..<p {
                    var sum = 0.0
                    for i in 0..<sampleCount { sum += x[i * p + j] * pointwise[i * k + c] }
                    grad[c + k * j] = sum + l2RegStrength * coef[c + k * j]
                }
                if fitIntercept { grad[c + k * p] = interceptSums[c] }
            }
        }
        return grad
    }

    /// ½‖w‖²·λ over the weights (not the intercepts).
    private func penalty(_ coef: [Double]) -> Double {
        var squares = 0.0
        for i in 0..<outputs * featureCount { squares += coef[i] * coef[i] }
        return 0.5 * l2RegStrength * squares
    }

    /// HalfBinomialLoss: log(1 + e^r) - y·r, gradient expit(r) - y, in the stable branches of
    /// scikit-learn's `closs_grad_half_binomial`.
    private func binomial(_ coef: [Double]) -> (value: Double, gradient: [Double]) {
        let raw = rawPredictions(coef)
        var losses = [Double](repeating: 0, count: sampleCount)
        var pointwise = [Double](repeating: 0, count: sampleCount)
        for i in 0..<sampleCount {
            let r = raw[i], y = labels[i]
            var loss: Double, grad: Double
            if r <= 0 {
                let e = exp(r)
                loss = (r <= -37 ? e : log1p(e)) - y * r
                grad = ((1 - y) * e - y) / (1 + e)
            } else {
                let e = exp(-r)
                loss = (r <= 18 ? log1p(e) : e) + (1 - y) * r
                grad = ((1 - y) - y * e) / (1 + e)
            }
            if let w = sampleWeight {
                loss = w[i] * loss
                grad = w[i] * grad
            }
            losses[i] = loss
            pointwise[i] = grad
        }
        let total = weightSum
        for i in 0..<sampleCount { pointwise[i] /= total }
        let value = PairwiseSum.sum(losses) / total + penalty(coef)
        return (value, gradient(coef, pointwise: pointwise, interceptSums: [PairwiseSum.sum(pointwise)]))
    }

    /// HalfMultinomialLoss: log Σₖ e^{rₖ} - r_y, gradient softmax(r)ₖ - [y = k], with the
    /// maximum subtracted before the exponentials as scikit-learn's `sum_exp_minus_max` does.
    private func multinomial(_ coef: [Double]) -> (value: Double, gradient: [Double]) {
        let k = outputs
        let raw = rawPredictions(coef)
        var losses = [Double](repeating: 0, count: sampleCount)
        var pointwise = [Double](repeating: 0, count: sampleCount * k)
        var exps = [Double](repeating: 0, count: k)
        for i in 0..<sampleCount {
            let row = i * k
            var largest = raw[row]
            for c in 1..<k where largest < raw[row + c] { largest = raw[row + c] }
            var sum = 0.0
            for c in 0..<k {
                exps[c] = exp(raw[row + c] - largest)
                sum += exps[c]
            }
            var loss = log(sum) + largest
            let label = Int(labels[i])
            for c in 0..<k {
                if label == c { loss -= raw[row + c] }
                let grad = exps[c] / sum - (label == c ? 1 : 0)
                pointwise[row + c] = sampleWeight.map { grad * $0[i] } ?? grad
            }
            losses[i] = sampleWeight.map { loss * $0[i] } ?? loss
        }
        let total = weightSum
        for i in pointwise.indices { pointwise[i] /= total }
        // numpy sums a C-ordered (samples, classes) array over axis 0 row after row.
        var interceptSums = [Double](repeating: 0, count: k)
        for i in 0..<sampleCount { for c in 0..<k { interceptSums[c] += pointwise[i * k + c] } }
        let value = PairwiseSum.sum(losses) / total + penalty(coef)
        return (value, gradient(coef, pointwise: pointwise, interceptSums: interceptSums))
    }
}
