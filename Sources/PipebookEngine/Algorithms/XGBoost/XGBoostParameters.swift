import Foundation

/// The hyperparameters of the built-in XGBoost algorithm, with XGBoost's defaults.
public struct XGBoostParameters: Sendable {
    public enum Objective: String, Sendable {
        case squaredError = "reg:squarederror"
        case regLogistic = "reg:logistic"
        case binaryLogistic = "binary:logistic"
        case multiSoftmax = "multi:softmax"
        case multiSoftprob = "multi:softprob"
    }

    /// How trees are grown: `exact` tries every split between two distinct values
    /// (`ExactTreeBuilder`), `hist` every boundary between two of at most `max_bin` bins per
    /// feature (`HistTreeBuilder`), as XGBoost does for each.
    public enum TreeMethod: String, Sendable {
        case exact
        case hist
    }

    public var objective: Objective = .squaredError
    public var numRound = 10
    public var maxDepth = 6
    public var eta = 0.3
    public var gamma = 0.0
    public var minChildWeight = 1.0
    public var subsample = 1.0
    public var colsampleByTree = 1.0
    public var lambda = 1.0
    public var alpha = 0.0
    public var seed: UInt64 = 0
    public var numClass = 1
    public var evalMetrics: [String] = []
    public var earlyStoppingRounds: Int?
    public var treeMethod: TreeMethod = .exact
    /// The most bins per feature for `hist`: at most 256, so a bin index fits a byte.
    public var maxBin = 256

    public init() {}

    /// Why a hyperparameter was refused, in the words SageMaker's container uses.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    /// The hyperparameters the trainer reads; others are reported by `unused(in:)`.
    static let known: Set<String> = [
        "objective", "num_round", "max_depth", "eta", "gamma", "min_child_weight", "subsample", "colsample_bytree",
        "lambda", "reg_lambda", "alpha", "reg_alpha", "seed", "early_stopping_rounds", "num_class", "eval_metric", "booster",
        "tree_method", "max_bin",
    ]

    /// The hyperparameters given that this trainer does not use (`verbosity`, `nthread`...),
    /// sorted, for the job's log.
    public static func unused(in hyperparameters: [String: String]) -> [String] {
        hyperparameters.keys.filter { !known.contains($0) && !$0.hasPrefix("sagemaker_") }.sorted()
    }

