/// numpy's summation of doubles, reproduced exactly so sums, means and variances match it to
/// the last bit: pairwise over a contiguous run (`pairwise_sum_DOUBLE`), and — when the input
/// is cast from another type — run over numpy's 8192-element buffers one after the other.
enum PairwiseSum {
    static let blockSize = 128
    static let bufferSize = 8192

    static func sum(_ a: UnsafeBufferPointer<Double>) -> Double {
        sum(a.baseAddress!, a.count)
    }

    static func sum(_ a: [Double]) -> Double {
        if a.isEmpty { return 0 }
        return a.withUnsafeBufferPointer { sum($0) }
    }

    /// The sum of `a` after a cast to double: numpy casts through buffers and adds each
    /// buffer's pairwise sum to the running total.
    static func sumOfCast(_ a: [Double]) -> Double {
        var total = 0.0
        var start = 0
        a.withUnsafeBufferPointer { p in
            while start < a.count {
                let n = min(bufferSize, a.count - start)
                total += sum(p.baseAddress! + start, n)
                start += n
            }
        }
        return total
    }

    static func sum(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var res = 0.0
            for i in 0..<n { res += a[i] }
            return res
        }
        if n <= blockSize {
            var r = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
            var i = 8
            while i < n - (n % 8) {
                r.0 += a[i]; r.1 += a[i + 1]; r.2 += a[i + 2]; r.3 += a[i + 3]
                r.4 += a[i + 4]; r.5 += a[i + 5]; r.6 += a[i + 6]; r.7 += a[i + 7]
                i += 8
            }
            var res = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n {
                res += a[i]
                i += 1
            }
            return res
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return sum(a, n2) + sum(a + n2, n - n2)
    }
}
