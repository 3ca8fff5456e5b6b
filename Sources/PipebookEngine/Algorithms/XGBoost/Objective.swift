import Foundation

/// A row's gradient and hessian as XGBoost keeps them: two float32s side by side (its
/// GradientPair). The tree builders sum them in double, as its GradientPairPrecise.
struct GradientPair {
    var grad: Float
    var hess: Float
}

/// Gradients, base score and output transform of each objective, as xgboost 3.2 computes them
/// (src/objective/regression_loss.h, multiclass_obj.cu, common/math.h): in float32 from
/// float32 margins, with C's `expf` and `logf` as its CPU build calls them, so that trees grown
/// from them, and the predictions, are xgboost's to the bit.
enum ObjectiveFunctions {
    /// The gradient pair of every row (and class, class-major within a row).
    static func gradients(_ objective: XGBoostParameters.Objective, margins: [Float], labels: [Float], groups: Int,
                          into pairs: inout [GradientPair]) {
        switch objective {
        case .squaredError:
            for i in labels.indices { pairs[i] = GradientPair(grad: margins[i] - labels[i], hess: 1) }
        case .regLogistic, .binaryLogistic:
            for i in labels.indices {
                let p = sigmoid(margins[i])
                pairs[i] = GradientPair(grad: p - labels[i], hess: max(p * (1 - p), 1e-16))
            }
        case .multiSoftmax, .multiSoftprob:
            for i in labels.indices {
                let base = i * groups
                // SoftmaxMultiClassObj::GetGradient starts its maximum at FLT_MIN, the smallest
                // positive float, not at the first margin (its predictions do start there).
                var top = Float.leastNormalMagnitude
                for k in 0..<groups { top = fmaxf(margins[base + k], top) }
                var sum = 0.0
                for k in 0..<groups { sum += Double(expf(margins[base + k] - top)) }
                for k in 0..<groups {
                    let p = expf(margins[base + k] - top) / Float(sum)
                    pairs[base + k] = GradientPair(grad: labels[i] == Float(k) ? p - 1 : p, hess: max(2 * p * (1 - p), 1e-16))
                }
            }
        }
    }

    /// XGBoost's boost_from_average: the base score, in the objective's output space (for
    /// multi-class objectives, one margin per class).
    static func baseScore(_ objective: XGBoostParameters.Objective, labels: [Float], classes: Int) -> [Float] {
        let mean = labels.isEmpty ? 0.5 : labels.reduce(0.0) { $0 + Double($1) } / Double(labels.count)
        switch objective {
        case .squaredError, .regLogistic, .binaryLogistic: return [Float(mean)]
        case .multiSoftmax, .multiSoftprob: return classMargins(labels: labels, classes: classes)
        }
    }

    /// xgboost 3's multi-class intercept: ln(share of each class) minus their mean, in float32
    /// as its InitEstimation computes it.
    private static func classMargins(labels: [Float], classes: Int) -> [Float] {
        var counts = [Float](repeating: 0, count: classes)
        for label in labels { counts[Int(label)] += 1 }
        let logs = counts.map { count -> Float in
            let share = Float(Double(count) * (1.0 / Double(labels.count)))
            return log(share + 1e-6)
        }
        let mean = Float(logs.reduce(0.0) { $0 + Double($1) } / Double(classes))
        return logs.map { $0 - mean }
    }

    /// The margin a base score stands for: for the logistic objectives the probability, kept
    /// within [1e-6, 1 - 1e-6] (all labels 0 or all 1 would give an infinite margin), through
    /// xgboost's float32 Logit.
    static func margin(ofBaseScore score: Float, _ objective: XGBoostParameters.Objective) -> Float {
        switch objective {
        case .regLogistic, .binaryLogistic:
            let p = min(max(score, 1e-6), 1 - 1e-6)
            return -logf(1 / p - 1)
        default: return score
        }
    }

    /// xgboost's float32 common::Sigmoid, the exponent capped so that expf cannot overflow (its
    /// 1e-16 added to the denominator, at least 1, changes no float and is left out).
    static func sigmoid(_ x: Float) -> Float { 1 / (expf(min(-x, 88.7)) + 1) }

    /// xgboost's common::Softmax of one row's margins, for predictions: float32 exponentials
    /// summed in double.
    static func softmax(_ margins: [Float], row: Int, groups: Int) -> [Float] {
        let values = margins[(row * groups)..<(row * groups + groups)]
        let top = values.dropFirst().reduce(values.first!) { fmaxf($1, $0) }
        let exponentials = values.map { expf($0 - top) }
        let sum = Float(exponentials.reduce(0.0) { $0 + Double($1) })
        return exponentials.map { $0 / sum }
    }
}