    /// Reads the HyperParameters map of a training job (every value a string). `tree_method`
    /// absent or `auto` means `autoTreeMethod`: what the caller's XGBoost version chose for
    /// "auto" (exact in the 0.90-1.7 containers at workshop sizes, hist in xgboost 2 and later).
    public init(hyperparameters: [String: String], autoTreeMethod: TreeMethod = .exact) throws {
        func number(_ name: String) throws -> Double? {
            guard let text = hyperparameters[name] else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw Invalid(message: "Hyperparameter \(name): value '\(text)' is not a number")
            }
            return value
        }
        func integer(_ name: String) throws -> Int? {
            guard let value = try number(name) else { return nil }
            guard value == value.rounded(), abs(value) < 1e15 else {
                throw Invalid(message: "Hyperparameter \(name): value '\(hyperparameters[name]!)' is not an integer")
            }
            return Int(value)
        }
        func inRange(_ name: String, _ value: Double?, _ ok: (Double) -> Bool, _ rule: String) throws {
            if let value, !ok(value) { throw Invalid(message: "Hyperparameter \(name): value \(value) must be \(rule)") }
        }
        if let text = hyperparameters["objective"] {
            let name = text == "reg:linear" ? "reg:squarederror" : text
            guard let objective = Objective(rawValue: name) else {
                throw Invalid(message: "Hyperparameter objective: value '\(text)' is not supported; use reg:squarederror, reg:linear, reg:logistic, binary:logistic, multi:softmax or multi:softprob")
            }
            self.objective = objective
        }
        if let booster = hyperparameters["booster"], booster != "gbtree" {
            throw Invalid(message: "Hyperparameter booster: Pipebook's XGBoost trains gbtree boosters only, not '\(booster)'")
        }
        guard let rounds = try integer("num_round") else {
            throw Invalid(message: "Missing required hyperparameter: num_round")
        }
        try inRange("num_round", Double(rounds), { $0 >= 1 }, "at least 1")
        numRound = rounds
        if let v = try integer("max_depth") { try inRange("max_depth", Double(v), { $0 >= 0 }, "at least 0"); maxDepth = v }
        if let v = try number("eta") { try inRange("eta", v, { $0 >= 0 && $0 <= 1 }, "in [0, 1]"); eta = v }
        if let v = try number("gamma") { try inRange("gamma", v, { $0 >= 0 }, "at least 0"); gamma = v }
        if let v = try number("min_child_weight") { try inRange("min_child_weight", v, { $0 >= 0 }, "at least 0"); minChildWeight = v }
        if let v = try number("subsample") { try inRange("subsample", v, { $0 > 0 && $0 <= 1 }, "in (0, 1]"); subsample = v }
        if let v = try number("colsample_bytree") { try inRange("colsample_bytree", v, { $0 > 0 && $0 <= 1 }, "in (0, 1]"); colsampleByTree = v }
        if let v = try number("lambda") ?? number("reg_lambda") { try inRange("lambda", v, { $0 >= 0 }, "at least 0"); lambda = v }
        if let v = try number("alpha") ?? number("reg_alpha") { try inRange("alpha", v, { $0 >= 0 }, "at least 0"); alpha = v }
        if let v = try integer("seed") { seed = UInt64(truncatingIfNeeded: v) }
        if let v = try integer("early_stopping_rounds") { try inRange("early_stopping_rounds", Double(v), { $0 >= 1 }, "at least 1"); earlyStoppingRounds = v }
        switch hyperparameters["tree_method"] ?? "auto" {
        case "auto": treeMethod = autoTreeMethod
        case let name:
            guard let method = TreeMethod(rawValue: name) else {
                throw Invalid(message: "Hyperparameter tree_method: value '\(name)' is not supported by Pipebook's XGBoost; use auto, exact or hist")
            }
            treeMethod = method
        }
        if treeMethod == .exact && maxDepth == 0 {
            throw Invalid(message: "Hyperparameter max_depth: the exact tree method doesn't support unlimited depth (max_depth 0); use tree_method hist")
        }
        if let v = try integer("max_bin") { try inRange("max_bin", Double(v), { $0 >= 2 && $0 <= 256 }, "in [2, 256] (Pipebook's hist keeps a bin in a byte)"); maxBin = v }
        if let v = try integer("num_class") { try inRange("num_class", Double(v), { $0 >= 2 }, "at least 2"); numClass = v }
        if objective == .multiSoftmax || objective == .multiSoftprob {
            guard hyperparameters["num_class"] != nil else { throw Invalid(message: "Missing required hyperparameter: num_class (needed by \(objective.rawValue))") }
        }
        if let text = hyperparameters["eval_metric"] {
            evalMetrics = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for metric in evalMetrics where !EvalMetric.supported.contains(metric) {
                throw Invalid(message: "Hyperparameter eval_metric: value '\(metric)' is not supported; use \(EvalMetric.supported.sorted().joined(separator: ", "))")
            }
        }
    }

    /// The number of outputs per row: one per class for multi-class objectives.
    var outputGroups: Int { objective == .multiSoftmax || objective == .multiSoftprob ? numClass : 1 }

    /// The metrics to report: those asked for, else the objective's default.
    var metrics: [String] {
        if !evalMetrics.isEmpty { return evalMetrics }
        switch objective {
        case .squaredError, .regLogistic: return ["rmse"]
        case .binaryLogistic: return ["logloss"]
        case .multiSoftmax, .multiSoftprob: return ["mlogloss"]
        }
    }
}
