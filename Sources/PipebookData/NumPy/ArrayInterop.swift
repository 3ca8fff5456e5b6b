import PipebookLanguage

/// The small public face of `_numpy`'s buffers for native modules of later layers (the
/// bridge's `_xgboost`): read a buffer's numbers, make a float64 buffer. stdlib wraps a buffer
/// into an ndarray with `numpy._ndarray._wrap`.
public enum ArrayInterop {
    /// The shape and the elements (as doubles, row-major) of a `_numpy` buffer of float64,
    /// int64 or bool; nil for anything else (an object array, not a buffer).
    public static func doubles(_ value: Value) -> (shape: [Int], values: [Double])? {
        guard let a = value.as(NDArray.self), let values = a.data.doubles else { return nil }
        return (a.shape, values)
    }

    /// A new float64 buffer of `shape` (one or two dimensions) holding `values`, row-major.
    public static func buffer(_ values: [Double], shape: [Int]) -> Value {
        precondition(shape.reduce(1, *) == values.count, "the values do not fill the shape")
        return .object(NDArray(.float(values), shape: shape))
    }
}
