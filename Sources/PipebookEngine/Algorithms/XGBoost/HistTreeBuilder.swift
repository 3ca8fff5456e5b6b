/// Grows one tree by XGBoost's `hist` method (the quantile histogram updater of xgboost 3.2,
/// src/tree/updater_quantile_hist.cc with the depthwise grow policy): each feature's values are
/// cut into bins once per training (`HistogramCuts`, `BinnedMatrix`), each node gets a
/// histogram of its rows' gradients per bin (`HistogramBuilder`), and splits are tried only at
/// bin boundaries. A level costs O(rows × features) to build histograms plus O(bins) per node
/// to scan them, instead of the exact method's scan of every distinct value.
///
/// XGBoost's choices are kept so the trees are its own: the split score is the float32 sum of
/// the two children's float32 gains minus the parent's, a later split replaces the best one only
/// when strictly better (of equal splits the first tried wins), missing values are tried on
/// the right (scanning bins upwards) and, only where the node has some, on the left (scanning
/// downwards); a split must gain more than 1e-6 and at least gamma, with no pruning afterwards.
struct HistTreeBuilder {
    let parameters: XGBoostParameters
    let score: SplitGain
    let cuts: HistogramCuts
    let histograms: HistogramBuilder

    init(parameters: XGBoostParameters, features: DenseMatrix) {
        self.parameters = parameters
        score = SplitGain(parameters)
        cuts = HistogramCuts(columns: features.columnMajor(), maxBin: parameters.maxBin)
        histograms = HistogramBuilder(matrix: BinnedMatrix(features, cuts: cuts), cuts: cuts)
    }

    /// A node's gradient sums and its own structure score (float32, as XGBoost's root_gain).
    private struct NodeStats {
        var g: Double
        var h: Double
        var gain: Float
    }

    /// The best split of a node so far. Rows go left when their bin is at most `lastLeftBin`
    /// (-1: every non-missing row goes right), missing ones to the default side.
    private struct Split {
        var lossChange: Float = 0
        var feature = -1
        var lastLeftBin = 0
        var condition: Float = 0
        var defaultLeft = false
        var left = (g: 0.0, h: 0.0)
        var right = (g: 0.0, h: 0.0)
    }

    /// A tree for `gradients` (one pair per row, zero for rows left out of the sample), splitting
    /// on the sampled `features` only.
    func build(gradients: [GradientPair], inSample: [Bool], features: [Int]) -> RegressionTree {
        let eta = Float(parameters.eta)
        let rootRows = inSample.indices.compactMap { inSample[$0] ? Int32($0) : nil }
        let rootHistogram = histograms.build(rows: rootRows, gradients: gradients)
        var G = 0.0, H = 0.0
        if histograms.matrix.isDense && histograms.matrix.columns > 0 {
            // XGBoost sums the root from the first feature's bins when no value is missing.
            for bin in cuts.pointers[0]..<cuts.pointers[1] { G += rootHistogram[2 * bin]; H += rootHistogram[2 * bin + 1] }
        } else {
            for pair in gradients { G += Double(pair.grad); H += Double(pair.hess) }
        }
        var tree = RegressionTree()
        let rootWeight = Float(score.weight(G, H))
        _ = tree.addNode(parent: Int32.max, weight: eta * rootWeight, hessian: Float(H))
        tree.baseWeights[0] = rootWeight
        var stats = [NodeStats(g: G, h: H, gain: Float(score.gain(G, H)))]
        var rows: [Int: [Int32]] = [0: rootRows]
        var histogramOf: [Int: [Double]] = [0: rootHistogram]
        var open = [0]
        var depth = 0
        while !open.isEmpty && (parameters.maxDepth == 0 || depth < parameters.maxDepth) {
            // Children at max_depth are never split: their histograms are not needed.
            let childrenSplit = parameters.maxDepth == 0 || depth + 1 < parameters.maxDepth
            var next: [Int] = []
            for node in open {
                let histogram = histogramOf.removeValue(forKey: node)!
                let nodeRows = rows.removeValue(forKey: node)!
                let split = bestSplit(histogram: histogram, stats: stats[node], features: features)
                guard split.feature >= 0, split.lossChange > 1e-6, split.left.h != 0, split.right.h != 0,
                      split.lossChange >= Float(parameters.gamma) else { continue }
                let leftWeight = Float(score.weight(split.left.g, split.left.h))
                let rightWeight = Float(score.weight(split.right.g, split.right.h))
                let left = tree.addNode(parent: Int32(node), weight: leftWeight * eta, hessian: Float(split.left.h))
                let right = tree.addNode(parent: Int32(node), weight: rightWeight * eta, hessian: Float(split.right.h))
                let parentG = split.left.g + split.right.g, parentH = split.left.h + split.right.h
                tree.leftChildren[node] = Int32(left)
                tree.rightChildren[node] = Int32(right)
                tree.splitIndices[node] = Int32(split.feature)
                tree.splitConditions[node] = split.condition
                tree.defaultLeft[node] = split.defaultLeft
                tree.lossChanges[node] = split.lossChange
                tree.baseWeights[node] = Float(score.weight(parentG, parentH))
                tree.sumHessians[node] = Float(parentH)
                stats.append(NodeStats(g: split.left.g, h: split.left.h, gain: Float(score.gain(split.left.g, split.left.h))))
                stats.append(NodeStats(g: split.right.g, h: split.right.h, gain: Float(score.gain(split.right.g, split.right.h))))
                next += [left, right]
                guard childrenSplit else { continue }

                let (leftRows, rightRows) = partition(nodeRows, by: split)
                // The child with the smaller hessian is built from its rows (the left one on a
                // tie, as XGBoost); the other is the parent's histogram minus it.
                let buildLeft = !(split.right.h < split.left.h)
                let built = histograms.build(rows: buildLeft ? leftRows : rightRows, gradients: gradients)
                let subtracted = HistogramBuilder.subtracting(built, from: histogram)
                histogramOf[left] = buildLeft ? built : subtracted
                histogramOf[right] = buildLeft ? subtracted : built
                rows[left] = leftRows
                rows[right] = rightRows
            }
            open = childrenSplit ? next : []
            depth += 1
        }
        return tree
    }

