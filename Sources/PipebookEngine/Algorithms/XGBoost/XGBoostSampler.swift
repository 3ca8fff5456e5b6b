/// xgboost 3.2's random draws for `subsample` and `colsample_bytree` on the CPU, so that the
/// same rows and features are drawn for the same `seed`: its updaters' order of draws (hist:
/// src/tree/hist/sampler.cc; exact: src/tree/updater_colmaker.cc; both: src/common/random.h
/// and random.cc), with the C++ standard library's engines and distributions as the GCC 10
/// libstdc++ its wheels are built with implements them.
///
/// The learner seeds a global `std::mt19937` with `seed` (mod 2³²) once per training. Each tree
/// (one per class per round) then gets its rows, then its features:
/// - hist: the updater's first call takes one number from the global engine to seed the
///   column sampler's own mt19937, which samples the columns once before the first tree, a
///   draw no tree uses. Per tree, if fewer than all rows are to be kept, one number from the
///   global engine seeds an engine x ← 16807·x mod 2⁶³ that flips one
///   `std::bernoulli_distribution(subsample)` coin per row, in row order (the threads of a
///   multi-threaded run skip ahead in the same sequence, so the draws do not depend on nthread).
/// - exact: per tree, the coins are flipped with the global engine itself (two numbers a row),
///   and then one more number seeds a new column sampler for the tree.
/// The column sampler shuffles the feature indices and keeps the first
/// max(1, ⌊colsample_bytree × features⌋) of them.
struct XGBoostSampler {
    private var global: MT19937
    /// The column sampler's engine: one for the whole training (hist), or one per tree (exact).
    private var columns: MT19937
    let treeMethod: XGBoostParameters.TreeMethod
    let subsample: Float
    let colsampleByTree: Float

    init(_ parameters: XGBoostParameters, featureCount: Int) {
        treeMethod = parameters.treeMethod
        subsample = Float(parameters.subsample)
        colsampleByTree = Float(parameters.colsampleByTree)
        global = MT19937(seed: UInt32(truncatingIfNeeded: parameters.seed))
        columns = MT19937(seed: 0)
        if treeMethod == .hist {
            columns = MT19937(seed: global.next())
            _ = features(count: featureCount)
        }
    }

    /// The next tree's sample: whether each row is in it, and its features in index order.
    mutating func nextTree(rows: Int, features featureCount: Int) -> (inSample: [Bool], features: [Int]) {
        switch treeMethod {
        case .hist:
            return (histRows(count: rows), features(count: featureCount))
        case .exact:
            let inSample = subsample < 1 ? (0..<rows).map { _ in canonical() < Double(subsample) } : [Bool](repeating: true, count: rows)
            columns = MT19937(seed: global.next())
            return (inSample, features(count: featureCount))
        }
    }

    private mutating func histRows(count: Int) -> [Bool] {
        guard Int(Float(count) * subsample) < count else { return [Bool](repeating: true, count: count) }
        let modulus: UInt64 = 1 << 63
        let seed = UInt64(global.next())
        var x = seed == 0 ? 1 : seed
        let p = Double(subsample)
        return (0..<count).map { _ in
            x = (16807 &* x) & (modulus - 1)
            // generate_canonical<double, 53>: one draw of the engine, whose values run 1 to 2⁶³ - 1.
            return Double(x - 1) / Double(modulus) < p
        }
    }

    /// generate_canonical<double, 53> from the global mt19937: two numbers, the second the high
    /// word, over 2⁶⁴ (kept below 1).
    private mutating func canonical() -> Double {
        let low = Double(global.next()), high = Double(global.next())
        return min((low + high * 4_294_967_296) / 18_446_744_073_709_551_616, 1.0.nextDown)
    }

    /// A tree's features, in index order.
    private mutating func features(count: Int) -> [Int] {
        var all = Array(0..<count)
        guard colsampleByTree != 1 else { return all }
        shuffle(&all)
        return all.prefix(max(1, Int(colsampleByTree * Float(count)))).sorted()
    }

    /// libstdc++'s std::shuffle: while n² fits in the engine's range it draws the swap
    /// positions of two elements at once, from one number in [0, (i + 1)(i + 2)).
    private mutating func shuffle(_ values: inout [Int]) {
        let n = values.count
        guard n > 1 else { return }
        var i = 1
        if UInt64(UInt32.max) / UInt64(n) >= UInt64(n) {
            if n % 2 == 0 {
                values.swapAt(i, Int(uniform(upTo: 1)))
                i += 1
            }
            while i < n {
                let range = UInt64(i + 1)
                let x = uniform(upTo: range * (range + 1) - 1)
                values.swapAt(i, Int(x / (range + 1)))
                values.swapAt(i + 1, Int(x % (range + 1)))
                i += 2
            }
        } else {
            for i in 1..<n { values.swapAt(i, Int(uniform(upTo: UInt64(i)))) }
        }
    }

    /// GCC 10's uniform_int_distribution over 0...bound (bound below 2³² - 1) from mt19937:
    /// numbers past the last whole multiple of the range are redrawn, the rest divided down.
    private mutating func uniform(upTo bound: UInt64) -> UInt64 {
        let scaling = UInt64(UInt32.max) / (bound + 1)
        let past = (bound + 1) * scaling
        var x: UInt64
        repeat { x = UInt64(columns.next()) } while x >= past
        return x / scaling
    }
}

/// C++'s std::mt19937, the 32-bit Mersenne Twister (Matsumoto and Nishimura, 1998), seeded
/// with one number as the standard seeds it. (PipebookLanguage's MersenneTwister is CPython's,
/// seeded through init_by_array, in a module the engine does not depend on.)
struct MT19937 {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    init(seed: UInt32) {
        state[0] = seed
        for i in 1..<624 { state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i) }
    }

    mutating func next() -> UInt32 {
        if index == 624 {
            for k in 0..<624 {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7FFF_FFFF)
                state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        return y ^ (y >> 18)
    }
}
