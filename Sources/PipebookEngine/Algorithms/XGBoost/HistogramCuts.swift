/// The bin boundaries of every feature for the `hist` tree method, computed as XGBoost 3.2
/// computes them (`SketchContainerImpl::MakeCuts` and `AddCutPoint` in src/common/quantile.cc).
///
/// A feature's cuts are increasing values; bin `b` holds the values in [cut[b-1], cut[b]) (bin 0
/// everything below cut[0]), and the last cut is a sentinel above the largest value. A split
/// after bin `b` has cut[b] as its split condition, so trees hold the cut values XGBoost stores.
/// With at most `max_bin` distinct values the cuts are those values but the smallest, plus the
/// sentinel; with more, values chosen evenly by rank from XGBoost's quantile sketch
/// (`QuantileSketch`, `QuantileSummary`).
struct HistogramCuts {
    /// Every feature's cuts, one feature after another.
    let values: [Float]
    /// Feature `f`'s cuts are `values[pointers[f]..<pointers[f + 1]]`.
    let pointers: [Int]
    /// Below every value of each feature: the split condition that sends all of them right.
    let minValues: [Float]

    init(columns: [[Float]], maxBin: Int) {
        var values: [Float] = [], pointers = [0], minValues: [Float] = []
        for column in columns {
            let count = column.count(where: { !$0.isNaN })
            var sketch = QuantileSketch(count: count, maxBin: maxBin)
            for x in column where !x.isNaN { sketch.push(x) }
            // Pruned as XGBoost's AllReduce, then as its MakeCuts.
            let binCount = min(min(count, maxBin * 8), maxBin)
            let final = sketch.summary().pruned(to: min(count, maxBin * 8)).pruned(to: binCount + 1).entries
            // XGBoost does these two sums in double (fabs of a float is a double there).
            let minValue = final.first.map { Float(Double($0.value) - Double(abs($0.value)) - Double(Float(1e-5))) } ?? 1e-5
            minValues.append(minValue)
            // The smallest value is not a cut: bin 0 starts below it.
            for i in 1..<max(1, min(final.count, binCount)) where i == 1 || final[i].value > values.last! {
                values.append(final[i].value)
            }
            let top = final.last?.value ?? minValue
            values.append(Float(Double(top) + (Double(abs(top)) + Double(Float(1e-5)))))
            pointers.append(values.count)
        }
        self.values = values
        self.pointers = pointers
        self.minValues = minValues
    }

    /// The bin of a (non-missing) value: the first cut above it, the last bin for values beyond
    /// the sentinel (XGBoost's `SearchBin`).
    func bin(of value: Float, feature: Int) -> Int {
        var low = pointers[feature], high = pointers[feature + 1]
        let end = high
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return (low == end ? low - 1 : low) - pointers[feature]
    }
}
