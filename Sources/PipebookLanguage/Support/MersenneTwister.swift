import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's `random.Random`, bit for bit: the MT19937 generator of `_random` with the
/// algorithms of `random.py` (3.11) on top, so that a program seeded alike draws the same
/// numbers, shuffles the same way and samples the same items as under CPython.
///
/// Methods that CPython implements on top of others (`randint` on `randrange` on
/// `randbelow` on `getrandbits`) consume the generator exactly as CPython's do.
public struct MersenneTwister: Sendable {
    private static let stateSize = 624
    private static let shiftSize = 397

    private var words: [UInt32]
    private var index: Int
    /// `gauss` makes two values at a time and keeps the second for its next call.
    private var gaussNext: Double?

    /// A generator seeded from the system's random bytes, as `random.Random()`.
    public init() {
        words = []
        index = 0
        seedFromSystem()
    }

    /// A generator seeded as `random.Random(seed)` for an int seed.
    public init(seed: BigInt) {
        words = []
        index = 0
        self.seed(seed)
    }

    /// `random.seed(value)` for an int: all the bits of its absolute value count.
    ///
    /// For other seeds CPython seeds with an int it derives: a float or another hashable
    /// object gives its `hash()` as an unsigned 64-bit number (`UInt64(bitPattern:)`); a str,
    /// bytes or bytearray gives `int.from_bytes(b + sha512(b).digest())` of its UTF-8 bytes.
    public mutating func seed(_ value: BigInt) {
        let magnitude = value.magnitude
        // The number as 32-bit words, least significant first; zero is one word.
        var key = [UInt32]()
        for word in magnitude.words {
            key.append(UInt32(truncatingIfNeeded: word))
            key.append(UInt32(truncatingIfNeeded: UInt64(word) >> 32))
        }
        let keyLength = magnitude.bitWidth == 0 ? 1 : (magnitude.bitWidth - 1) / 32 + 1
        key = Array(key.prefix(keyLength))
        if key.isEmpty { key = [0] }
        seed(key: key)
    }

    /// `random.seed()`: seeds from the system's random bytes.
    public mutating func seedFromSystem() {
        var generator = SystemRandomNumberGenerator()
        seed(key: (0..<Self.stateSize).map { _ in generator.next() })
    }

