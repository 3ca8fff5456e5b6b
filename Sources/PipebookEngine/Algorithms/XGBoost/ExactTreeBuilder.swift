import Foundation

/// Grows one tree by XGBoost's exact greedy algorithm, depth by depth.
///
/// Each feature's rows are sorted once per training (`SortedColumns`); at each depth one pass
/// down every sampled feature accumulates the gradient sums of every open node at once and
/// evaluates each split point between two distinct values, so a level costs O(rows × features).
///
/// As xgboost's exact method (colmaker, then its pruner), a tree grows on every split with a
/// real gain, and gamma (min_split_loss) prunes it afterwards, bottom up. As colmaker, a split's loss change is the float32 sum of the children's float32
/// gains minus the parent's float32 gain, and a leaf is its float32 weight times float32 eta:
/// the trees and predictions are then xgboost's to the bit.
struct ExactTreeBuilder {
    let parameters: XGBoostParameters
    let score: SplitGain
    let columns: [[Float]]
    let sorted: SortedColumns

    private struct Candidate {
        var gain: Float = 0
        var feature = -1
        var threshold: Float = 0
        var leftG = 0.0, leftH = 0.0
        var defaultLeft = false
    }

    /// A tree for `gradients` (one pair per row; rows out of the sample are skipped), splitting
    /// on the sampled `features` only.
    func build(gradients: [GradientPair], inSample: [Bool], features: [Int]) -> RegressionTree {
        let rowCount = gradients.count
        let eta = Float(parameters.eta)
        var tree = RegressionTree()
        var position = [Int32](repeating: -1, count: rowCount)
        var G = 0.0, H = 0.0
        for i in 0..<rowCount where inSample[i] {
            position[i] = 0
            G += Double(gradients[i].grad)
            H += Double(gradients[i].hess)
        }
        var stats: [(g: Double, h: Double)] = [(G, H)]
        _ = tree.addNode(parent: Int32.max, weight: Float(score.weight(G, H)) * eta, hessian: Float(H))
        var open = [0]
        var depth = 0
        while !open.isEmpty && depth < parameters.maxDepth {
            let best = findSplits(open: open, stats: stats, position: position, gradients: gradients, features: features)
            var next: [Int] = []
            var splitOf = [Int: Candidate]()
            for node in open {
                guard let c = best[node], c.feature >= 0 else { continue }
                let (g, h) = stats[node]
                let rightG = g - c.leftG, rightH = h - c.leftH
                let left = tree.addNode(parent: Int32(node), weight: Float(score.weight(c.leftG, c.leftH)) * eta, hessian: Float(c.leftH))
                let right = tree.addNode(parent: Int32(node), weight: Float(score.weight(rightG, rightH)) * eta, hessian: Float(rightH))
                stats.append((c.leftG, c.leftH))
                stats.append((rightG, rightH))
                tree.leftChildren[node] = Int32(left)
                tree.rightChildren[node] = Int32(right)
                tree.splitIndices[node] = Int32(c.feature)
                tree.splitConditions[node] = c.threshold
                tree.defaultLeft[node] = c.defaultLeft
                tree.lossChanges[node] = c.gain
                splitOf[node] = c
                next += [left, right]
            }
            if splitOf.isEmpty { break }
            for i in 0..<rowCount where position[i] >= 0 {
                let node = Int(position[i])
                guard let c = splitOf[node] else { continue }
                let x = columns[c.feature][i]
                let goLeft = x.isNaN ? c.defaultLeft : x < c.threshold
                position[i] = goLeft ? tree.leftChildren[node] : tree.rightChildren[node]
            }
            open = next
            depth += 1
        }
        return pruned(tree)
    }

    /// xgboost's pruner: a split whose two children are leaves and whose loss change is below
    /// gamma becomes a leaf again (its weight times eta), from the bottom up, so a split kept
    /// for a good split under it stays. The pruned nodes are dropped and the rest renumbered,
    /// parents before children; predictions are the same as with xgboost's deleted slots.
    private func pruned(_ tree: RegressionTree) -> RegressionTree {
        let gamma = Float(parameters.gamma)
        guard gamma > 0 else { return tree }
        var leaf = (0..<tree.nodeCount).map { tree.isLeaf($0) }
        func prune(_ node: Int) {
            guard !leaf[node] else { return }
            let (left, right) = (Int(tree.leftChildren[node]), Int(tree.rightChildren[node]))
            prune(left)
            prune(right)
            if leaf[left] && leaf[right] && tree.lossChanges[node] < gamma { leaf[node] = true }
        }
        prune(0)
        var result = RegressionTree()
        // Breadth first from the root, as the builder numbers nodes.
        var queue = [(old: 0, parent: Int32.max)]
        var index = 0
        while index < queue.count {
            let (old, parent) = queue[index]
            let new = result.addNode(parent: parent, weight: tree.baseWeights[old], hessian: tree.sumHessians[old])
            if parent != Int32.max {
                let p = Int(parent)
                if result.leftChildren[p] < 0 { result.leftChildren[p] = Int32(new) } else { result.rightChildren[p] = Int32(new) }
            }
            if !leaf[old] {
                result.splitIndices[new] = tree.splitIndices[old]
                result.splitConditions[new] = tree.splitConditions[old]
                result.defaultLeft[new] = tree.defaultLeft[old]
                result.lossChanges[new] = tree.lossChanges[old]
                queue.append((Int(tree.leftChildren[old]), Int32(new)))
                queue.append((Int(tree.rightChildren[old]), Int32(new)))
            }
            index += 1
        }
        return result
    }

