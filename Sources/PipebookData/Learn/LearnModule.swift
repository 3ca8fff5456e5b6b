import Foundation
import PipebookLanguage

/// `_learn`: the optimisation behind stdlib/sklearn's LogisticRegression, which has already
/// checked the arguments, encoded the labels and made the sample weights.
enum LearnModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_learn")
        // logistic_regression(X, labels, sample_weight or None, outputs, fit_intercept,
        //                     l2_reg_strength, max_iter, tol) -> (coef, n_iter)
        // coef is flat, as scipy returns it to scikit-learn (see LogisticLoss).
        m.function("logistic_regression") { interp, args in
            let x = try NumpyModule.array(args[0])
            guard x.shape.count == 2, let features = x.data.doubles,
                  let labels = try NumpyModule.array(args[1]).data.doubles else {
                throw PyError.typeError("logistic_regression needs a 2-D float array and labels")
            }
            let weights = args[2].isNone ? nil : try NumpyModule.array(args[2]).data.doubles
            let loss = LogisticLoss(features: features, sampleCount: x.shape[0], featureCount: x.shape[1],
                                    labels: labels, sampleWeight: weights, outputs: try NumpyModule.int(args[3]),
                                    fitIntercept: try interp.isTrue(args[4]),
                                    l2RegStrength: try ArrayConversion.toDouble(args[5], interp))
            // scikit-learn's options: maxls 50, ftol 64ε, gtol tol.
            let solver = LBFGSB(maxIterations: try NumpyModule.int(args[6]),
                                gradientTolerance: try ArrayConversion.toDouble(args[7], interp),
                                functionTolerance: 64 * Double.ulpOfOne, maxLineSearchSteps: 50)
            let result = solver.minimize(from: [Double](repeating: 0, count: loss.parameterCount),
                                         loss.valueAndGradient)
            return .object(PyTuple([.object(NDArray(.float(result.x))), .int(result.iterations)]))
        }
        return m.module
    }
}
