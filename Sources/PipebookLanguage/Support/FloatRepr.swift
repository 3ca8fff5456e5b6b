// TEMPORARY placeholder until the format branch lands.
public func pythonFloatRepr(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    var s = "\(x)"
    if !s.contains(".") && !s.contains("e") { s += ".0" }
    return s
}