    private func findSplits(open: [Int], stats: [(g: Double, h: Double)], position: [Int32], gradients: [GradientPair],
                            features: [Int]) -> [Int: Candidate] {
        let nodeCount = stats.count
        // Per-node scan state in raw buffers: this loop runs rows × features times per level,
        // and Swift arrays captured by the closures below would be checked on every access.
        let isOpen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: nodeCount)
        let started = UnsafeMutableBufferPointer<Bool>.allocate(capacity: nodeCount)
        let last = UnsafeMutableBufferPointer<Float>.allocate(capacity: nodeCount)
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: nodeCount * 5)
        let best = UnsafeMutableBufferPointer<Candidate>.allocate(capacity: nodeCount)
        defer { isOpen.deallocate(); started.deallocate(); last.deallocate(); sums.deallocate(); best.deallocate() }
        isOpen.initialize(repeating: false)
        started.initialize(repeating: false)
        last.initialize(repeating: 0)
        sums.initialize(repeating: 0)
        best.initialize(repeating: Candidate())
        // sums holds, per node: scanned G, scanned H, missing G, missing H, the parent's gain (a float32).
        for node in open {
            isOpen[node] = true
            sums[node * 5 + 4] = Double(Float(score.gain(stats[node].g, stats[node].h)))
        }

        position.withUnsafeBufferPointer { position in
        gradients.withUnsafeBufferPointer { gradients in
            for f in features {
                let hasMissing = sorted.hasMissing[f]
                for node in open {
                    sums[node * 5] = 0; sums[node * 5 + 1] = 0; started[node] = false
                    sums[node * 5 + 2] = hasMissing ? stats[node].g : 0
                    sums[node * 5 + 3] = hasMissing ? stats[node].h : 0
                }
                sorted.rows[f].withUnsafeBufferPointer { order in
                columns[f].withUnsafeBufferPointer { column in
                    if hasMissing {
                        for r in order {
                            let node = Int(position[Int(r)])
                            if node < 0 || !isOpen[node] { continue }
                            sums[node * 5 + 2] -= Double(gradients[Int(r)].grad)
                            sums[node * 5 + 3] -= Double(gradients[Int(r)].hess)
                        }
                    }
                    for r in order {
                        let row = Int(r)
                        let node = Int(position[row])
                        if node < 0 || !isOpen[node] { continue }
                        let x = column[row]
                        let base = node * 5
                        if started[node] && x != last[node] {
                            consider(feature: f, below: last[node], above: x, sumG: sums[base], sumH: sums[base + 1],
                                     missingG: sums[base + 2], missingH: sums[base + 3], stats: stats[node],
                                     parentGain: sums[base + 4], best: &best[node])
                        }
                        sums[base] += Double(gradients[row].grad)
                        sums[base + 1] += Double(gradients[row].hess)
                        last[node] = x
                        started[node] = true
                    }
                }
                }
            }
        }
        }
        var result: [Int: Candidate] = [:]
        for node in open {
            let c = best[node]
            // colmaker's validity rule: a real gain (kRtEps); gamma is the pruner's.
            if c.feature >= 0, c.gain > 1e-6 { result[node] = c }
        }
        return result
    }

    /// Scores the split between two neighbouring values, with missing values sent right (the
    /// scanned rows are the left side), and, when the node has any, left.
    @inline(__always)
    private func consider(feature: Int, below: Float, above: Float, sumG: Double, sumH: Double,
                          missingG: Double, missingH: Double, stats: (g: Double, h: Double), parentGain: Double,
                          best: inout Candidate) {
        for missingLeft in 0..<(missingH == 0 ? 1 : 2) {
            let lg = missingLeft == 1 ? sumG + missingG : sumG
            let lh = missingLeft == 1 ? sumH + missingH : sumH
            let rh = stats.h - lh
            guard score.allows(leftHessian: lh, rightHessian: rh) else { continue }
            let change = (Float(score.gain(lg, lh)) + Float(score.gain(stats.g - lg, rh))) - Float(parentGain)
            if change > best.gain {
                var threshold = (below + above) * 0.5
                if !(threshold > below) { threshold = above }
                best = Candidate(gain: change, feature: feature, threshold: threshold, leftG: lg, leftH: lh, defaultLeft: missingLeft == 1)
            }
        }
    }
}

/// Each feature's non-missing rows, sorted by value: computed once per training.
struct SortedColumns {
    let rows: [[Int32]]
    /// Whether a feature has missing values at all (most data sets have none).
    let hasMissing: [Bool]

    init(columns: [[Float]]) {
        rows = columns.map { column in
            column.indices.filter { !column[$0].isNaN }.sorted { column[$0] < column[$1] }.map(Int32.init)
        }
        hasMissing = columns.map { $0.contains { $0.isNaN } }
    }
}
