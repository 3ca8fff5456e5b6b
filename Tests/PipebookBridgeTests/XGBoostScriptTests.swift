import Foundation
@testable import PipebookBridge
import PipebookData
import PipebookLanguage
import XCTest

/// The xgboost package for step scripts against the real xgboost 3.2: each program in XGBoost/
/// runs in a new temporary folder (with XGBoost/data copied in) and must print what the real
/// libraries printed (the `.out` files, made by XGBoost/generate.py).
final class XGBoostScriptTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("XGBoost")

    func testBoosterLoadsPredictsSavesAndPickles() throws { try check("booster") }
    /// The tutorials' evaluation script: untar, pickle.load the container's xgboost-model, predict, evaluation.json.
    func testTutorialEvaluationScript() throws { try check("evaluation") }
    func testTrainAndScikitLearnWrappersGrowXGBoostsTrees() throws { try check("training") }
    /// Without tree_method, xgboost (2 and later) grows by hist: the same splits, lines and predictions.
    func testDefaultHistMethodGrowsXGBoostsTrees() throws { try check("hist") }

    /// Pickles, joblib files and a .ubj model CPython's xgboost wrote (UBJSON) predict as xgboost did.
    func testModelsCPythonWroteLoadAndPredict() throws { try check("cpython_models") }

    /// `load_model` of bytes tells UBJSON from JSON as xgboost does, and names what it does not read.
    func testModelBytesAreUBJSONOrJSON() throws {
        let out = try run("""
        import numpy as np, pickle, xgboost
        X = xgboost.DMatrix(np.array([[0.5, -1.0, 2.0, 0.0, 1.0] * 2]))
        data = open("data/cpython/xgboost-model-binary.ubj", "rb").read()
        raw = xgboost.Booster()
        raw.load_model(data)
        json = xgboost.Booster(model_file="data/xgboost-model-binary.json")
        print(raw.predict(X).tolist() == json.predict(X).tolist(), type(pickle.loads(data)).__name__)
        for bad in (b"binf\\x00\\x00", b"{L\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x07lea"):
            try:
                raw.load_model(bad)
            except xgboost.core.XGBoostError as e:
                print(e)
        """)
        XCTAssertEqual(out, """
        True Booster
        Pipebook's xgboost reads models in XGBoost's JSON and UBJSON formats; this one is neither (XGBoost's deprecated binary format is not read: save_model it to a .json or .ubj file)
        Not a model in XGBoost's UBJSON format (invalid UBJSON at offset 10: a length of 7 does not fit the data)

        """)
    }

    func testUnsupportedArgumentsAreNamed() throws {
        let out = try run("""
        import numpy as np, xgboost
        d = xgboost.DMatrix(np.array([[1.0, 2.0], [3.0, 4.0]]), label=[0.0, 1.0])
        for call in (lambda: xgboost.train({"tree_method": "approx"}, d, 2), lambda: xgboost.train({"tree_method": "gpu_hist"}, d, 2),
                     lambda: xgboost.train({"grow_policy": "lossguide"}, d, 2),
                     lambda: xgboost.DMatrix(np.zeros((2, 2)), weight=[1, 2]), lambda: xgboost.XGBRegressor(foo=1)):
            try:
                call()
            except NotImplementedError as e:
                print(e)
        """)
        XCTAssertEqual(out, """
        Pipebook's xgboost grows trees by the hist or the exact method: tree_method='approx' is not supported (use 'hist', the default, or 'exact')
        Pipebook's xgboost grows trees by the hist or the exact method: tree_method='gpu_hist' is not supported (use 'hist', the default, or 'exact')
        Pipebook's xgboost does not support the parameter grow_policy
        Pipebook's xgboost does not support the argument weight= of DMatrix
        Pipebook's xgboost does not support the parameter foo of XGBRegressor

        """)
    }

    func check(_ name: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent("\(name).py"), encoding: .utf8)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name).out"), encoding: .utf8)
        let actual = try run(source)
        XCTAssertTrue(actual == expected, "\(name).py: output differs from the real libraries'\n--- expected\n\(expected)--- actual\n\(actual)")
    }

    func run(_ source: String) throws -> String {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("pipebook-xgb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("data"), to: work.appendingPathComponent("data"))
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(work.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let interp = Interpreter()
        PipebookData.register(on: interp)
        XGBoostModule.register(on: interp)
        var output = ""
        interp.standardOutput = { output += $0 }
        interp.standardError = { _ in }
        interp.searchPaths = [work.path]
        do {
            try interp.run(source, fileName: "program.py")
        } catch let e as PyError {
            output += "!! " + interp.exceptionSummary(e.exception) + "\n"
        }
        return output
    }
}
