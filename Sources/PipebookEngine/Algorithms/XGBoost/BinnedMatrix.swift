/// The training matrix as `hist` reads it: each value replaced by its bin (a byte, since a
/// feature has at most 256 bins), row after row, so building a node's histogram reads each of
/// its rows' bins from one contiguous run of bytes.
struct BinnedMatrix {
    let rows: Int
    let columns: Int
    /// `bins[row * columns + feature]`: the bin within the feature (0 where the value is missing).
    let bins: [UInt8]
    /// `missing[row * columns + feature]`, only for data with a missing value (else empty).
    let missing: [Bool]
    /// Whether each feature has a missing value; histograms skip those rows for that feature.
    let hasMissing: [Bool]

    init(_ matrix: DenseMatrix, cuts: HistogramCuts) {
        rows = matrix.rows
        columns = matrix.columns
        var bins = [UInt8](repeating: 0, count: matrix.values.count)
        var missing: [Bool] = []
        var hasMissing = [Bool](repeating: false, count: columns)
        for (i, x) in matrix.values.enumerated() {
            let feature = i % columns
            if x.isNaN {
                if missing.isEmpty { missing = [Bool](repeating: false, count: matrix.values.count) }
                missing[i] = true
                hasMissing[feature] = true
            } else {
                bins[i] = UInt8(cuts.bin(of: x, feature: feature))
            }
        }
        self.bins = bins
        self.missing = missing
        self.hasMissing = hasMissing
    }

    /// Whether no value at all is missing (the root's gradient sums can then come from one
    /// feature's histogram, as XGBoost takes them).
    var isDense: Bool { missing.isEmpty }
}
