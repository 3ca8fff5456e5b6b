import Foundation

/// A gradient-boosted tree model as XGBoost keeps it: the trees (one per class per round for
/// multi-class objectives), the objective and the base score.
public struct XGBoostModel: Sendable {
    public var objective: XGBoostParameters.Objective
    /// Classes for multi-class objectives, else 1.
    public var outputGroups: Int
    public var featureCount: Int
    /// The base score in the objective's output space (a probability for logistic objectives),
    /// one per class for multi-class objectives (there, a margin).
    public var baseScore: [Float]
    public var trees: [RegressionTree]
    /// The class each tree adds to.
    public var treeGroups: [Int]

    /// The raw margins, `rows × outputGroups`, row-major.
    public func margins(_ matrix: DenseMatrix) -> [Float] {
        var out = [Float](repeating: 0, count: matrix.rows * outputGroups)
        let base = baseMargins()
        for row in 0..<matrix.rows {
            for k in 0..<outputGroups { out[row * outputGroups + k] = base[k] }
        }
        for (t, tree) in trees.enumerated() {
            let k = treeGroups[t]
            for row in 0..<matrix.rows { out[row * outputGroups + k] += tree.predict(matrix, row: row) }
        }
        return out
    }

    /// What XGBoost's `predict` returns: values, probabilities, class indices (multi:softmax)
    /// or class probabilities (multi:softprob, `rows × classes` row-major).
    public func predict(_ matrix: DenseMatrix) -> [Float] {
        transform(margins(matrix), rows: matrix.rows)
    }

    func baseMargins() -> [Float] {
        if outputGroups > 1 { return baseScore.count == outputGroups ? baseScore : [Float](repeating: 0, count: outputGroups) }
        return [ObjectiveFunctions.margin(ofBaseScore: baseScore.first ?? 0.5, objective)]
    }

    func transform(_ margins: [Float], rows: Int) -> [Float] {
        switch objective {
        case .squaredError: return margins
        case .regLogistic, .binaryLogistic: return margins.map(ObjectiveFunctions.sigmoid)
        case .multiSoftprob:
            return (0..<rows).flatMap { ObjectiveFunctions.softmax(margins, row: $0, groups: outputGroups) }
        case .multiSoftmax:
            return (0..<rows).map { row in
                let slice = margins[(row * outputGroups)..<(row * outputGroups + outputGroups)]
                return Float(slice.indices.max { slice[$0] < slice[$1] }! - row * outputGroups)
            }
        }
    }

    /// Class probabilities for metrics even under multi:softmax, whose predictions are indices.
    func metricInputs(_ margins: [Float], rows: Int) -> [Float] {
        if objective == .multiSoftmax {
            return (0..<rows).flatMap { ObjectiveFunctions.softmax(margins, row: $0, groups: outputGroups) }
        }
        return transform(margins, rows: rows)
    }
}