    /// The best split of a node over the sampled features, XGBoost's `EvaluateSplits`.
    private func bestSplit(histogram: [Double], stats: NodeStats, features: [Int]) -> Split {
        var best = Split()
        histogram.withUnsafeBufferPointer { histogram in
            for feature in features {
                let first = cuts.pointers[feature], end = cuts.pointers[feature + 1]
                // Missing values right: bins scanned upwards, the left side grows.
                var g = 0.0, h = 0.0
                for bin in first..<end {
                    g += histogram[2 * bin]
                    h += histogram[2 * bin + 1]
                    consider(left: (g, h), right: (stats.g - g, stats.h - h), stats: stats, best: &best) {
                        Split(feature: feature, lastLeftBin: bin - first, condition: cuts.values[bin], defaultLeft: false)
                    }
                }
                // Missing values left, only where the node has some: bins scanned downwards.
                guard g != stats.g || h != stats.h else { continue }
                g = 0; h = 0
                for bin in (first..<end).reversed() {
                    g += histogram[2 * bin]
                    h += histogram[2 * bin + 1]
                    consider(left: (stats.g - g, stats.h - h), right: (g, h), stats: stats, best: &best) {
                        Split(feature: feature, lastLeftBin: bin - first - 1,
                              condition: bin == first ? cuts.minValues[feature] : cuts.values[bin - 1], defaultLeft: true)
                    }
                }
            }
        }
        return best
    }

    /// Replaces `best` by the split `make()` describes when its loss change is strictly larger.
    @inline(__always)
    private func consider(left: (g: Double, h: Double), right: (g: Double, h: Double), stats: NodeStats,
                          best: inout Split, _ make: () -> Split) {
        guard score.allows(leftHessian: left.h, rightHessian: right.h) else { return }
        let change = (Float(score.gain(left.g, left.h)) + Float(score.gain(right.g, right.h))) - stats.gain
        guard change > best.lossChange, change.isFinite else { return }
        best = make()
        best.lossChange = change
        best.left = left
        best.right = right
    }

    /// A node's rows split by `split`, each side in row order.
    private func partition(_ rows: [Int32], by split: Split) -> (left: [Int32], right: [Int32]) {
        let matrix = histograms.matrix
        let columns = matrix.columns, feature = split.feature, hasMissing = matrix.hasMissing[feature]
        var left: [Int32] = [], right: [Int32] = []
        left.reserveCapacity(rows.count)
        right.reserveCapacity(rows.count)
        for r in rows {
            let i = Int(r) * columns + feature
            let goesLeft = hasMissing && matrix.missing[i] ? split.defaultLeft : Int(matrix.bins[i]) <= split.lastLeftBin
            if goesLeft { left.append(r) } else { right.append(r) }
        }
        return (left, right)
    }
}
