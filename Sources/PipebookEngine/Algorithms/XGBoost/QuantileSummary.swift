/// XGBoost's weighted quantile summary (WQSummary in src/common/quantile.h): a feature's values
/// in increasing order, each with the bounds of its rank. `HistogramCuts` takes the cut points
/// from it. Ranks are Float (XGBoost's RType is float), so pruning picks the values XGBoost picks.
struct QuantileSummary {
    struct Entry {
        /// The smallest and largest rank the value can have, and its own weight.
        var rmin: Float
        var rmax: Float
        var wmin: Float
        var value: Float

        /// The rank of anything just above the value.
        var rminNext: Float { rmin + wmin }
        /// The rank of anything just below the value.
        var rmaxPrevious: Float { rmax - wmin }
    }

    var entries: [Entry]

    init(entries: [Entry] = []) { self.entries = entries }

    /// The exact summary of weighted values (XGBoost's `Queue::MakeSummary`): sorted, equal
    /// values merged, each with its rank bounds.
    init(weighted values: [(value: Float, weight: Float)]) {
        let sorted = values.sorted { $0.value < $1.value }
        entries = []
        var rank: Float = 0
        var i = 0
        while i < sorted.count {
            var weight = sorted[i].weight
            var j = i + 1
            while j < sorted.count && sorted[j].value == sorted[i].value { weight += sorted[j].weight; j += 1 }
            entries.append(Entry(rmin: rank, rmax: rank + weight, wmin: weight, value: sorted[i].value))
            rank += weight
            i = j
        }
    }

    /// At most `maxSize` entries spread evenly over the ranks, the first and last kept
    /// (XGBoost's `SetPrune`, step for step).
    func pruned(to maxSize: Int) -> QuantileSummary {
        guard entries.count > maxSize else { return self }
        let source = entries
        let begin = source[0].rmax
        let range = source[source.count - 1].rmin - source[0].rmax
        let n = maxSize - 1
        var out = [source[0]]
        var i = 1, lastIndex = 0
        for k in 1..<n {
            let dx2: Float = 2 * ((Float(k) * range) / Float(n) + begin)
            while i < source.count - 1 && dx2 >= source[i + 1].rmax + source[i + 1].rmin { i += 1 }
            if i == source.count - 1 { break }
            if dx2 < source[i].rminNext + source[i + 1].rmaxPrevious {
                if i != lastIndex { out.append(source[i]); lastIndex = i }
            } else {
                if i + 1 != lastIndex { out.append(source[i + 1]); lastIndex = i + 1 }
            }
        }
        if lastIndex != source.count - 1 { out.append(source[source.count - 1]) }
        return QuantileSummary(entries: out)
    }

    /// The summary of both summaries' values together (XGBoost's `SetCombine`, with its
    /// `FixError` that keeps the rank bounds ordered).
    func combined(with other: QuantileSummary) -> QuantileSummary {
        if entries.isEmpty { return other }
        if other.entries.isEmpty { return self }
        let a = entries, b = other.entries
        var out: [Entry] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        var aPreviousRmin: Float = 0, bPreviousRmin: Float = 0
        while i < a.count && j < b.count {
            if a[i].value == b[j].value {
                out.append(Entry(rmin: a[i].rmin + b[j].rmin, rmax: a[i].rmax + b[j].rmax, wmin: a[i].wmin + b[j].wmin, value: a[i].value))
                aPreviousRmin = a[i].rminNext
                bPreviousRmin = b[j].rminNext
                i += 1; j += 1
            } else if a[i].value < b[j].value {
                out.append(Entry(rmin: a[i].rmin + bPreviousRmin, rmax: a[i].rmax + b[j].rmaxPrevious, wmin: a[i].wmin, value: a[i].value))
                aPreviousRmin = a[i].rminNext
                i += 1
            } else {
                out.append(Entry(rmin: b[j].rmin + aPreviousRmin, rmax: b[j].rmax + a[i].rmaxPrevious, wmin: b[j].wmin, value: b[j].value))
                bPreviousRmin = b[j].rminNext
                j += 1
            }
        }
        let bLastRmax = b[b.count - 1].rmax, aLastRmax = a[a.count - 1].rmax
        for entry in a[i...] {
            out.append(Entry(rmin: entry.rmin + bPreviousRmin, rmax: entry.rmax + bLastRmax, wmin: entry.wmin, value: entry.value))
        }
        for entry in b[j...] {
            out.append(Entry(rmin: entry.rmin + aPreviousRmin, rmax: entry.rmax + aLastRmax, wmin: entry.wmin, value: entry.value))
        }
        var previousRmin: Float = 0, previousRmax: Float = 0
        for k in out.indices {
            if out[k].rmin < previousRmin { out[k].rmin = previousRmin } else { previousRmin = out[k].rmin }
            if out[k].rmax < previousRmax { out[k].rmax = previousRmax }
            if out[k].rmax < out[k].rminNext { out[k].rmax = out[k].rminNext }
            previousRmax = out[k].rmax
        }
        return QuantileSummary(entries: out)
    }
}
