import BigInt
import Foundation

/// `math`: CPython's functions of real numbers, with its special-value rules and errors.
enum MathModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("math")
        m.value("pi", .float(Double.pi))
        m.value("e", .float(M_E))
        m.value("tau", .float(2 * Double.pi))
        m.value("inf", .float(.infinity))
        m.value("nan", .float(.nan))
        installLibm(m)
        installRounding(m)
        installFloatParts(m)
        installPowersAndLogs(m)
        installIntegers(m)
        installSums(m)
        return m.module
    }

    static let domainError = PyError.valueError("math domain error")
    static let rangeError = PyError.overflow("math range error")

    /// One argument, checked as a METH_O function of the math module.
    private static func single(_ name: String, _ args: Arguments) throws -> Value {
        try args.expect("math.\(name)", min: 1, max: 1)
        return args[0]
    }

    /// A libm function of one argument with CPython's `math_1` error rules: a NaN from a
    /// non-NaN is a domain error; an infinity from a finite argument is an overflow or a
    /// domain error (a singularity).
    private static func function1(_ m: ModuleBuilder, _ name: String, canOverflow: Bool,
                                  _ f: @escaping (Double) -> Double) {
        m.function(name) { interp, args in
            let x = try interp.realArgument(single(name, args))
            let r = f(x)
            if r.isNaN && !x.isNaN { throw domainError }
            if r.isInfinite && x.isFinite { throw canOverflow ? rangeError : domainError }
            return .float(r)
        }
    }

    /// A function of two floats with CPython's `math_2` error rules.
    private static func function2(_ m: ModuleBuilder, _ name: String, _ f: @escaping (Double, Double) -> Double) {
        m.function(name) { interp, args in
            try args.checkPositional(name, min: 2, max: 2, qualifiedName: "math.\(name)")
            let x = try interp.realArgument(args[0]), y = try interp.realArgument(args[1])
            let r = f(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError }
            if r.isInfinite && x.isFinite && y.isFinite { throw rangeError }
            return .float(r)
        }
    }

    private static func installLibm(_ m: ModuleBuilder) {
        let plain: [(String, (Double) -> Double)] = [
            ("acos", Foundation.acos), ("acosh", Foundation.acosh), ("asin", Foundation.asin),
            ("asinh", Foundation.asinh), ("atan", Foundation.atan), ("atanh", Foundation.atanh),
            ("cbrt", Foundation.cbrt), ("cos", Foundation.cos), ("fabs", Swift.abs),
            ("sin", Foundation.sin), ("sqrt", Foundation.sqrt), ("tan", Foundation.tan),
            ("tanh", Foundation.tanh),
            // log1p keeps the sign of a zero argument.
            ("log1p", { $0 == 0 ? $0 : Foundation.log1p($0) }),
        ]
        for (name, f) in plain { function1(m, name, canOverflow: false, f) }
        let overflowing: [(String, (Double) -> Double)] = [
            ("cosh", Foundation.cosh), ("exp", Foundation.exp), ("exp2", Foundation.exp2),
            ("expm1", Foundation.expm1), ("sinh", Foundation.sinh),
        ]
        for (name, f) in overflowing { function1(m, name, canOverflow: true, f) }
        for (name, f) in [("erf", Foundation.erf), ("erfc", Foundation.erfc)] as [(String, (Double) -> Double)] {
            m.function(name) { interp, args in .float(f(try interp.realArgument(single(name, args)))) }
        }
        m.function("gamma") { interp, args in .float(try Gamma.gamma(interp.realArgument(single("gamma", args)))) }
        m.function("lgamma") { interp, args in .float(try Gamma.logGamma(interp.realArgument(single("lgamma", args)))) }
        function2(m, "atan2", Foundation.atan2)
        function2(m, "copysign") { Double(signOf: $1, magnitudeOf: $0) }
        function2(m, "remainder") { x, y in
            if x.isFinite && y.isFinite { return y == 0 ? .nan : x.remainder(dividingBy: y) }
            if x.isNaN { return x }
            if y.isNaN { return y }
            return x.isInfinite ? .nan : x
        }
        m.function("fmod") { interp, args in
            try args.checkPositional("fmod", min: 2, max: 2, qualifiedName: "math.fmod")
            let x = try interp.realArgument(args[0]), y = try interp.realArgument(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError }
            return .float(r)
        }
        m.function("degrees") { interp, args in .float(try interp.realArgument(single("degrees", args)) * (180.0 / Double.pi)) }
        m.function("radians") { interp, args in .float(try interp.realArgument(single("radians", args)) * (Double.pi / 180.0)) }
        m.function("hypot") { interp, args in
            if !args.keywords.isEmpty { throw PyError.typeError("math.hypot() takes no keyword arguments") }
            return .float(VectorNorm.norm(try args.positional.map { abs(try interp.realArgument($0)) }))
        }
        m.function("dist") { interp, args in
            try args.checkPositional("dist", min: 2, max: 2, qualifiedName: "math.dist")
            let p = try interp.iterateToArray(args[0]), q = try interp.iterateToArray(args[1])
            guard p.count == q.count else {
                throw PyError.valueError("both points must have the same number of dimensions")
            }
            var diffs: [Double] = []
            for (a, b) in zip(p, q) { diffs.append(abs(try interp.realArgument(a) - interp.realArgument(b))) }
            return .float(VectorNorm.norm(diffs))
        }
    }

    private static func installRounding(_ m: ModuleBuilder) {
        /// `floor` and `ceil`: ints as they are, then the type's own method, then the float value.
        func rounding(_ name: String, _ special: String, _ rule: FloatingPointRoundingRule) {
            m.function(name) { interp, args in
                let x = try single(name, args)
                switch x {
                case .float(let d): return try Interpreter.integer(fromIntegral: d.rounded(rule))
                case .int, .bool, .object(is PyBigInt): return .int(x.bigIntValue!)
                case .object(let o) where !(o is PyType):
                    if let method = o.type.lookup(special) { return try interp.callValue(interp.bind(method, to: x), Arguments()) }
                default: break
                }
                return try Interpreter.integer(fromIntegral: interp.realArgument(x).rounded(rule))
            }
        }
        rounding("floor", "__floor__", .down)
        rounding("ceil", "__ceil__", .up)
        m.function("trunc") { interp, args in
            let x = try single("trunc", args)
            switch x {
            case .float(let d): return try Interpreter.integer(fromIntegral: d.rounded(.towardZero))
            case .int, .bool, .object(is PyBigInt): return .int(x.bigIntValue!)
            case .object(let o) where !(o is PyType):
                if let method = o.type.lookup("__trunc__") { return try interp.callValue(interp.bind(method, to: x), Arguments()) }
            default: break
            }
            throw PyError.typeError("type \(x.typeName) doesn't define __trunc__ method")
        }
    }

    private static func installFloatParts(_ m: ModuleBuilder) {
        m.function("modf") { interp, args in
            let x = try interp.realArgument(single("modf", args))
            if x.isInfinite { return .object(PyTuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)])) }
            if x.isNaN { return .object(PyTuple([.float(x), .float(x)])) }
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(Double(signOf: x, magnitudeOf: x - whole)), .float(whole)]))
        }
        m.function("frexp") { interp, args in
            let x = try interp.realArgument(single("frexp", args))
            if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
            let e = Int(x.exponent) + 1
            return .object(PyTuple([.float(Double(sign: .plus, exponent: -e, significand: x)), .int(e)]))
        }
        m.function("ldexp") { interp, args in
            try args.checkPositional("ldexp", min: 2, max: 2, qualifiedName: "math.ldexp")
            let x = try interp.realArgument(args[0])
            guard let big = args[1].bigIntValue else {
                throw PyError.typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            // Exponents beyond any double's range saturate: the result overflows or underflows.
            let exponent = Int(clamping: max(min(big, BigInt(1 << 20)), BigInt(-(1 << 20))))
            let r = Double(sign: .plus, exponent: exponent, significand: x)
            if r.isInfinite { throw rangeError }
            return .float(r)
        }
        m.function("isfinite") { interp, args in .bool(try interp.realArgument(single("isfinite", args)).isFinite) }
        m.function("isinf") { interp, args in .bool(try interp.realArgument(single("isinf", args)).isInfinite) }
        m.function("isnan") { interp, args in .bool(try interp.realArgument(single("isnan", args)).isNaN) }
        m.function("isclose") { interp, args in
            let named = try args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, keywordOnly: 2)
            let a = try interp.realArgument(named[0]!), b = try interp.realArgument(named[1]!)
            let relative = try named[2].map(interp.realArgument) ?? 1e-09
            let absolute = try named[3].map(interp.realArgument) ?? 0.0
            if relative < 0 || absolute < 0 { throw PyError.valueError("tolerances must be non-negative") }
            if a == b { return .true }
            if a.isInfinite || b.isInfinite { return .false }
            let diff = abs(b - a)
            return .bool(diff <= abs(relative * b) || diff <= abs(relative * a) || diff <= absolute)
        }
        m.function("nextafter") { interp, args in
            try args.checkPositional("nextafter", min: 2, max: 2, qualifiedName: "math.nextafter")
            return .float(Foundation.nextafter(try interp.realArgument(args[0]), try interp.realArgument(args[1])))
        }
        m.function("ulp") { interp, args in
            var x = try interp.realArgument(single("ulp", args))
            if x.isNaN { return .float(x) }
            x = abs(x)
            if x.isInfinite { return .float(x) }
            let next = x.nextUp
            return .float(next.isInfinite ? x - x.nextDown : next - x)
        }
    }

    private static func installPowersAndLogs(_ m: ModuleBuilder) {
        m.function("pow") { interp, args in
            try args.checkPositional("pow", min: 2, max: 2, qualifiedName: "math.pow")
            return .float(try power(interp.realArgument(args[0]), interp.realArgument(args[1])))
        }
        m.function("log") { interp, args in
            if !args.keywords.isEmpty { throw PyError.typeError("log() takes no keyword arguments") }
            guard (1...2).contains(args.count) else { throw PyError.typeError("math.log requires 1 to 2 arguments") }
            let x = try logarithm(args[0], interp, Foundation.log)
            guard args.count == 2 else { return .float(x) }
            let base = try logarithm(args[1], interp, Foundation.log)
            if base == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / base)
        }
        m.function("log2") { interp, args in .float(try logarithm(single("log2", args), interp, Foundation.log2)) }
        m.function("log10") { interp, args in .float(try logarithm(single("log10", args), interp, Foundation.log10)) }
    }

    /// `math.pow`: IEEE special values decided here, finite cases by libm.
    static func power(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Foundation.fmod(abs(y), 2) == 1
                if y > 0 { return oddY ? x : abs(x) }
                if y == 0 { return 1 }
                return oddY ? Double(signOf: x, magnitudeOf: 0) : 0
            }
            if abs(x) == 1 { return 1 }
            if y > 0 && abs(x) > 1 { return y }
            if y < 0 && abs(x) < 1 { return -y }
            return 0
        }
        let r = Foundation.pow(x, y)
        if r.isNaN { throw domainError }
        if r.isInfinite { throw x == 0 ? domainError : rangeError }
        return r
    }

    /// CPython's `loghelper`: ints of any size (through their binary exponent when too large
    /// for a float), or floats with the special values checked.
    private static func logarithm(_ v: Value, _ interp: Interpreter, _ f: (Double) -> Double) throws -> Double {
        if let big = v.bigIntValue {
            if big.signum() <= 0 { throw domainError }
            if let d = Interpreter.nearestDouble(big) { return f(d) }
            let (mantissa, exponent) = Interpreter.frexp(big)
            return f(mantissa) + f(2.0) * Double(exponent)
        }
        let x = try interp.realArgument(v)
        if x.isNaN { return x }
        if x.isInfinite {
            if x > 0 { return x }
            throw domainError
        }
        if x <= 0 { throw domainError }
        return f(x)
    }

    private static func installIntegers(_ m: ModuleBuilder) {
        m.function("factorial") { interp, args in
            .int(try factorial(interp.indexArgument(single("factorial", args))))
        }
        m.function("gcd") { interp, args in
            if !args.keywords.isEmpty { throw PyError.typeError("math.gcd() takes no keyword arguments") }
            var result = BigInt(0)
            for v in args.positional {
                let x = try interp.indexArgument(v)
                if result != 1 { result = result.greatestCommonDivisor(with: x) }
            }
            return .int(abs(result))
        }
        m.function("lcm") { interp, args in
            if !args.keywords.isEmpty { throw PyError.typeError("math.lcm() takes no keyword arguments") }
            var result = BigInt(1)
            for v in args.positional {
                let x = try interp.indexArgument(v)
                if result == 0 { continue }
                result = x == 0 ? 0 : abs(result / result.greatestCommonDivisor(with: x) * x)
            }
            return .int(result)
        }
        m.function("isqrt") { interp, args in
            let n = try interp.indexArgument(single("isqrt", args))
            if n.sign == .minus { throw PyError.valueError("isqrt() argument must be nonnegative") }
            return .int(BigInt(n.magnitude.squareRoot()))
        }
        m.function("comb") { interp, args in
            try args.checkPositional("comb", min: 2, max: 2, qualifiedName: "math.comb")
            let n = try interp.indexArgument(args[0]), k = try interp.indexArgument(args[1])
            if n.sign == .minus { throw PyError.valueError("n must be a non-negative integer") }
            if k.sign == .minus { throw PyError.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let r = Int(exactly: min(k, n - k)) else {
                throw PyError.overflow("min(n - k, k) must not exceed \(Int.max)")
            }
            // C(n, i+1) = C(n, i) * (n - i) / (i + 1) stays an integer at every step.
            var result = BigInt(1)
            for i in 0..<r { result = result * (n - BigInt(i)) / BigInt(i + 1) }
            return .int(result)
        }
        m.function("perm") { interp, args in
            try args.checkPositional("perm", min: 1, max: 2, qualifiedName: "math.perm")
            let n = try interp.indexArgument(args[0])
            if args.count == 1 || args[1].isNone { return .int(try factorial(n)) }
            let k = try interp.indexArgument(args[1])
            if n.sign == .minus { throw PyError.valueError("n must be a non-negative integer") }
            if k.sign == .minus { throw PyError.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let count = Int(exactly: k) else { throw PyError.overflow("k must not exceed \(Int.max)") }
            return .int(product(of: n - BigInt(count) + 1, through: n))
        }
    }

    static func factorial(_ n: BigInt) throws -> BigInt {
        if n.sign == .minus { throw PyError.valueError("factorial() not defined for negative values") }
        guard n <= BigInt(Int.max) else {
            throw PyError.overflow("factorial() argument should not exceed \(Int.max)")
        }
        return n < 2 ? 1 : product(of: 1, through: n)
    }

    /// `low * (low + 1) * ... * high`, multiplied in balanced halves so big factors meet late.
    static func product(of low: BigInt, through high: BigInt) -> BigInt {
        if low > high { return 1 }
        let count = high - low
        if count < 16 {
            var result = low
            var i = low + 1
            while i <= high { result *= i; i += 1 }
            return result
        }
        let mid = low + count / 2
        return product(of: low, through: mid) * product(of: mid + 1, through: high)
    }

    private static func installSums(_ m: ModuleBuilder) {
        m.function("fsum") { interp, args in
            .float(try exactSum(interp.iterate(single("fsum", args)), interp))
        }
        m.function("prod") { interp, args in
            if args.count != 1 { throw PyError.typeError("prod() takes exactly 1 positional argument (\(args.count) given)") }
            let start = try args.keywordOnly(["start"], function: "prod")["start"] ?? .int(1)
            let it = try interp.iterate(args[0])
            var result = start
            while let item = try it.next() {
                result = try interp.binary(.mul, result, item)
                try interp.checkInterrupt()
            }
            return result
        }
    }

    /// Shewchuk's exact summation with CPython's special-value handling and final
    /// half-even correction.
    static func exactSum(_ it: PyIterator, _ interp: Interpreter) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        while let item = try it.next() {
            var x = try interp.realArgument(item)
            let original = x
            var kept = 0
            for j in partials.indices {
                var y = partials[j]
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[kept] = lo
                    kept += 1
                }
                x = hi
            }
            partials.removeSubrange(kept...)
            if x != 0 {
                if !x.isFinite {
                    // Either a special value was summed or the partial sums overflowed.
                    if original.isFinite { throw PyError.overflow("intermediate overflow in fsum") }
                    if original.isInfinite { infSum += original }
                    specialSum += original
                    partials.removeAll()
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyError.valueError("-inf + inf in fsum") }
            return specialSum
        }
        guard var n = partials.indices.last else { return 0 }
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            n -= 1
            let x = hi, y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }
}