    /// MT19937's init_by_array.
    private mutating func seed(key: [UInt32]) {
        let n = Self.stateSize
        words = [UInt32](repeating: 0, count: n)
        words[0] = 19_650_218
        for i in 1..<n {
            words[i] = 1_812_433_253 &* (words[i - 1] ^ (words[i - 1] >> 30)) &+ UInt32(i)
        }
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            words[i] = (words[i] ^ ((words[i - 1] ^ (words[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n {
                words[0] = words[n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            words[i] = (words[i] ^ ((words[i - 1] ^ (words[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n {
                words[0] = words[n - 1]
                i = 1
            }
        }
        words[0] = 0x8000_0000
        index = n
        gaussNext = nil
    }

    /// The next 32 random bits (MT19937's genrand_uint32).
    public mutating func nextUInt32() -> UInt32 {
        let n = Self.stateSize, m = Self.shiftSize
        if index >= n {
            func twist(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
                let y = (upper & 0x8000_0000) | (lower & 0x7FFF_FFFF)
                return far ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            for k in 0..<(n - m) {
                words[k] = twist(words[k], words[k + 1], words[k + m])
            }
            for k in (n - m)..<(n - 1) {
                words[k] = twist(words[k], words[k + 1], words[k + m - n])
            }
            words[n - 1] = twist(words[n - 1], words[0], words[m - 1])
            index = 0
        }
        var y = words[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    public mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864 + b) * (1 / 9_007_199_254_740_992)
    }

    /// `getrandbits(k)`: an int of `k` random bits. Throws ValueError for a negative `k`.
    public mutating func getrandbits(_ k: Int) throws -> BigInt {
        guard k >= 0 else { throw RandomError("number of bits must be non-negative") }
        if k <= 64 { return BigInt(randomBits(k)) }
        // 32-bit words from the least significant up; the last one keeps its top bits.
        var remaining = k
        var halves = [UInt32]()
        while remaining > 0 {
            let word = nextUInt32()
            halves.append(remaining < 32 ? word >> (32 - remaining) : word)
            remaining -= 32
        }
        if halves.count % 2 == 1 { halves.append(0) }
        let words = stride(from: 0, to: halves.count, by: 2).map { UInt(halves[$0]) | UInt(halves[$0 + 1]) << 32 }
        return BigInt(BigUInt(words: words))
    }

    /// `getrandbits(k)` for `k` in 0...64, consuming the generator as CPython does.
    private mutating func randomBits(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> (32 - k)) }
        let low = UInt64(nextUInt32())
        return low | UInt64(nextUInt32() >> (64 - k)) << 32
    }

    /// `_randbelow(n)`: a uniform int in [0, n) by rejection sampling on `n.bit_length()` bits.
    /// `n` must be positive.
    public mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0, "randbelow needs a positive bound")
        let bits = Int.bitWidth - n.leadingZeroBitCount
        var r = randomBits(bits)
        while r >= UInt64(n) { r = randomBits(bits) }
        return Int(r)
    }

    /// `_randbelow(n)` for any positive int.
    public mutating func randbelow(_ n: BigInt) -> BigInt {
        precondition(n.signum() > 0, "randbelow needs a positive bound")
        if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
        let bits = n.magnitude.bitWidth
        var r = try! getrandbits(bits)
        while r >= n { r = try! getrandbits(bits) }
        return r
    }

    /// `randrange(stop)`.
    public mutating func randrange(_ stop: BigInt) throws -> BigInt {
        guard stop.signum() > 0 else { throw RandomError("empty range for randrange()") }
        return randbelow(stop)
    }

    /// `randrange(start, stop, step)`, with CPython's ValueErrors for empty ranges and a zero step.
    public mutating func randrange(_ start: BigInt, _ stop: BigInt, step: BigInt = 1) throws -> BigInt {
        let width = stop - start
        if step == 1 {
            guard width.signum() > 0 else {
                throw RandomError("empty range for randrange() (\(start), \(stop), \(width))")
            }
            return start + randbelow(width)
        }
        let count: BigInt
        switch step.signum() {
        case 1: count = floorDivide(width + step - 1, step)
        case -1: count = floorDivide(width + step + 1, step)
        default: throw RandomError("zero step for randrange()")
        }
        guard count.signum() > 0 else { throw RandomError("empty range for randrange()") }
        return start + step * randbelow(count)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`, errors included.
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        try randrange(a, b + 1)
    }

    /// The index `choice(seq)` picks in a sequence of `count` items. `count` must be positive:
    /// for an empty sequence CPython raises IndexError "Cannot choose from an empty sequence".
    public mutating func choiceIndex(count: Int) -> Int {
        randbelow(count)
    }

    /// `shuffle(x)`: CPython's Fisher-Yates, from the end down.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var i = elements.count - 1
        while i >= 1 {
            elements.swapAt(i, randbelow(i + 1))
            i -= 1
        }
    }

    /// `sample(population, k)` for a population of `populationCount` items: the indices of
    /// the chosen items, in selection order. Like CPython it keeps a pool of the unchosen
    /// when the population is small next to the hash set of chosen ones it would otherwise
    /// need, and the choice of method changes which random numbers are drawn.
    ///
    /// Throws ValueError "Sample larger than population or is negative".
    public mutating func sample(populationCount n: Int, k: Int) throws -> [Int] {
        guard k >= 0 && k <= n else { throw RandomError("Sample larger than population or is negative") }
        var setSize = 21  // size of a small set minus size of an empty list, in CPython's terms
        if k > 5 {
            let exponent = Int((log(Double(k) * 3) / log(4)).rounded(.up))
            setSize = exponent >= 31 ? Int.max : setSize + 1 << (2 * exponent)
        }
        var result = [Int]()
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`, in floats.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        uniform(a, span: b - a)
    }

    /// `a + span * random()`. For int arguments CPython computes `b - a` as an int before
    /// converting it, which is exact where `Double(b) - Double(a)` may not be: a caller with
    /// ints passes that difference as `span`.
    public mutating func uniform(_ a: Double, span: Double) -> Double {
        a + span * random()
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the second value of each pair for the next call.
    public mutating func gauss(mu: Double = 0, sigma: Double = 1) -> Double {
        let z: Double
        if let cached = gaussNext {
            z = cached
            gaussNext = nil
        } else {
            let angle = random() * (2 * Double.pi)
            let radius = sqrt(-2 * log(1 - random()))
            z = cos(angle) * radius
            gaussNext = sin(angle) * radius
        }
        return mu + z * sigma
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of uniforms.
    public mutating func normalvariate(mu: Double = 0, sigma: Double = 1) -> Double {
        let magic = 4 * exp(-0.5) / sqrt(2.0)
        while true {
            let u1 = random()
            let u2 = 1 - random()
            let z = magic * (u1 - 0.5) / u2
            if z * z / 4 <= -log(u2) { return mu + z * sigma }
        }
    }

    /// `expovariate(lambd)`. A zero `lambd` throws ZeroDivisionError "float division by zero",
    /// after drawing the random number as CPython does.
    public mutating func expovariate(_ lambd: Double) throws -> Double {
        let draw = -log(1 - random())
        guard lambd != 0 else { throw RandomError("float division by zero", kind: .zeroDivisionError) }
        return draw / lambd
    }

    /// `getstate()`.
    public func getstate() -> MersenneTwisterState {
        MersenneTwisterState(checkedWords: words, index: index, gaussNext: gaussNext)
    }

    /// `setstate(state)`.
    public mutating func setstate(_ state: MersenneTwisterState) {
        words = state.words
        index = state.index
        gaussNext = state.gaussNext
    }
}

/// The whole state of a `MersenneTwister`, as `random.getstate()` returns it:
/// `(3, (*words, index), gaussNext)` in CPython's terms.
public struct MersenneTwisterState: Equatable, Sendable {
    /// The 624 words of MT19937's state.
    public let words: [UInt32]
    /// How many of `words` have been used, 0...624.
    public let index: Int
    /// The value `gauss` keeps for its next call (`gauss_next`).
    public let gaussNext: Double?

    /// A state from its parts, checked as CPython's `setstate` checks them: ValueError "state
    /// vector is the wrong size" or "invalid state". CPython reads each word as a C unsigned
    /// long and keeps its low 32 bits; the caller does that reading.
    public init(words: [UInt32], index: Int, gaussNext: Double?) throws {
        guard words.count == 624 else { throw RandomError("state vector is the wrong size") }
        guard (0...624).contains(index) else { throw RandomError("invalid state") }
        self.init(checkedWords: words, index: index, gaussNext: gaussNext)
    }

    fileprivate init(checkedWords: [UInt32], index: Int, gaussNext: Double?) {
        self.words = checkedWords
        self.index = index
        self.gaussNext = gaussNext
    }
}

/// An error of the `random` module: `kind` is the Python exception to raise.
public struct RandomError: Error, Equatable, Sendable {
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case zeroDivisionError = "ZeroDivisionError"
    }

    public let kind: Kind
    public let message: String

    public init(_ message: String, kind: Kind = .valueError) {
        self.kind = kind
        self.message = message
    }
}

/// Python's `//` on ints: the quotient rounded toward negative infinity.
private func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
    return !remainder.isZero && (remainder.signum() < 0) != (b.signum() < 0) ? quotient - 1 : quotient
}
