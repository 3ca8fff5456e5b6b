import Foundation
import PipebookData
import PipebookEngine
import PipebookLanguage

/// `_xgboost`: the native half of stdlib/xgboost. Training and prediction are the engine's
/// (`XGBoostTrainer`, `XGBoostModel`), so a Booster made by `xgboost.train` in a script and the
/// model a TrainingStep writes are the same object. Matrices cross as `_numpy` buffers.
enum XGBoostModule {
    static let moduleName = "_xgboost"

    static func register(on interp: Interpreter) {
        interp.registerModule(moduleName, builder: make)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder(moduleName)
        // train(hyperparameters: dict[str, str], x, y, evals: list[(name, x, y)], log: callable | None)
        //   -> (model, [(set, metric, [values])], best_round)
        m.function("train") { interp, args in
            guard args.count == 5, let dict = args[0].as(PyDict.self) else { throw PyError.typeError("_xgboost.train(hyperparameters, x, y, evals, log)") }
            var hyperparameters: [String: String] = [:]
            for (k, v) in dict.items {
                guard let key = k.stringValue, let value = v.stringValue else { throw PyError.typeError("hyperparameters must be str to str") }
                hyperparameters[key] = value
            }
            let parameters: XGBoostParameters
            // xgboost 2 and later grow trees by hist when tree_method is absent or "auto".
            do { parameters = try XGBoostParameters(hyperparameters: hyperparameters, autoTreeMethod: .hist) } catch {
                throw PyError.valueError("\(error)")
            }
            let features = try matrix(args[1], "the training data")
            let labels = try vector(args[2], "the label")
            guard labels.count == features.rows else {
                throw PyError.valueError("The label has \(labels.count) values for \(features.rows) rows of data.")
            }
            var evals: [XGBoostTrainer.EvalSet] = []
            for item in try interp.iterateToArray(args[3]) {
                guard let t = item.as(PyTuple.self), t.items.count == 3, let name = t.items[0].stringValue else {
                    throw PyError.typeError("evals must be (name, x, y) tuples")
                }
                let x = try matrix(t.items[1], "the \(name) data"), y = try vector(t.items[2], "the \(name) label")
                guard y.count == x.rows else { throw PyError.valueError("The \(name) label has \(y.count) values for \(x.rows) rows of data.") }
                evals.append(.init(name: name, features: x, labels: y))
            }
            let log = args[4]
            var logError: Error?
            let result: XGBoostTrainer.Result
            do {
                result = try XGBoostTrainer.train(parameters, features: features, labels: labels, evals: evals) { line in
                    guard !log.isNone, logError == nil else { return }
                    do { _ = try interp.call(log, [.str(line)]) } catch { logError = error }
                }
            } catch let e as XGBoostTrainer.Failure {
                throw PyError.valueError(e.message)
            }
            if let logError { throw logError }
            let history = result.history.map { entry -> Value in
                .object(PyTuple([.str(entry.set), .str(entry.metric), .object(PyList(entry.values.map { .float($0) }))]))
            }
            return .object(PyTuple([.object(ModelObject(result.model)), .object(PyList(history)), .int(result.bestRound)]))
        }
        // loads(str | bytes) -> (model, attributes: dict, feature_names: list | None)
        m.function("loads") { _, args in try loaded(try document(args[0])) }
        // loads_state(bytes) -> as loads: the state of a Booster CPython pickled (`Booster.__getstate__`),
        // XGBoost's serialisation {"Config": ..., "Model": <the model as save_model writes it>}.
        m.function("loads_state") { _, args in
            guard let bytes = args[0].as(PyBytes.self)?.bytes, isUBJSON(bytes) else {
                throw PyError.valueError("Pipebook reads Boosters pickled by xgboost 2 and later, whose state is XGBoost's UBJSON serialisation; this one's is not")
            }
            let state = try ubjson(bytes)
            guard let model = state["Model"] else { throw PyError.valueError("Not an XGBoost serialisation: no Model") }
            return try loaded(model)
        }
        m.function("dumps") { _, args in .str(try model(args[0]).json().text()) }
        // predict(model, x, output_margin, rounds) -> buffer: (rows,) or (rows, classes) for softprob/margins
        m.function("predict") { _, args in
            var model = try model(args[0])
            let x = try matrix(args[1], "the data")
            guard x.columns == model.featureCount || model.featureCount == 0 else {
                throw PyError.valueError("Feature shape mismatch, expected: \(model.featureCount), got \(x.columns)")
            }
            var outputMargin = false
            if case .bool(true) = args[2] { outputMargin = true }
            let rounds = try NumpyInt.int(args[3])
            if rounds > 0 {
                let keep = min(model.trees.count, rounds * model.outputGroups)
                model.trees = Array(model.trees.prefix(keep))
                model.treeGroups = Array(model.treeGroups.prefix(keep))
            }
            let values = outputMargin ? model.margins(x) : model.predict(x)
            let perRow = values.count / max(x.rows, 1)
            let shape = perRow > 1 ? [x.rows, perRow] : [x.rows]
            return ArrayInterop.buffer(values.map(Double.init), shape: x.rows == 0 ? [0] : shape)
        }
        // info(model) -> (objective, num_features, num_class (0 if single), num_trees, rounds)
        m.function("info") { _, args in
            let model = try model(args[0])
            return .object(PyTuple([.str(model.objective.rawValue), .int(model.featureCount),
                                    .int(model.outputGroups > 1 ? model.outputGroups : 0), .int(model.trees.count),
                                    .int(model.trees.count / max(model.outputGroups, 1))]))
        }
        m.function("slice") { _, args in
            var model = try model(args[0])
            let start = try NumpyInt.int(args[1]) * model.outputGroups, end = min(model.trees.count, try NumpyInt.int(args[2]) * model.outputGroups)
            guard start >= 0, start <= end else { throw PyError.valueError("Invalid slice of the booster's rounds") }
            if start > 0 { throw PyError.notImplemented("Pipebook's xgboost slices a Booster from its first round only") }
            model.trees = Array(model.trees[start..<end])
            model.treeGroups = Array(model.treeGroups[start..<end])
            return .object(ModelObject(model))
        }
        return m.module
    }

