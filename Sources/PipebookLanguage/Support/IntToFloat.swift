import BigInt

/// `float(value)` for a Python int: the nearest double, ties to even, as CPython rounds.
/// Throws OverflowError "int too large to convert to float" when that would be infinite.
public func pythonIntToDouble(_ value: BigInt) throws -> Double {
    if let small = Int(exactly: value) { return Double(small) }
    let magnitude = value.magnitude
    let bitWidth = magnitude.bitWidth
    // Keep the top 64 bits and fold everything below into a sticky lowest bit: 64 bits hold
    // the 53 that survive plus enough guard bits for the hardware conversion to round once,
    // correctly.
    let shift = bitWidth - 64
    var top = UInt64(magnitude >> shift)
    if magnitude.trailingZeroBitCount < shift { top |= 1 }
    let result = Double(sign: value.sign == .minus ? .minus : .plus, exponent: shift,
                        significand: Double(top))
    guard result.isFinite else {
        throw FormatError("int too large to convert to float", kind: .overflowError)
    }
    return result
}