/// CPython's accurate Euclidean norm for `hypot` and `dist`: lossless power-of-two scaling,
/// Veltkamp-Dekker squaring, compensated summation and a differential square-root correction.
enum VectorNorm {
    /// `values` are absolute values.
    static func norm(_ values: [Double]) -> Double {
        var maximum = 0.0
        var foundNaN = false
        for x in values {
            foundNaN = foundNaN || x.isNaN
            if x > maximum { maximum = x }
        }
        if maximum.isInfinite { return maximum }
        if foundNaN { return .nan }
        if maximum == 0 || values.count <= 1 { return maximum }
        let maxExponent = Int(maximum.exponent) + 1
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
        func accumulate(_ x: Double, into frac: inout Double) {
            let old = csum
            csum += x
            frac += (old - csum) + x
        }
        guard maxExponent >= -1023 else {
            // The scale factor would overflow: divide by the maximum instead.
            for value in values {
                let x = value / maximum
                accumulate(x * x, into: &frac1)
            }
            return maximum * (csum - 1.0 + frac1).squareRoot()
        }
        let scale = Double(sign: .plus, exponent: -maxExponent, significand: 1)
        let splitter = 134217729.0
        for value in values {
            let x = value * scale
            let t = x * splitter
            let hi = t - (t - x)
            let lo = x - hi
            accumulate(hi * hi, into: &frac1)
            accumulate(2.0 * hi * lo, into: &frac2)
            frac3 += lo * lo
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
        let t = h * splitter
        let hi = t - (t - h)
        let lo = h - hi
        accumulate(-hi * hi, into: &frac1)
        accumulate(-2.0 * hi * lo, into: &frac2)
        accumulate(-lo * lo, into: &frac3)
        let x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    }
}

/// CPython's own gamma and log-gamma (Lanczos approximation, N = 13, g ≈ 6.02468), used in
/// preference to libm so the results agree with CPython's to the bit.
enum Gamma {
    private static let g = 6.024680040776729583740234375
    private static let gMinusHalf = 5.524680040776729583740234375
    private static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// The coefficients of x(x+1)...(x+11).
    private static let denominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]
    private static let logPi = 1.144729885849400174143427351353058711647

