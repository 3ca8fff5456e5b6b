import BigInt
import Foundation
import PipebookDigests

/// `random`: the module functions are the methods of a hidden `Random` instance, as in CPython;
/// `random.Random` makes independent generators. Numbers come from `MersenneTwister`, CPython's
/// generator and algorithms, so seeded programs draw what they draw under CPython.
enum RandomModule {
    static let functions = ["seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
                            "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
                            "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
                            "setstate", "getrandbits", "randbytes"]

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("random")
        m.value("Random", .object(RandomObject.type))
        let instance = Value.object(RandomObject(MersenneTwister()))
        for name in functions {
            m.value(name, try interp.getAttribute(instance, name))
        }
        return m.module
    }
}

/// A `random.Random` instance: its own generator state.
final class RandomObject: PyObject {
    var generator: MersenneTwister

    init(_ generator: MersenneTwister) {
        self.generator = generator
    }

    override var type: PyType { RandomObject.type }

    static let type: PyType = {
        let t = PyType(name: "Random", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "random") { interp, _, args in
            try args.expect("Random", min: 0, max: 1)
            let r = RandomObject(MersenneTwister())
            try r.seed(args.positional.first ?? .none, version: .int(2), interp)
            return .object(r)
        }
        installGenerator(t)
        installIntegers(t)
        installSequences(t)
        installDistributions(t)
        return t
    }()

    /// A method taking the arguments after the receiver, bound as `Random.name()` is in CPython.
    private static func method(_ t: PyType, _ name: String, _ parameters: [String], required: Int,
                               keywordOnly: [String] = [],
                               _ body: @escaping (RandomObject, [Value?], Interpreter) throws -> Value) {
        t.method(name) { interp, args in
            guard let r = args.positional.first?.as(RandomObject.self) else {
                throw PyError.typeError("descriptor '\(name)' requires a 'random.Random' object")
            }
            let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
            return try body(r, try rest.pythonParameters("Random.\(name)", parameters, required: required, keywordOnly: keywordOnly), interp)
        }
    }

    private static func pyError(_ e: RandomError) -> PyError {
        switch e.kind {
        case .valueError: return PyError.valueError(e.message)
        case .zeroDivisionError: return PyError.zeroDivision(e.message)
        }
    }

