import Foundation

/// numpy's legacy `RandomState`: MT19937 seeded as `np.random.seed(n)` seeds it, with the
/// legacy algorithms for doubles, normals and bounded integers, so that `np.random.seed(42)`
/// followed by `permutation`, `shuffle`, `rand`, `randn` or `randint` gives numpy's numbers.
/// (scikit-learn's `random_state=` and pandas' `sample(random_state=)` use this generator.)
struct LegacyRandom {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 624
    private var cachedGauss: Double?

    init(seed: UInt32) {
        mt[0] = seed
        for i in 1..<624 {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// A generator seeded from the system's entropy, as `np.random.seed()` without an argument.
    init() {
        self.init(seed: UInt32.random(in: 0...UInt32.max))
    }

    mutating func nextUInt32() -> UInt32 {
        if index >= 624 { twist() }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        for i in 0..<624 {
            let y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff)
            mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908b0df : 0)
        }
        index = 0
    }

    mutating func nextUInt64() -> UInt64 {
        UInt64(nextUInt32()) << 32 | UInt64(nextUInt32())
    }

    /// A double in [0, 1) from 53 random bits (`random_sample`).
    mutating func nextDouble() -> Double {
        let a = nextUInt32() >> 5, b = nextUInt32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) / 9007199254740992.0
    }

    /// A standard normal value by the polar method, which makes two at a time (`legacy_gauss`).
    mutating func nextGauss() -> Double {
        if let g = cachedGauss {
            cachedGauss = nil
            return g
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * nextDouble() - 1
            x2 = 2 * nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * Foundation.log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// An integer in 0...max by masked rejection (`random_interval`, and the masked bounded
    /// integers of `randint`).
    mutating func nextInterval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4
        mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        if max <= 0xffffffff {
            while true {
                let v = UInt64(nextUInt32()) & mask
                if v <= max { return v }
            }
        }
        while true {
            let v = nextUInt64() & mask
            if v <= max { return v }
        }
    }

    /// Shuffles in place as `RandomState.shuffle` does (Fisher–Yates from the end).
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(nextInterval(UInt64(i)))
            items.swapAt(i, j)
        }
    }
}
