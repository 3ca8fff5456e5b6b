import Foundation
import XCTest
@testable import PipebookEngine

/// The Swift XGBoost trainer against the real xgboost package (see Fixtures/xgboost/generate.py):
/// xgboost loads the models Pipebook writes and predicts what Pipebook predicts; Pipebook loads
/// xgboost's models and predicts what xgboost predicts; Pipebook trains the models xgboost trains
/// (with subsample and colsample_bytree too): predictions to the bit.
final class XGBoostTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xgboost")

    /// The cases generate.py knows too: name, data, hyperparameters.
    static let cases: [(name: String, data: String, hyperparameters: [String: String])] = [
        ("regression", "regression", ["objective": "reg:linear", "num_round": "20", "max_depth": "4", "eta": "0.3", "gamma": "1",
                                      "min_child_weight": "2", "lambda": "1.5", "alpha": "0.1", "seed": "7"]),
        ("regression-sampled", "regression", ["objective": "reg:squarederror", "num_round": "30", "max_depth": "5", "eta": "0.2",
                                              "subsample": "0.7", "colsample_bytree": "0.8", "seed": "3"]),
        ("binary", "binary", ["objective": "binary:logistic", "num_round": "15", "max_depth": "3", "eta": "0.3"]),
        ("multiclass", "multiclass", ["objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3"]),
        ("multiclass-sampled", "multiclass", ["objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3",
                                              "subsample": "0.5", "colsample_bytree": "0.5", "seed": "11"]),
        // The abalone tutorial's hyperparameters: gamma 4 prunes splits after the tree has grown.
        ("abalone-tutorial", "abalone", ["objective": "reg:linear", "num_round": "50", "max_depth": "5", "eta": "0.2",
                                         "gamma": "4", "min_child_weight": "6", "subsample": "0.7", "seed": "1"]),
    ]

    /// The hist cases generate.py knows too: name, training data, test data, hyperparameters.
    static let histCases: [(name: String, data: String, test: String, hyperparameters: [String: String])] = [
        ("hist-regression", "regression", "regression", ["objective": "reg:squarederror", "num_round": "20", "max_depth": "4",
                                                         "eta": "0.3", "gamma": "1", "min_child_weight": "2", "lambda": "1.5", "alpha": "0.1"]),
        ("hist-binary", "binary", "binary", ["objective": "binary:logistic", "num_round": "15", "max_depth": "3", "eta": "0.3"]),
        ("hist-multiclass", "multiclass", "multiclass", ["objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3"]),
        ("hist-abalone", "abalone", "abalone", ["objective": "reg:squarederror", "num_round": "50", "max_depth": "5", "eta": "0.2",
                                                "gamma": "4", "min_child_weight": "6"]),
        ("hist-missing", "missing", "regression", ["objective": "reg:squarederror", "num_round": "10", "max_depth": "4"]),
        ("hist-max-bin", "regression", "regression", ["objective": "reg:squarederror", "num_round": "10", "max_depth": "4", "max_bin": "16"]),
        ("hist-abalone-whole", "abalone-whole", "abalone", ["objective": "reg:squarederror", "num_round": "10", "max_depth": "4"]),
        ("hist-unlimited-depth", "regression", "regression", ["objective": "reg:squarederror", "num_round": "2", "max_depth": "0"]),
        ("hist-sampled", "regression", "regression", ["objective": "reg:squarederror", "num_round": "30", "max_depth": "5", "eta": "0.2",
                                                      "subsample": "0.7", "colsample_bytree": "0.8", "seed": "3"]),
        ("hist-multiclass-sampled", "multiclass", "multiclass", ["objective": "multi:softprob", "num_class": "4", "num_round": "10",
                                                                 "max_depth": "3", "subsample": "0.5", "colsample_bytree": "0.5", "seed": "11"]),
    ]

    /// A hist case's training data: "abalone-whole" is train-abalone.csv then test-abalone.csv
    /// (4,176 rows: more value changes than XGBoost's sketch queues at max_bin 256).
    func histTraining(_ data: String) throws -> LabelledCSV {
        guard data == "abalone-whole" else { return try read("train-\(data).csv") }
        let text = try ["train-abalone.csv", "test-abalone.csv"].map {
            try String(contentsOf: Self.fixtures.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        return try LabelledCSV(text: text)
    }

    func read(_ file: String) throws -> LabelledCSV {
        try LabelledCSV(text: String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8))
    }

    func json(_ file: String) throws -> JSONValue {
        try JSONValue.parse(String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8))
    }

    func floats(_ value: JSONValue) -> [Float] {
        (value.arrayValue ?? []).map { v -> Float in
            switch v {
            case .int(let i): return Float(i)
            case .double(let d): return Float(d)
            default: return .nan
            }
        }
    }

    func train(_ c: (name: String, data: String, hyperparameters: [String: String])) throws -> XGBoostModel {
        let train = try read("train-\(c.data).csv")
        return try XGBoostTrainer.train(XGBoostParameters(hyperparameters: c.hyperparameters), features: train.features,
                                        labels: train.labels).model
    }

    func testXGBoostPredictsWhatPipebookPredictsOnPipebookModels() throws {
        for c in Self.cases {
            let model = try train(c)
            let test = try read("test-\(c.data).csv")
            let modelFile = Self.fixtures.appendingPathComponent("pipebook-model-\(c.name).json")
            if ProcessInfo.processInfo.environment["PIPEBOOK_WRITE_FIXTURES"] != nil {
                try Data(model.json().text().utf8).write(to: modelFile)
                continue
            }
            // Not XCTAssertEqual: it would print both models whole.
            XCTAssertTrue(model.json().text() == (try String(contentsOf: modelFile, encoding: .utf8)), "\(c.name): the trainer changed; rerun generate.sh")
            let expected = floats(try json("expected-\(c.name).json")["xgboost_predictions_of_pipebook_model"] ?? .null)
            XCTAssertTrue(model.predict(test.features) == expected, "\(c.name): predictions differ from xgboost's")
        }
    }

    func testPipebookPredictsWhatXGBoostPredictsOnXGBoostModels() throws {
        for c in Self.cases {
            let test = try read("test-\(c.data).csv")
            let model = try XGBoostModel(json: json("xgboost-model-\(c.name).json"))
            let expected = floats(try json("expected-\(c.name).json")["xgboost_predictions_of_xgboost_model"] ?? .null)
            XCTAssertTrue(model.predict(test.features) == expected, "\(c.name): predictions differ from xgboost's")
        }
    }

    /// XGBoost checks each tree's num_deleted against the pruned nodes it finds, so a model it
    /// trained (this one has 14 such nodes) must be written back with the counts it was read with.
    func testXGBoostModelsAreWrittenBackWithTheirDeletedNodeCounts() throws {
        let original = try json("xgboost-model-regression.json")
        func deletedCounts(_ model: JSONValue) -> [String] {
            (model["learner"]?["gradient_booster"]?["model"]?["trees"]?.arrayValue ?? []).map {
                $0["tree_param"]?["num_deleted"]?.stringValue ?? "?"
            }
        }
        let written = try XGBoostModel(json: original).json()
        XCTAssertEqual(deletedCounts(written), deletedCounts(original))
        XCTAssertTrue(deletedCounts(original).contains { $0 != "0" })
    }

    func testTestErrorIsCloseToXGBoosts() throws {
        for c in Self.cases {
            let test = try read("test-\(c.data).csv")
            let model = try train(c)
            let metric = XGBoostParameters.Objective(rawValue: c.hyperparameters["objective"]!.replacingOccurrences(of: "reg:linear", with: "reg:squarederror")) == .squaredError ? "rmse"
                : (c.data == "binary" ? "logloss" : "mlogloss")
            let ours = EvalMetric.value(metric, predictions: model.predict(test.features), labels: test.labels, groups: model.outputGroups)
            guard case .double(let theirs)? = try json("expected-\(c.name).json")["xgboost_test_\(metric)"] else {
                return XCTFail("no xgboost metric for \(c.name)")
            }
            XCTAssertLessThan(ours, theirs * 1.05, "\(c.name): \(metric) \(ours) vs xgboost's \(theirs)")
        }
    }

    /// Features with at most max_bin distinct values (the one-hot sex, lengths) and with more
    /// (the weights, cut by the quantile summary): xgboost's cuts, value for value.
    func testHistogramCutsAreXGBoosts() throws {
        for c in Self.histCases {
            let train = try histTraining(c.data)
            let cuts = HistogramCuts(columns: train.features.columnMajor(), maxBin: Int(c.hyperparameters["max_bin"] ?? "256")!)
            let expected = try json("expected-\(c.name).json")
            let pointers = floats(expected["cut_pointers"] ?? .null).map { Int($0) }
            let values = floats(expected["cut_values"] ?? .null)
            for feature in 0..<train.features.columns {
                // xgboost's get_quantile_cut puts each feature's minimum bound before its cuts.
                let theirs = Array(values[pointers[feature]..<pointers[feature + 1]])
                let ours = [cuts.minValues[feature]] + Array(cuts.values[cuts.pointers[feature]..<cuts.pointers[feature + 1]])
                XCTAssertEqual(ours, theirs, "\(c.name): the cuts of feature \(feature)")
            }
        }
    }

    func testBinsAreWhereXGBoostSearchesThem() {
        let cuts = HistogramCuts(columns: [[3, 1, 2, 2, .nan]], maxBin: 256)
        XCTAssertEqual(Array(cuts.values), [2, 3, 6.00001])
        XCTAssertEqual(cuts.minValues, [1 - 1 - 1e-5])
        XCTAssertEqual([1, 1.5, 2, 2.5, 3, 6.00001, 100].map { cuts.bin(of: $0, feature: 0) }, [0, 0, 1, 1, 2, 2, 2])
        let constant = HistogramCuts(columns: [[-4, -4]], maxBin: 256)
        // -4 + (4 + 1e-5), summed in double as XGBoost does.
        XCTAssertEqual(Array(constant.values), [1e-5])
    }

    /// Pipebook's hist trees against xgboost's, node by node: the same splits on the same cut
    /// values, the same leaf values and the same predictions, to the bit.
    func testHistTreesAreXGBoosts() throws {
        for c in Self.histCases {
            let train = try histTraining(c.data), test = try read("test-\(c.test).csv")
            var hyperparameters = c.hyperparameters
            hyperparameters["tree_method"] = "hist"
            let ours = try XGBoostTrainer.train(XGBoostParameters(hyperparameters: hyperparameters), features: train.features,
                                                labels: train.labels).model
            let theirs = try XGBoostModel(json: json("xgboost-model-\(c.name).json"))
            XCTAssertEqual(ours.trees.count, theirs.trees.count, c.name)
            for (t, (a, b)) in zip(ours.trees, theirs.trees).enumerated() {
                guard a.leftChildren == b.leftChildren, a.splitIndices.indices.allSatisfy({ a.isLeaf($0) || a.splitIndices[$0] == b.splitIndices[$0] }) else {
                    XCTFail("\(c.name): tree \(t) has other splits: \(a.splitIndices) vs \(b.splitIndices), children \(a.leftChildren) vs \(b.leftChildren)")
                    break
                }
                for node in 0..<a.nodeCount {
                    XCTAssertEqual(a.splitConditions[node], b.splitConditions[node], "\(c.name): tree \(t) node \(node)")
                    if !a.isLeaf(node) { XCTAssertEqual(a.defaultLeft[node], b.defaultLeft[node], "\(c.name): tree \(t) node \(node)") }
                }
            }
            let expected = floats(try json("expected-\(c.name).json")["xgboost_predictions_of_xgboost_model"] ?? .null)
            XCTAssertTrue(ours.predict(test.features) == expected, "\(c.name): predictions differ from xgboost's")
        }
    }

    /// The exact method's predictions are xgboost's to the bit, without sampling (whose random
    /// draws differ from xgboost's).
    func testExactPredictionsAreXGBoosts() throws {
        for c in Self.cases {
            let test = try read("test-\(c.data).csv")
            let expected = floats(try json("expected-\(c.name).json")["xgboost_predictions_of_xgboost_model"] ?? .null)
            XCTAssertTrue(try train(c).predict(test.features) == expected, "\(c.name): predictions differ from xgboost's")
        }
    }

    /// The built-in algorithm's "auto": exact in the 0.90-x to 1.7-x containers, hist from 2 on.
    func testTheContainerVersionChoosesTheAutoTreeMethod() throws {
        let registry = "683313688378.dkr.ecr.us-east-1.amazonaws.com"
        XCTAssertEqual(BuiltInXGBoost.autoTreeMethod(image: "\(registry)/sagemaker-xgboost:1.7-1"), .exact)
        XCTAssertEqual(BuiltInXGBoost.autoTreeMethod(image: "\(registry)/sagemaker-xgboost:0.90-2-cpu-py3"), .exact)
        XCTAssertEqual(BuiltInXGBoost.autoTreeMethod(image: "\(registry)/sagemaker-xgboost:3.0-5"), .hist)
        let hist = try XGBoostParameters(hyperparameters: ["num_round": "1", "tree_method": "auto"], autoTreeMethod: .hist)
        XCTAssertEqual(hist.treeMethod, .hist)
        XCTAssertEqual(try XGBoostParameters(hyperparameters: ["num_round": "1", "tree_method": "hist"]).treeMethod, .hist)
        XCTAssertThrowsError(try XGBoostParameters(hyperparameters: ["num_round": "1", "tree_method": "approx"])) { error in
            XCTAssertEqual("\(error)", "Hyperparameter tree_method: value 'approx' is not supported by Pipebook's XGBoost; use auto, exact or hist")
        }
        XCTAssertThrowsError(try XGBoostParameters(hyperparameters: ["num_round": "1", "max_bin": "1024"]))
        XCTAssertThrowsError(try XGBoostParameters(hyperparameters: ["num_round": "1", "max_depth": "0"])) { error in
            XCTAssertEqual("\(error)", "Hyperparameter max_depth: the exact tree method doesn't support unlimited depth (max_depth 0); use tree_method hist")
        }
    }

    func testBadInputIsRefusedWithItsRow() throws {
        XCTAssertThrowsError(try LabelledCSV(text: "1,2,3\n4,5,x\n")) { error in
            XCTAssertEqual("\(error)", "Unable to parse CSV row 2: column 3 'x' is not a number")
        }
        XCTAssertThrowsError(try XGBoostParameters(hyperparameters: ["num_round": "ten"])) { error in
            XCTAssertEqual("\(error)", "Hyperparameter num_round: value 'ten' is not a number")
        }
        XCTAssertThrowsError(try XGBoostParameters(hyperparameters: ["num_round": "5", "objective": "rank:pairwise"]))
    }

    func testEarlyStoppingStopsWhenValidationStopsImproving() throws {
        let train = try read("train-regression.csv"), test = try read("test-regression.csv")
        var parameters = try XGBoostParameters(hyperparameters: ["num_round": "500", "eta": "0.5", "max_depth": "6", "early_stopping_rounds": "5"])
        parameters.minChildWeight = 0
        var lines: [String] = []
        let result = try XGBoostTrainer.train(parameters, features: train.features, labels: train.labels,
                                              evals: [.init(name: "train", features: train.features, labels: train.labels),
                                                      .init(name: "validation", features: test.features, labels: test.labels)],
                                              log: { lines.append($0) })
        XCTAssertLessThan(result.model.trees.count, 500)
        XCTAssertEqual(result.model.trees.count, result.bestRound + 6)
        XCTAssertTrue(lines[0].hasPrefix("[0]\ttrain-rmse:"), lines[0])
        XCTAssertTrue(lines[0].contains("\tvalidation-rmse:"), lines[0])
    }

    func testGzipAndTarRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("hello".utf8).write(to: folder.url.appendingPathComponent("a.txt"))
        let archive = try SourceArchive.make([("", folder.url)])
        let entries = try TarReader.entries([UInt8](archive))
        XCTAssertEqual(entries.map(\.name), ["a.txt"])
        XCTAssertEqual(String(decoding: entries[0].contents, as: UTF8.self), "hello")
        // Compressed by Python's gzip.compress(..., mtime=0): a fixed-Huffman block, then a dynamic one.
        let fixed: [UInt8] = Array(Data(base64Encoded: "H4sIAAAAAAACA0tMSk4cCFRRWQUAxwHYzXsAAAA=")!)
        XCTAssertEqual(String(decoding: try Gzip.decompress(fixed), as: UTF8.self), String(repeating: "abc", count: 40) + "xyz")
        let dynamic: [UInt8] = Array(Data(base64Encoded: "H4sIAAAAAAACAx2UiRHDQAgDW+IH9d+Y9zyZOON7QBJSzEs+0TmlqXM383Cv8pFrIjp64pRROV5m7NRVh3qHe7OzoT3WXGbizDoVVlGXruR3tqsmcq32+HBXHHrFO5uK7M/Ubtt101QV1ulXmd02o5XJ6e9Hza26Pl+f41A7+KSqarFlB52NoJs6b6QDpQGIl+7dNFm7dRyYGsqXWRnwCxoMCqRHWqVPwkCjeOy0FtT33twB/oXNQaQD9A3jolTSWJM8amvD3yWACWbxVp3jB2JLtJiU3CiD6ts3lmgeBVMuosSy7V1uayiWyYVUXsB69+4iqlPX4zz4FtdgBtgJQz74coZ9xLvY4pxm/mVNo/AudNRhSBComQdt893yjS4pkIaNRg8wn5T+cMO16RUAfjQB3xc4JvqAhyveuW7GUkjXBXJEwwr46K5jNUy2IJhII67wAUbOmFcgxKHrGyjt6uy9YAu6sUEjpu1TeNJVybpVmwrJU4yGyRU9kVw4+YYqt4sCjcGwMWJhVSaEs3JysMbMIjqi4nHmXW9abj7Qwk/mCVRigMBZi7JGRew6i6MUHKPpMCTUhdzhTxX2RhmcJcxKZfQDelNon5wQRx+P0T8M3ITYrOLnfNFhqoGUCxE3aNlLH9FaarwpHEE8fHP3wuPP7RTj1wtwyEhe8AR5elEgvjk4Ak1YI+yGyjBdewCZ+KmQIuH67OXMIWljeMlaADvHJaQj0JhtklZDa6ZQ1F88TXlSgKVfXK8Ub9ZzVIXey9Azx77M8D9Dwjyf5B9Nu5a8fgQAAA==")!)
        // ''.join(str(i * i % 977) for i in range(400))
        XCTAssertEqual(String(decoding: try Gzip.decompress(dynamic), as: UTF8.self), (0..<400).map { String($0 * $0 % 977) }.joined())
    }
}