    /// A model file's contents, told apart as XGBoost tells them (`Learner::LoadModel`): "{" and
    /// then a letter (UBJSON's type marker of the first key's length) is UBJSON, other text JSON.
    static func document(_ v: Value) throws -> JSONValue {
        if let bytes = v.as(PyBytes.self)?.bytes, isUBJSON(bytes) { return try ubjson(bytes) }
        guard let text = v.stringValue ?? v.as(PyBytes.self).map({ String(decoding: $0.bytes, as: UTF8.self) }) else {
            throw PyError.typeError("an XGBoost model must be str or bytes")
        }
        guard text.first == "{" else {
            throw PyError.valueError("Pipebook's xgboost reads models in XGBoost's JSON and UBJSON formats; this one is neither "
                                     + "(XGBoost's deprecated binary format is not read: save_model it to a .json or .ubj file)")
        }
        let json: JSONValue
        do { json = try JSONValue.parse(text) } catch {
            throw PyError.valueError("Pipebook's xgboost reads models in XGBoost's JSON and UBJSON formats; this one is not JSON (\(error))")
        }
        return json
    }

    /// The engine's model of an XGBoost model document, with what the Booster keeps beside its
    /// trees: the learner's attributes (`best_iteration` after early stopping, which predictions
    /// then stop at) and feature names.
    static func loaded(_ json: JSONValue) throws -> Value {
        let model = ModelObject(try XGBoostModel(xgboostJSON: json))
        let attributes = PyDict()
        for (key, value) in json["learner"]?["attributes"]?.objectValue ?? [] {
            if let text = value.stringValue { attributes.set(key, .str(text)) }
        }
        let names = json["learner"]?["feature_names"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return .object(PyTuple([.object(model), .object(attributes), names.isEmpty ? .none : .object(PyList(names.map { .str($0) }))]))
    }

    static func isUBJSON(_ bytes: [UInt8]) -> Bool {
        bytes.count > 1 && bytes[0] == UInt8(ascii: "{") && (bytes[1] | 0x20) >= UInt8(ascii: "a") && (bytes[1] | 0x20) <= UInt8(ascii: "z")
    }

    static func ubjson(_ bytes: [UInt8]) throws -> JSONValue {
        do { return try JSONValue.parseUBJSON(bytes) } catch {
            throw PyError.valueError("Not a model in XGBoost's UBJSON format (\(error))")
        }
    }

    static func model(_ v: Value) throws -> XGBoostModel {
        guard let m = v.as(ModelObject.self) else { throw PyError.typeError("expected an XGBoost model, got \(v.typeName)") }
        return m.model
    }

    /// A 2-D float buffer as the trainer's float32 matrix (NaN missing).
    static func matrix(_ v: Value, _ what: String) throws -> DenseMatrix {
        guard let (shape, values) = ArrayInterop.doubles(v) else {
            throw PyError.typeError("\(what) must be numbers (a float, int or bool array), not \(v.typeName)")
        }
        let rows = shape.count == 2 ? shape[0] : 1, columns = shape.last ?? 0
        return DenseMatrix(rows: rows, columns: columns, values: values.map { Float($0) })
    }

    static func vector(_ v: Value, _ what: String) throws -> [Float] {
        guard let (_, values) = ArrayInterop.doubles(v) else {
            throw PyError.typeError("\(what) must be numbers, not \(v.typeName)")
        }
        return values.map { Float($0) }
    }
}

/// An `XGBoostModel` held by a Python Booster.
final class ModelObject: PyObject {
    static let pyType = PyType(name: "_model", bases: [BuiltinTypes.object], layout: .builtin,
                               isBuiltin: true, moduleName: "_xgboost")
    let model: XGBoostModel

    init(_ model: XGBoostModel) { self.model = model }

    override var type: PyType { ModelObject.pyType }
}

enum NumpyInt {
    static func int(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}

private extension XGBoostModel {
    /// The engine's model of a decoded XGBoost model; what it refuses becomes Python's ValueError.
    init(xgboostJSON json: JSONValue) throws {
        do { try self.init(json: json) } catch { throw PyError.valueError("\(error)") }
    }
}
