import Foundation

/// Grows one tree by XGBoost's exact greedy algorithm, depth by depth.
///
/// Each feature's rows are sorted once per training (`SortedColumns`); at each depth one pass
/// down every sampled feature accumulates the gradient sums of every open node at once and
/// evaluates each split point between two distinct values, so a level costs O(rows × features).
struct TreeBuilder {
    let parameters: XGBoostParameters
    let columns: [[Float]]
    let sorted: SortedColumns

    private struct Candidate {
        var gain = 0.0
        var feature = -1
        var threshold: Float = 0
        var leftG = 0.0, leftH = 0.0
        var defaultLeft = false
    }

    /// `grad`/`hess` for rows in the sample (nil rows left out); `features` are the sampled columns.
    func build(grad: [Double], hess: [Double], inSample: [Bool], features: [Int]) -> RegressionTree {
        let rowCount = grad.count
        var tree = RegressionTree()
        var position = [Int32](repeating: -1, count: rowCount)
        var G = 0.0, H = 0.0
        for i in 0..<rowCount where inSample[i] {
            position[i] = 0
            G += grad[i]
            H += hess[i]
        }
        var stats: [(g: Double, h: Double)] = [(G, H)]
        _ = tree.addNode(parent: Int32.max, weight: Float(weight(G, H) * parameters.eta), hessian: Float(H))
        var open = [0]
        var depth = 0
        while !open.isEmpty && depth < parameters.maxDepth {
            let best = findSplits(open: open, stats: stats, position: position, grad: grad, hess: hess, features: features)
            var next: [Int] = []
            var splitOf = [Int: Candidate]()
            for node in open {
                guard let c = best[node], c.feature >= 0 else { continue }
                let (g, h) = stats[node]
                let rightG = g - c.leftG, rightH = h - c.leftH
                let left = tree.addNode(parent: Int32(node), weight: Float(weight(c.leftG, c.leftH) * parameters.eta), hessian: Float(c.leftH))
                let right = tree.addNode(parent: Int32(node), weight: Float(weight(rightG, rightH) * parameters.eta), hessian: Float(rightH))
                stats.append((c.leftG, c.leftH))
                stats.append((rightG, rightH))
                tree.leftChildren[node] = Int32(left)
                tree.rightChildren[node] = Int32(right)
                tree.splitIndices[node] = Int32(c.feature)
                tree.splitConditions[node] = c.threshold
                tree.defaultLeft[node] = c.defaultLeft
                tree.lossChanges[node] = Float(c.gain)
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
        return tree
    }

    private func findSplits(open: [Int], stats: [(g: Double, h: Double)], position: [Int32], grad: [Double], hess: [Double],
                            features: [Int]) -> [Int: Candidate] {
        let nodeCount = stats.count
        var isOpen = [Bool](repeating: false, count: nodeCount)
        for node in open { isOpen[node] = true }
        var best = [Candidate](repeating: Candidate(), count: nodeCount)
        var sumG = [Double](repeating: 0, count: nodeCount), sumH = [Double](repeating: 0, count: nodeCount)
        var last = [Float](repeating: 0, count: nodeCount)
        var started = [Bool](repeating: false, count: nodeCount)
        // The gradient sums of rows whose value is missing, per node and feature: they go to one side or the other.
        var missingG = [Double](repeating: 0, count: nodeCount), missingH = [Double](repeating: 0, count: nodeCount)
        let mcw = parameters.minChildWeight
        var parentGain = [Double](repeating: 0, count: nodeCount)
        for node in open { parentGain[node] = gain(stats[node].g, stats[node].h) }

        for f in features {
            let order = sorted.rows[f]
            let column = columns[f]
            for node in open {
                sumG[node] = 0; sumH[node] = 0; started[node] = false
                missingG[node] = stats[node].g; missingH[node] = stats[node].h
            }
            for r in order {
                let row = Int(r)
                let node = Int(position[row])
                if node < 0 || !isOpen[node] { continue }
                missingG[node] -= grad[row]
                missingH[node] -= hess[row]
            }
            for r in order {
                let row = Int(r)
                let node = Int(position[row])
                if node < 0 || !isOpen[node] { continue }
                let x = column[row]
                if started[node] && x != last[node] {
                    let (g, h) = stats[node]
                    // Missing values to the right (left sums are the scanned ones), then to the left.
                    for missingLeft in [false, true] {
                        if missingLeft && missingH[node] == 0 { continue }
                        let lg = sumG[node] + (missingLeft ? missingG[node] : 0)
                        let lh = sumH[node] + (missingLeft ? missingH[node] : 0)
                        let rh = h - lh
                        guard lh >= mcw, rh >= mcw else { continue }
                        let change = gain(lg, lh) + gain(g - lg, rh) - parentGain[node]
                        if change > best[node].gain {
                            var threshold = (last[node] + x) * 0.5
                            if !(threshold > last[node]) { threshold = x }
                            best[node] = Candidate(gain: change, feature: f, threshold: threshold, leftG: lg, leftH: lh,
                                                   defaultLeft: missingLeft)
                        }
                    }
                }
                sumG[node] += grad[row]
                sumH[node] += hess[row]
                last[node] = x
                started[node] = true
            }
        }
        var result: [Int: Candidate] = [:]
        for node in open {
            let c = best[node]
            // XGBoost's validity rule: a real gain, at least gamma (min_split_loss).
            if c.feature >= 0, c.gain > 1e-6, c.gain >= parameters.gamma { result[node] = c }
        }
        return result
    }

    private func thresholdL1(_ g: Double) -> Double {
        let a = parameters.alpha
        if g > a { return g - a }
        if g < -a { return g + a }
        return 0
    }

    private func gain(_ g: Double, _ h: Double) -> Double {
        let t = thresholdL1(g)
        return t * t / (h + parameters.lambda)
    }

    private func weight(_ g: Double, _ h: Double) -> Double {
        guard h + parameters.lambda > 0 else { return 0 }
        return -thresholdL1(g) / (h + parameters.lambda)
    }
}

/// Each feature's non-missing rows, sorted by value: computed once per training.
struct SortedColumns {
    let rows: [[Int32]]

    init(columns: [[Float]]) {
        rows = columns.map { column in
            column.indices.filter { !column[$0].isNaN }.sorted { column[$0] < column[$1] }.map(Int32.init)
        }
    }
}