    private static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        // For large x the rational function is evaluated in 1/x to avoid overflow.
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(pi * x), exact at integers and half-integers.
    private static func sinPi(_ x: Double) -> Double {
        let y = Foundation.fmod(abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded()) {
        case 0: r = Foundation.sin(Double.pi * y)
        case 1: r = Foundation.cos(Double.pi * (y - 0.5))
        case 2: r = Foundation.sin(Double.pi * (1.0 - y))
        case 3: r = -Foundation.cos(Double.pi * (y - 1.5))
        default: r = Foundation.sin(Double.pi * (y - 2.0))
        }
        return Double(signOf: x, magnitudeOf: 1.0) * r
    }

    static func gamma(_ x: Double) throws -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw MathModule.domainError
        }
        if x == 0 { throw MathModule.domainError }
        if x == x.rounded(.down) {
            if x < 0 { throw MathModule.domainError }
            if x <= 23 {
                var r = 1.0
                var i = 2.0
                while i < x { r *= i; i += 1 }
                return r
            }
        }
        let absx = abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw MathModule.rangeError }
            return r
        }
        if absx > 200.0 {
            if x < 0 { return 0.0 / sinPi(x) }
            throw MathModule.rangeError
        }
        let y = absx + gMinusHalf
        // The rounding error of y, to correct the result by.
        var z = absx > gMinusHalf ? (y - absx) - gMinusHalf : (y - gMinusHalf) - absx
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absx) / absx * Foundation.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140.0 {
                r /= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtPow = Foundation.pow(y, absx / 2.0 - 0.25)
                r /= sqrtPow
                r /= sqrtPow
            }
        } else {
            r = lanczosSum(absx) / Foundation.exp(y)
            r += z * r
            if absx < 140.0 {
                r *= Foundation.pow(y, absx - 0.5)
            } else {
                let sqrtPow = Foundation.pow(y, absx / 2.0 - 0.25)
                r *= sqrtPow
                r *= sqrtPow
            }
        }
        if r.isInfinite { throw MathModule.rangeError }
        return r
    }

    static func logGamma(_ x: Double) throws -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2.0 {
            if x <= 0 { throw MathModule.domainError }
            return 0.0
        }
        let absx = abs(x)
        if absx < 1e-20 { return -Foundation.log(absx) }
        var r = Foundation.log(lanczosSum(absx)) - g
        r += (absx - 0.5) * (Foundation.log(absx + g - 0.5) - 1)
        if x < 0 {
            r = logPi - Foundation.log(abs(sinPi(absx))) - Foundation.log(absx) - r
        }
        if r.isInfinite { throw MathModule.rangeError }
        return r
    }
}
