import Foundation

/// Gradients, base score and output transform of each objective, as XGBoost computes them.
enum ObjectiveFunctions {
    /// The gradient and hessian of every row (and class, class-major within a row).
    static func gradients(_ objective: XGBoostParameters.Objective, margins: [Float], labels: [Float], groups: Int,
                          grad: inout [Double], hess: inout [Double]) {
        switch objective {
        case .squaredError:
            for i in labels.indices {
                grad[i] = Double(margins[i]) - Double(labels[i])
                hess[i] = 1
            }
        case .regLogistic, .binaryLogistic:
            for i in labels.indices {
                let p = sigmoid(Double(margins[i]))
                grad[i] = p - Double(labels[i])
                hess[i] = max(p * (1 - p), 1e-16)
            }
        case .multiSoftmax, .multiSoftprob:
            for i in labels.indices {
                let probabilities = softmax(margins, row: i, groups: groups)
                let label = Int(labels[i])
                for k in 0..<groups {
                    let p = probabilities[k]
                    grad[i * groups + k] = (k == label ? p - 1 : p)
                    hess[i * groups + k] = max(2 * p * (1 - p), 1e-16)
                }
            }
        }
    }

    /// XGBoost's boost_from_average: the base score, in the objective's output space (for
    /// multi-class objectives, one margin per class).
    static func baseScore(_ objective: XGBoostParameters.Objective, labels: [Float], classes: Int) -> [Float] {
        let mean = labels.isEmpty ? 0.5 : labels.reduce(0.0) { $0 + Double($1) } / Double(labels.count)
        switch objective {
        case .squaredError: return [Float(mean)]
        case .regLogistic, .binaryLogistic: return [Float(min(max(mean, 1e-6), 1 - 1e-6))]
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

    /// The margin a base score stands for.
    static func margin(ofBaseScore score: Float, _ objective: XGBoostParameters.Objective) -> Float {
        switch objective {
        case .regLogistic, .binaryLogistic: return Float(log(Double(score) / (1 - Double(score))))
        default: return score
        }
    }

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    static func softmax(_ margins: [Float], row: Int, groups: Int) -> [Double] {
        let base = row * groups
        var top = -Double.infinity
        for k in 0..<groups { top = max(top, Double(margins[base + k])) }
        var sum = 0.0
        var out = [Double](repeating: 0, count: groups)
        for k in 0..<groups {
            out[k] = exp(Double(margins[base + k]) - top)
            sum += out[k]
        }
        return out.map { $0 / sum }
    }
}
