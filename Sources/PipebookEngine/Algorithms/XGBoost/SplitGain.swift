/// XGBoost's leaf weight and structure score of a node from its gradient sums: the one place
/// both tree builders (exact and hist) take them from.
///
/// XGBoost keeps `lambda`, `alpha` and `min_child_weight` as float32 parameters and does the
/// arithmetic in double, so the parameters are rounded to Float here before use.
struct SplitGain {
    let lambda: Double
    let alpha: Double
    let minChildWeight: Double

    init(_ parameters: XGBoostParameters) {
        lambda = Double(Float(parameters.lambda))
        alpha = Double(Float(parameters.alpha))
        minChildWeight = Double(Float(parameters.minChildWeight))
    }

    /// The gradient sum after L1 shrinkage (XGBoost's ThresholdL1).
    @inline(__always)
    private func thresholdL1(_ g: Double) -> Double {
        if g > alpha { return g - alpha }
        if g < -alpha { return g + alpha }
        return 0
    }

    /// The structure score G²/(H+λ) of a node (with L1 shrinkage); 0 for an empty node.
    @inline(__always)
    func gain(_ g: Double, _ h: Double) -> Double {
        guard h > 0 else { return 0 }
        let t = thresholdL1(g)
        return t * t / (h + lambda)
    }

    /// The optimal leaf weight -G/(H+λ); 0 when the node's hessian is below min_child_weight.
    @inline(__always)
    func weight(_ g: Double, _ h: Double) -> Double {
        guard h >= minChildWeight, h > 0 else { return 0 }
        return -thresholdL1(g) / (h + lambda)
    }

    /// Whether both sides of a split are heavy enough (min_child_weight).
    @inline(__always)
    func allows(leftHessian: Double, rightHessian: Double) -> Bool {
        leftHessian >= minChildWeight && rightHessian >= minChildWeight
    }
}
