/// XGBoost's weighted quantile sketch of one feature (`WQuantileSketch` in
/// src/common/quantile.h, as `HostSketchContainer` sizes it for the hist method), step for step
/// so the summary it ends with — and so the cuts — are XGBoost's own.
///
/// Values arrive in row order into a queue of at most `2 × limit` runs of equal values. While
/// they fit, the summary is exact. When the queue is full it is summarised, pruned to `limit`
/// entries and merged into a ladder of levels (like a binary counter: a level that grows past
/// `limit` is carried into the next), so memory stays O(limit × levels) for any row count.
struct QuantileSketch {
    /// Entries a level keeps: about 8 × max_bin (2,049 at max_bin 256), fewer for small data.
    let limit: Int
    private var queue: [(value: Float, weight: Float)] = []
    /// `levels[0]` is scratch space, as in XGBoost; `levels[l]` holds a pruned summary or nothing.
    private var levels: [QuantileSummary] = []

    /// A sketch for `count` values and `maxBin` bins (`LimitSizeLevel` with eps = 1/(8 × bins)).
    init(count: Int, maxBin: Int) {
        let bins = max(min(maxBin, count), 1)
        let eps = 1.0 / Double(Float(bins) * 8)
        var level = 1
        var limit = 0
        while true {
            limit = min(count, Int((Double(level) / eps).rounded(.up)) + 1)
            if (1 << level) * limit >= count { break }
            level += 1
        }
        self.limit = limit
        queue.reserveCapacity(2 * limit)
    }

    mutating func push(_ value: Float) {
        if let last = queue.last, last.value == value {
            queue[queue.count - 1].weight += 1
            return
        }
        if queue.count == 2 * limit {
            let summary = QuantileSummary(weighted: queue)
            queue.removeAll(keepingCapacity: true)
            carry(summary)
        }
        queue.append((value, 1))
    }

    /// XGBoost's `PushTemp`: merges a full queue's summary into the levels.
    private mutating func carry(_ summary: QuantileSummary) {
        var temp = summary
        var l = 1
        while true {
            while levels.count < l + 1 { levels.append(QuantileSummary()) }
            if levels[l].entries.isEmpty {
                levels[l] = temp.pruned(to: limit)
                return
            }
            levels[0] = temp.pruned(to: limit)
            temp = levels[0].combined(with: levels[l])
            if temp.entries.count > limit {
                levels[l] = QuantileSummary()
                l += 1
            } else {
                levels[l] = temp
                return
            }
        }
    }

    /// The summary of every value pushed (XGBoost's `GetSummary`).
    func summary() -> QuantileSummary {
        let queued = QuantileSummary(weighted: queue)
        guard !levels.isEmpty else {
            return queued.entries.count > limit ? queued.pruned(to: limit) : queued
        }
        var merged = queued.pruned(to: limit)
        for level in levels.dropFirst() where !level.entries.isEmpty {
            merged = merged.entries.isEmpty ? level : merged.combined(with: level).pruned(to: limit)
        }
        return merged
    }
}