    /// `seed(a, version)`, with random.py's treatment of each type of seed.
    func seed(_ a: Value, version: Value, _ interp: Interpreter) throws {
        switch a {
        case .none:
            generator.seedFromSystem()
        case .int, .bool, .object(is PyBigInt):
            generator.seed(a.bigIntValue!)
        case .object(let o) where o is PyStr || o is PyBytes:
            let bytes = (o as? PyStr).map { Array($0.value.utf8) } ?? (o as! PyBytes).bytes
            if try interp.equals(version, .int(1)) {
                generator.seed(Self.versionOneSeed(o is PyStr ? (o as! PyStr).scalars.map(\.value) : bytes.map(UInt32.init)))
            } else if try interp.equals(version, .int(2)) {
                generator.seed(BigInt(BigUInt(Data(bytes + SHA512.digest(bytes)))))
            } else {
                generator.seed(BigInt(UInt(bitPattern: try interp.hash(a))))
            }
        case .float:
            generator.seed(BigInt(UInt(bitPattern: try interp.hash(a))))
        default:
            throw PyError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
    }

    /// random.py's version-1 seeding of strings: a hash of their characters.
    private static func versionOneSeed(_ characters: [UInt32]) -> BigInt {
        var x: UInt64 = characters.first.map { UInt64($0) << 7 } ?? 0
        for c in characters { x = (1_000_003 &* x) ^ UInt64(c) }
        x ^= UInt64(characters.count)
        let signed = Int64(bitPattern: x)
        return BigInt(signed == -1 ? -2 : signed)
    }

    private static func installGenerator(_ t: PyType) {
        method(t, "seed", ["a", "version"], required: 0) { r, a, interp in
            try r.seed(a[0] ?? .none, version: a[1] ?? .int(2), interp)
            return .none
        }
        method(t, "random", [], required: 0) { r, _, _ in .float(r.generator.random()) }
        method(t, "getrandbits", ["k"], required: 1) { r, a, interp in
            do {
                return .int(try r.generator.getrandbits(interp.smallIndexArgument(a[0]!)))
            } catch let e as RandomError {
                throw pyError(e)
            }
        }
        method(t, "randbytes", ["n"], required: 1) { r, a, interp in
            let n = try interp.smallIndexArgument(a[0]!)
            let bits: BigInt
            do {
                bits = try r.generator.getrandbits(n * 8)
            } catch let e as RandomError {
                throw pyError(e)
            }
            let magnitude = bits.magnitude
            return .object(PyBytes((0..<n).map { UInt8(truncatingIfNeeded: magnitude >> ($0 * 8)) }))
        }
        method(t, "getstate", [], required: 0) { r, _, _ in
            let state = r.generator.getstate()
            let vector = state.words.map { Value.int(Int($0)) } + [.int(state.index)]
            return .object(PyTuple([.int(3), .object(PyTuple(vector)), state.gaussNext.map { .float($0) } ?? .none]))
        }
        method(t, "setstate", ["state"], required: 1) { r, a, interp in
            let state = a[0]!
            let version = try interp.getItem(state, .int(0))
            guard try interp.equals(version, .int(3)) || interp.equals(version, .int(2)) else {
                throw PyError.valueError("state with version \(try interp.str(version)) passed to Random.setstate() of version 3")
            }
            let parts = try interp.iterateToArray(state)
            guard parts.count == 3 else {
                throw PyError.valueError("\(parts.count > 3 ? "too many" : "not enough") values to unpack (expected 3, got \(parts.count))")
            }
            guard let vector = parts[1].as(PyTuple.self) else { throw PyError.typeError("state vector must be a tuple") }
            guard vector.items.count == 625 else { throw PyError.valueError("state vector is the wrong size") }
            let words = try vector.items.dropLast().map { v -> UInt32 in
                let n = try interp.indexArgument(v)
                // Version 2 saved the words as signed ints.
                return UInt32(truncatingIfNeeded: Int64(truncatingIfNeeded: n.sign == .minus ? n + (BigInt(1) << 32) : n))
            }
            let gaussNext: Double? = parts[2].isNone ? nil : try interp.realArgument(parts[2])
            do {
                r.generator.setstate(try MersenneTwisterState(words: words, index: interp.smallIndexArgument(vector.items[624]),
                                                              gaussNext: gaussNext))
            } catch let e as RandomError {
                throw pyError(e)
            }
            return .none
        }
    }

    /// An int argument of randrange: an index, or an integral float (which CPython still takes).
    private static func rangeBound(_ v: Value, _ what: String, _ interp: Interpreter) throws -> BigInt {
        if let i = v.bigIntValue { return i }
        if case .object(let o) = v, o.type.lookup("__index__") != nil { return try interp.indexArgument(v) }
        let whole = try interp.toInt(v)
        if try !interp.equals(whole, v) { throw PyError.valueError("non-integer \(what) for randrange()") }
        return whole.bigIntValue!
    }

    private static func randrange(_ r: RandomObject, _ start: Value, _ stop: Value?, _ step: Value?, _ interp: Interpreter) throws -> Value {
        let first = try rangeBound(start, "arg 1", interp)
        do {
            guard let stop, !stop.isNone else {
                if step != nil { throw PyError.typeError("Missing a non-None stop argument") }
                return .int(try r.generator.randrange(first))
            }
            let last = try rangeBound(stop, "stop", interp)
            let increment = try step.map { try rangeBound($0, "step", interp) } ?? 1
            return .int(try r.generator.randrange(first, last, step: increment))
        } catch let e as RandomError {
            throw pyError(e)
        }
    }

    private static func installIntegers(_ t: PyType) {
        method(t, "randrange", ["start", "stop", "step"], required: 1) { r, a, interp in
            try randrange(r, a[0]!, a[1], a[2], interp)
        }
        method(t, "randint", ["a", "b"], required: 2) { r, a, interp in
            try randrange(r, a[0]!, interp.binary(.add, a[1]!, .int(1)), nil, interp)
        }
    }

    /// `randbelow(n)` for a count of items.
    private func below(_ n: Int) -> Int { generator.randbelow(n) }

    private static func installSequences(_ t: PyType) {
        method(t, "choice", ["seq"], required: 1) { r, a, interp in
            let n = try interp.length(a[0]!)
            if n == 0 { throw PyError.indexError("Cannot choose from an empty sequence") }
            return try interp.getItem(a[0]!, .int(r.below(n)))
        }
        method(t, "shuffle", ["x"], required: 1) { r, a, interp in
            if let list = a[0]!.as(PyList.self), list.subclass == nil {
                r.generator.shuffle(&list.items)
                return .none
            }
            var i = try interp.length(a[0]!) - 1
            while i >= 1 {
                let j = r.below(i + 1)
                let (x, y) = (try interp.getItem(a[0]!, .int(i)), try interp.getItem(a[0]!, .int(j)))
                try interp.setItem(a[0]!, .int(i), y)
                try interp.setItem(a[0]!, .int(j), x)
                i -= 1
            }
            return .none
        }
        method(t, "sample", ["population", "k", "counts"], required: 2, keywordOnly: ["counts"]) { r, a, interp in
            try sample(r, a[0]!, a[1]!, a[2], interp)
        }
        method(t, "choices", ["population", "weights", "cum_weights", "k"], required: 1, keywordOnly: ["cum_weights", "k"]) { r, a, interp in
            try choices(r, a[0]!, weights: a[1], cumulative: a[2], k: a[3] ?? .int(1), interp)
        }
    }

    private static func sample(_ r: RandomObject, _ population: Value, _ kValue: Value, _ counts: Value?, _ interp: Interpreter) throws -> Value {
        guard case .object(let o) = population, o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyBytes else {
            throw PyError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try interp.length(population)
        if let counts, !counts.isNone {
            var cumulative: [Value] = []
            var total: Value?
            for c in try interp.iterateToArray(counts) {
                total = try total.map { try interp.binary(.add, $0, c) } ?? c
                cumulative.append(total!)
            }
            if cumulative.count != n { throw PyError.valueError("The number of counts does not match the population") }
            guard let last = cumulative.popLast() else { throw PyError.indexError("pop from empty list") }
            guard let sum = last.bigIntValue else { throw PyError.typeError("Counts must be integers") }
            if sum.signum() <= 0 { throw PyError.valueError("Total of counts must be greater than zero") }
            guard let totalCount = Int(exactly: sum) else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
            let selections = try r.sampleIndices(totalCount, kValue, interp)
            return .object(PyList(try selections.map { s in
                let position = try cumulative.firstIndex { try interp.lessThan(.int(s), $0) } ?? cumulative.count
                return try interp.getItem(population, .int(position))
            }))
        }
        let indices = try r.sampleIndices(n, kValue, interp)
        return .object(PyList(try indices.map { try interp.getItem(population, .int($0)) }))
    }

    private func sampleIndices(_ n: Int, _ kValue: Value, _ interp: Interpreter) throws -> [Int] {
        let k = try interp.smallIndexArgument(kValue)
        do {
            return try generator.sample(populationCount: n, k: k)
        } catch let e as RandomError {
            throw RandomObject.pyError(e)
        }
    }

    private static func choices(_ r: RandomObject, _ population: Value, weights: Value?, cumulative: Value?, k kValue: Value,
                                _ interp: Interpreter) throws -> Value {
        let n = try interp.length(population)
        let weights = weights.flatMap { $0.isNone ? nil : $0 }
        var cumulativeWeights = cumulative.flatMap { $0.isNone ? nil : $0 }
        if cumulativeWeights == nil {
            guard let weights else {
                let count = try interp.smallIndexArgument(kValue)
                return .object(PyList(try (0..<max(count, 0)).map { _ in
                    try interp.getItem(population, .int(Int((r.generator.random() * Double(n)).rounded(.down))))
                }))
            }
            if weights.bigIntValue != nil && !weights.isBool {
                throw PyError.typeError("The number of choices must be a keyword argument: k=\(try interp.repr(weights))")
            }
            var running: Value?
            var sums: [Value] = []
            for w in try interp.iterateToArray(weights) {
                running = try running.map { try interp.binary(.add, $0, w) } ?? w
                sums.append(running!)
            }
            cumulativeWeights = .object(PyList(sums))
        } else if weights != nil {
            throw PyError.typeError("Cannot specify both weights and cumulative weights")
        }
        let sums = try interp.iterateToArray(cumulativeWeights!)
        if sums.count != n { throw PyError.valueError("The number of weights does not match the population") }
        guard let lastSum = sums.last else { throw PyError.indexError("list index out of range") }
        let totalValue = try interp.binary(.add, lastSum, .float(0))
        guard case .float(let total) = totalValue else { throw PyError.typeError("unsupported weights") }
        if total <= 0 { throw PyError.valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw PyError.valueError("Total of weights must be finite") }
        let count = try interp.smallIndexArgument(kValue)
        var result: [Value] = []
        for _ in 0..<max(count, 0) {
            // bisect_right over the cumulative weights, searching indices 0..<n-1.
            let x = Value.float(r.generator.random() * total)
            var low = 0, high = n - 1
            while low < high {
                let mid = (low + high) / 2
                if try interp.lessThan(x, sums[mid]) { high = mid } else { low = mid + 1 }
            }
            result.append(try interp.getItem(population, .int(low)))
        }
        return .object(PyList(result))
    }

    private static func installDistributions(_ t: PyType) {
        method(t, "uniform", ["a", "b"], required: 2) { r, a, interp in
            let span = try interp.binary(.sub, a[1]!, a[0]!)
            return try interp.binary(.add, a[0]!, interp.binary(.mul, span, .float(r.generator.random())))
        }
        method(t, "triangular", ["low", "high", "mode"], required: 0) { r, a, interp in
            var low = a[0] ?? .float(0), high = a[1] ?? .float(1)
            var u = r.generator.random()
            var c: Double
            do {
                if let mode = a[2], !mode.isNone {
                    c = try interp.realArgument(interp.binary(.div, interp.binary(.sub, mode, low), interp.binary(.sub, high, low)))
                } else {
                    c = 0.5
                }
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.zeroDivisionError) {
                return low
            }
            if u > c {
                u = 1 - u
                c = 1 - c
                swap(&low, &high)
            }
            return try interp.binary(.add, low, interp.binary(.mul, interp.binary(.sub, high, low), .float((u * c).squareRoot())))
        }
        method(t, "gauss", ["mu", "sigma"], required: 0) { r, a, interp in
            let z = r.generator.gauss()
            return try interp.binary(.add, a[0] ?? .float(0), interp.binary(.mul, .float(z), a[1] ?? .float(1)))
        }
        method(t, "normalvariate", ["mu", "sigma"], required: 0) { r, a, interp in
            let z = r.generator.normalvariate()
            return try interp.binary(.add, a[0] ?? .float(0), interp.binary(.mul, .float(z), a[1] ?? .float(1)))
        }
        method(t, "lognormvariate", ["mu", "sigma"], required: 2) { r, a, interp in
            let z = r.generator.normalvariate()
            let x = try interp.realArgument(interp.binary(.add, a[0]!, interp.binary(.mul, .float(z), a[1]!)))
            let result = Foundation.exp(x)
            if result.isInfinite && x.isFinite { throw MathModule.rangeError }
            return .float(result)
        }
        method(t, "expovariate", ["lambd"], required: 1) { r, a, interp in
            try interp.binary(.div, .float(-Foundation.log(1 - r.generator.random())), a[0]!)
        }
        method(t, "paretovariate", ["alpha"], required: 1) { r, a, interp in
            let u = 1 - r.generator.random()
            return try interp.binary(.pow, .float(u), interp.binary(.div, .float(-1), a[0]!))
        }
        method(t, "weibullvariate", ["alpha", "beta"], required: 2) { r, a, interp in
            let u = 1 - r.generator.random()
            let scaled = try interp.binary(.pow, .float(-Foundation.log(u)), interp.binary(.div, .float(1), a[1]!))
            return try interp.binary(.mul, a[0]!, scaled)
        }
        method(t, "vonmisesvariate", ["mu", "kappa"], required: 2) { r, a, interp in
            .float(r.vonMises(mu: try interp.realArgument(a[0]!), kappa: try interp.realArgument(a[1]!)))
        }
        method(t, "gammavariate", ["alpha", "beta"], required: 2) { r, a, interp in
            .float(try r.gamma(alpha: interp.realArgument(a[0]!), beta: interp.realArgument(a[1]!)))
        }
        method(t, "betavariate", ["alpha", "beta"], required: 2) { r, a, interp in
            let y = try r.gamma(alpha: interp.realArgument(a[0]!), beta: 1)
            if y == 0 { return .float(0) }
            return .float(y / (y + (try r.gamma(alpha: interp.realArgument(a[1]!), beta: 1))))
        }
    }

    /// random.py's `vonmisesvariate`.
    private func vonMises(mu: Double, kappa: Double) -> Double {
        let twoPi = 2 * Double.pi
        if kappa <= 1e-6 { return twoPi * generator.random() }
        let s = 0.5 / kappa
        let r = s + (1 + s * s).squareRoot()
        var z: Double
        while true {
            let u1 = generator.random()
            z = Foundation.cos(Double.pi * u1)
            let d = z / (r + z)
            let u2 = generator.random()
            if u2 < 1 - d * d || u2 <= (1 - d) * Foundation.exp(d) { break }
        }
        let q = 1 / r
        let f = (q + z) / (1 + q * z)
        let angle = generator.random() > 0.5 ? mu + Foundation.acos(f) : mu - Foundation.acos(f)
        return pythonModulo(angle, twoPi)
    }

    /// Python's float `%`: the result takes the divisor's sign.
    private func pythonModulo(_ x: Double, _ y: Double) -> Double {
        var r = Foundation.fmod(x, y)
        if r != 0 {
            if (r < 0) != (y < 0) { r += y }
        } else {
            r = Double(signOf: y, magnitudeOf: 0)
        }
        return r
    }

    /// random.py's `gammavariate`: Cheng's method above 1, Ahrens-Dieter's below.
    private func gamma(alpha: Double, beta: Double) throws -> Double {
        if alpha <= 0 || beta <= 0 { throw PyError.valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1 {
            let inverse = (2 * alpha - 1).squareRoot()
            let bbb = alpha - Foundation.log(4.0), ccc = alpha + inverse
            let magic = 1 + Foundation.log(4.5)
            while true {
                let u1 = generator.random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1 - generator.random()
                let v = Foundation.log(u1 / (1 - u1)) / inverse
                let x = alpha * Foundation.exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + magic - 4.5 * z >= 0 || r >= Foundation.log(z) { return x * beta }
            }
        }
        if alpha == 1 { return -Foundation.log(1 - generator.random()) * beta }
        let e = M_E
        while true {
            let u = generator.random()
            let b = (e + alpha) / e
            let p = b * u
            let x = p <= 1 ? Foundation.pow(p, 1 / alpha) : -Foundation.log((b - p) / alpha)
            let u1 = generator.random()
            if p > 1 {
                if u1 <= Foundation.pow(x, alpha - 1) { return x * beta }
            } else if u1 <= Foundation.exp(-x) {
                return x * beta
            }
        }
    }
}

extension Value {
    fileprivate var isBool: Bool {
        if case .bool = self { return true }
        return false
    }
}
