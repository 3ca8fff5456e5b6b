import Foundation

/// Trains an `XGBoostModel`, logging each round's metrics as XGBoost does:
/// `[3]\ttrain-rmse:2.10434\tvalidation-rmse:2.31234`.
public enum XGBoostTrainer {
    /// A data set to evaluate on each round, by name (`train`, `validation`).
    public struct EvalSet: Sendable {
        public let name: String
        public let features: DenseMatrix
        public let labels: [Float]

        public init(name: String, features: DenseMatrix, labels: [Float]) {
            self.name = name
            self.features = features
            self.labels = labels
        }
    }

    /// What training left: the model, each round's metrics and the best round.
    public struct Result: Sendable {
        public let model: XGBoostModel
        /// `[(set, metric) : value per round]`, e.g. `("validation", "rmse")`.
        public let history: [(set: String, metric: String, values: [Double])]
        public let bestRound: Int
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    public static func train(_ parameters: XGBoostParameters, features: DenseMatrix, labels: [Float],
                             evals: [EvalSet] = [], log: (String) -> Void = { _ in }) throws -> Result {
        try check(parameters, labels: labels, name: "train")
        for set in evals {
            try check(parameters, labels: set.labels, name: set.name)
            guard set.features.columns == features.columns else {
                throw Failure(message: "The \(set.name) data has \(set.features.columns) features, the train data \(features.columns).")
            }
        }
        let groups = parameters.outputGroups
        let rows = features.rows
        var model = XGBoostModel(objective: parameters.objective, outputGroups: groups, featureCount: features.columns,
                                 baseScore: ObjectiveFunctions.baseScore(parameters.objective, labels: labels, classes: groups), trees: [], treeGroups: [])
        let grower: Grower
        switch parameters.treeMethod {
        case .exact:
            let columns = features.columnMajor()
            grower = .exact(ExactTreeBuilder(parameters: parameters, score: SplitGain(parameters), columns: columns,
                                             sorted: SortedColumns(columns: columns)))
        case .hist:
            grower = .hist(HistTreeBuilder(parameters: parameters, features: features))
        }
        var sampler = XGBoostSampler(parameters, featureCount: features.columns)

        var trainMargins = model.margins(features)
        var evalMargins = evals.map { model.margins($0.features) }
        var pairs = [GradientPair](repeating: GradientPair(grad: 0, hess: 0), count: rows * groups)
        var rowPairs = [GradientPair](repeating: GradientPair(grad: 0, hess: 0), count: rows)
        let metrics = parameters.metrics
        var history = evals.flatMap { set in metrics.map { (set: set.name, metric: $0, values: [Double]()) } }
        var bestRound = 0, bestValue = Double.nan, roundsSinceBest = 0

        for round in 0..<parameters.numRound {
            ObjectiveFunctions.gradients(parameters.objective, margins: trainMargins, labels: labels, groups: groups, into: &pairs)
            for k in 0..<groups {
                let (inSample, sampled) = sampler.nextTree(rows: rows, features: features.columns)
                // Rows out of the sample add nothing.
                for i in 0..<rows { rowPairs[i] = inSample[i] ? pairs[i * groups + k] : GradientPair(grad: 0, hess: 0) }
                let tree: RegressionTree
                switch grower {
                case .hist(let builder): tree = builder.build(gradients: rowPairs, inSample: inSample, features: sampled)
                case .exact(let builder): tree = builder.build(gradients: rowPairs, inSample: inSample, features: sampled)
                }
                model.trees.append(tree)
                model.treeGroups.append(k)
                for i in 0..<rows { trainMargins[i * groups + k] += tree.predict(features, row: i) }
                for (e, set) in evals.enumerated() {
                    for i in 0..<set.features.rows { evalMargins[e][i * groups + k] += tree.predict(set.features, row: i) }
                }
            }
            var line = "[\(round)]"
            var h = 0
            for (e, set) in evals.enumerated() {
                let outputs = model.metricInputs(evalMargins[e], rows: set.features.rows)
                for metric in metrics {
                    let value = EvalMetric.value(metric, predictions: outputs, labels: set.labels, groups: groups)
                    history[h].values.append(value)
                    h += 1
                    line += "\t\(set.name)-\(metric):\(String(format: "%.5f", value))"
                }
            }
            log(line)
            if let patience = parameters.earlyStoppingRounds, let watched = history.last {
                let value = watched.values[round]
                let better = bestValue.isNaN || (EvalMetric.lowerIsBetter(watched.metric) ? value < bestValue : value > bestValue)
                if better { bestValue = value; bestRound = round; roundsSinceBest = 0 } else { roundsSinceBest += 1 }
                if roundsSinceBest >= patience {
                    log("Stopping. Best iteration:\n[\(bestRound)]" + history.map { "\t\($0.set)-\($0.metric):\(String(format: "%.5f", $0.values[bestRound]))" }.joined())
                    break
                }
            } else {
                bestRound = round
            }
        }
        return Result(model: model, history: history, bestRound: bestRound)
    }

    /// The tree builder of the chosen tree method, with what it prepared from the data once.
    private enum Grower {
        case exact(ExactTreeBuilder)
        case hist(HistTreeBuilder)
    }

    private static func check(_ parameters: XGBoostParameters, labels: [Float], name: String) throws {
        guard !labels.isEmpty else { throw Failure(message: "The \(name) data has no rows.") }
        switch parameters.objective {
        case .regLogistic, .binaryLogistic:
            if let bad = labels.firstIndex(where: { $0 < 0 || $0 > 1 }) {
                throw Failure(message: "label must be in [0,1] for logistic regression; row \(bad + 1) of the \(name) data has \(labels[bad])")
            }
        case .multiSoftmax, .multiSoftprob:
            if let bad = labels.firstIndex(where: { $0 < 0 || Int($0) >= parameters.numClass || $0 != $0.rounded() }) {
                throw Failure(message: "label must be in [0, num_class); row \(bad + 1) of the \(name) data has \(labels[bad])")
            }
        case .squaredError:
            break
        }
    }
}
