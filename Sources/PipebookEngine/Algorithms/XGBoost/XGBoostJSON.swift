import Foundation

/// XGBoost's JSON model format (what `Booster.save_model("model.json")` writes), so the
/// xgboost Python package loads Pipebook's models and Pipebook loads its.
extension XGBoostModel {
    /// The model as XGBoost 3.x writes it.
    public func json() -> JSONValue {
        let treesJSON: [JSONValue] = trees.enumerated().map { index, tree in
            .object([
                ("base_weights", floats(tree.baseWeights)),
                ("categories", .array([])), ("categories_nodes", .array([])),
                ("categories_segments", .array([])), ("categories_sizes", .array([])),
                ("default_left", .array(tree.defaultLeft.map { .int($0 ? 1 : 0) })),
                ("id", .int(index)),
                ("left_children", .array(tree.leftChildren.map { .int(Int($0)) })),
                ("loss_changes", floats(tree.lossChanges)),
                ("parents", .array(tree.parents.map { .int(Int($0)) })),
                ("right_children", .array(tree.rightChildren.map { .int(Int($0)) })),
                ("split_conditions", floats(tree.splitConditions)),
                ("split_indices", .array(tree.splitIndices.map { .int(Int($0)) })),
                ("split_type", .array(tree.leftChildren.map { _ in .int(0) })),
                ("sum_hessian", floats(tree.sumHessians)),
                ("tree_param", .object([("num_deleted", .string("\(tree.deletedCount)")), ("num_feature", .string("\(featureCount)")),
                                        ("num_nodes", .string("\(tree.nodeCount)")), ("size_leaf_vector", .string("1"))])),
            ])
        }
        let rounds = outputGroups > 0 ? trees.count / outputGroups : 0
        let objectiveJSON: JSONValue = outputGroups > 1
            ? .object([("name", .string(objective.rawValue)), ("softmax_multiclass_param", .object([("num_class", .string("\(outputGroups)"))]))])
            : .object([("name", .string(objective.rawValue)), ("reg_loss_param", .object([("scale_pos_weight", .string("1"))]))])
        let base = outputGroups > 1 ? baseMargins() : baseScore
        return .object([
            ("learner", .object([
                ("attributes", .object([])),
                ("feature_names", .array([])),
                ("feature_types", .array([])),
                ("gradient_booster", .object([
                    ("model", .object([
                        ("cats", .object([("enc", .array([])), ("feature_segments", .array([])), ("sorted_idx", .array([]))])),
                        ("gbtree_model_param", .object([("num_parallel_tree", .string("1")), ("num_trees", .string("\(trees.count)"))])),
                        ("iteration_indptr", .array((0...rounds).map { .int($0 * outputGroups) })),
                        ("tree_info", .array(treeGroups.map { .int($0) })),
                        ("trees", .array(treesJSON)),
                    ])),
                    ("name", .string("gbtree")),
                ])),
                ("learner_model_param", .object([
                    ("base_score", .string("[" + base.map { "\($0)" }.joined(separator: ",") + "]")),
                    ("boost_from_average", .string("1")),
                    ("num_class", .string(outputGroups > 1 ? "\(outputGroups)" : "0")),
                    ("num_feature", .string("\(featureCount)")),
                    ("num_target", .string("1")),
                ])),
                ("objective", objectiveJSON),
            ])),
            ("version", .array([.int(3), .int(2), .int(0)])),
        ])
    }

    /// Reads a model in XGBoost's JSON format (gbtree boosters with numerical splits).
    public init(json: JSONValue) throws {
        func fail(_ message: String) -> XGBoostTrainer.Failure { XGBoostTrainer.Failure(message: "Not an XGBoost JSON model: \(message)") }
        guard let learner = json["learner"], let model = learner["gradient_booster"]?["model"] else { throw fail("no learner.gradient_booster.model") }
        guard learner["gradient_booster"]?["name"]?.stringValue == "gbtree" else { throw fail("only gbtree boosters are supported") }
        let objectiveName = learner["objective"]?["name"]?.stringValue ?? ""
        guard let objective = XGBoostParameters.Objective(rawValue: objectiveName == "reg:linear" ? "reg:squarederror" : objectiveName) else {
            throw fail("unsupported objective \(objectiveName)")
        }
        let parameters = learner["learner_model_param"] ?? .object([])
        let classes = Int(parameters["num_class"]?.stringValue ?? "0") ?? 0
        self.objective = objective
        self.outputGroups = max(1, classes)
        self.featureCount = Int(parameters["num_feature"]?.stringValue ?? "0") ?? 0
        let baseText = (parameters["base_score"]?.stringValue ?? "0.5").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var base = baseText.split(separator: ",").compactMap { Float($0.trimmingCharacters(in: .whitespaces)) }
        if outputGroups > 1 && base.count != outputGroups {
            // An old multi-class model: one base score, a margin shared by every class.
            base = [Float](repeating: base.first ?? 0.5, count: outputGroups)
        }
        self.baseScore = base
        self.treeGroups = (model["tree_info"]?.arrayValue ?? []).map { Self.int($0) }
        self.trees = try (model["trees"]?.arrayValue ?? []).map { t in
            var tree = RegressionTree()
            tree.leftChildren = (t["left_children"]?.arrayValue ?? []).map { Int32(Self.int($0)) }
            tree.rightChildren = (t["right_children"]?.arrayValue ?? []).map { Int32(Self.int($0)) }
            tree.parents = (t["parents"]?.arrayValue ?? []).map { Int32(truncatingIfNeeded: Self.int($0)) }
            tree.splitIndices = (t["split_indices"]?.arrayValue ?? []).map { Int32(Self.int($0)) }
            tree.splitConditions = (t["split_conditions"]?.arrayValue ?? []).map(Self.float)
            tree.defaultLeft = (t["default_left"]?.arrayValue ?? []).map { Self.int($0) != 0 }
            tree.baseWeights = (t["base_weights"]?.arrayValue ?? []).map(Self.float)
            tree.lossChanges = (t["loss_changes"]?.arrayValue ?? []).map(Self.float)
            tree.sumHessians = (t["sum_hessian"]?.arrayValue ?? []).map(Self.float)
            tree.deletedCount = Int(t["tree_param"]?["num_deleted"]?.stringValue ?? "0") ?? 0
            let n = tree.leftChildren.count
            guard n > 0, [tree.rightChildren.count, tree.splitIndices.count, tree.splitConditions.count, tree.defaultLeft.count].allSatisfy({ $0 == n }) else {
                throw fail("a tree's node arrays differ in length")
            }
            if (t["split_type"]?.arrayValue ?? []).contains(where: { Self.int($0) != 0 }) { throw fail("categorical splits are not supported") }
            return tree
        }
        guard treeGroups.count == trees.count else { throw fail("tree_info does not match the trees") }
    }

    private static func int(_ v: JSONValue) -> Int {
        switch v {
        case .int(let i): return i
        case .double(let d): return Int(d)
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
    }

    private static func float(_ v: JSONValue) -> Float {
        switch v {
        case .int(let i): return Float(i)
        case .double(let d): return Float(d)
        default: return .nan
        }
    }
}

/// Float32 values written with their shortest decimal form, as XGBoost writes them.
private func floats(_ values: [Float]) -> JSONValue {
    .array(values.map { .double(Double("\($0)") ?? Double($0)) })
}
