/// Sums the gradient pairs of a node's rows per bin of every feature: the histogram that
/// `HistTreeBuilder` finds splits in. Sums are in double, as XGBoost's GradientPairPrecise.
///
/// A histogram is `2 × bins` doubles (gradient, hessian per bin), feature after feature at the
/// offsets of `HistogramCuts.pointers`. Only the smaller child of a split is built from its
/// rows; the larger one is its parent's histogram minus the smaller's (`subtracting`).
struct HistogramBuilder {
    let matrix: BinnedMatrix
    /// Where each feature's bins start in a histogram.
    let offsets: [Int]
    let binCount: Int

    init(matrix: BinnedMatrix, cuts: HistogramCuts) {
        self.matrix = matrix
        offsets = Array(cuts.pointers.dropLast())
        binCount = cuts.values.count
    }

    /// The histogram of `rows`, each row's pairs added in row order.
    func build(rows: [Int32], gradients: [GradientPair]) -> [Double] {
        var histogram = [Double](repeating: 0, count: 2 * binCount)
        let columns = matrix.columns
        let dense = matrix.isDense
        histogram.withUnsafeMutableBufferPointer { histogram in
        matrix.bins.withUnsafeBufferPointer { bins in
        matrix.missing.withUnsafeBufferPointer { missing in
        offsets.withUnsafeBufferPointer { offsets in
        gradients.withUnsafeBufferPointer { gradients in
            for r in rows {
                let row = Int(r)
                let g = Double(gradients[row].grad), h = Double(gradients[row].hess)
                let base = row * columns
                for f in 0..<columns where dense || !missing[base + f] {
                    let slot = 2 * (offsets[f] + Int(bins[base + f]))
                    histogram[slot] += g
                    histogram[slot + 1] += h
                }
            }
        }
        }
        }
        }
        }
        return histogram
    }

    /// The sibling's histogram: `parent − child`, bin by bin.
    static func subtracting(_ child: [Double], from parent: [Double]) -> [Double] {
        var out = parent
        for i in out.indices { out[i] -= child[i] }
        return out
    }
}
