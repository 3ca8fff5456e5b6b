import Foundation

/// The evaluation metrics the trainer logs each round, computed as XGBoost computes them.
enum EvalMetric {
    static let supported: Set<String> = ["rmse", "mse", "mae", "logloss", "error", "merror", "mlogloss", "auc"]

    /// True when a smaller value is better (every metric here but auc).
    static func lowerIsBetter(_ name: String) -> Bool { name != "auc" }

    /// `predictions` are the objective's outputs: values, probabilities, or class probabilities (row-major).
    static func value(_ name: String, predictions: [Float], labels: [Float], groups: Int) -> Double {
        let n = Double(max(labels.count, 1))
        switch name {
        case "rmse", "mse":
            var sum = 0.0
            for i in labels.indices { let d = Double(predictions[i]) - Double(labels[i]); sum += d * d }
            return name == "rmse" ? (sum / n).squareRoot() : sum / n
        case "mae":
            var sum = 0.0
            for i in labels.indices { sum += abs(Double(predictions[i]) - Double(labels[i])) }
            return sum / n
        case "logloss":
            var sum = 0.0
            for i in labels.indices {
                let p = min(max(Double(predictions[i]), 1e-16), 1 - 1e-16)
                let y = Double(labels[i])
                sum -= y * log(p) + (1 - y) * log(1 - p)
            }
            return sum / n
        case "error":
            var wrong = 0.0
            for i in labels.indices where (predictions[i] > 0.5 ? 1 : 0) != (labels[i] > 0.5 ? 1 : 0) { wrong += 1 }
            return wrong / n
        case "merror", "mlogloss":
            var total = 0.0
            for i in labels.indices {
                let row = predictions[(i * groups)..<(i * groups + groups)]
                let label = Int(labels[i])
                if name == "merror" {
                    let best = row.indices.max { row[$0] < row[$1] }! - i * groups
                    if best != label { total += 1 }
                } else {
                    total -= log(min(max(Double(row[i * groups + label]), 1e-16), 1 - 1e-16))
                }
            }
            return total / n
        case "auc":
            return auc(predictions: predictions, labels: labels)
        default:
            return .nan
        }
    }

    private static func auc(predictions: [Float], labels: [Float]) -> Double {
        let order = labels.indices.sorted { predictions[$0] < predictions[$1] }
        var rankSum = 0.0, positives = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, predictions[order[j + 1]] == predictions[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j where labels[order[k]] > 0.5 { rankSum += rank; positives += 1 }
            i = j + 1
        }
        let negatives = Double(labels.count) - positives
        guard positives > 0, negatives > 0 else { return .nan }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }
}
