import PipebookLanguage

/// numpy's element types that Pipebook supports (`object` holds Python values, strings mostly).
enum DType: String {
    case float64, int64, bool, object
}

/// The elements of an array, in row-major order, one Swift array per element type so the
/// loops over them run on unboxed numbers.
enum ArrayData {
    case float([Double])
    case int([Int])
    case bool([Bool])
    case object([Value])

    var dtype: DType {
        switch self {
        case .float: return .float64
        case .int: return .int64
        case .bool: return .bool
        case .object: return .object
        }
    }

    var count: Int {
        switch self {
        case .float(let a): return a.count
        case .int(let a): return a.count
        case .bool(let a): return a.count
        case .object(let a): return a.count
        }
    }

    /// The elements as doubles (bools and ints converted), for arithmetic on floats.
    var doubles: [Double]? {
        switch self {
        case .float(let a): return a
        case .int(let a): return a.map(Double.init)
        case .bool(let a): return a.map { $0 ? 1 : 0 }
        case .object: return nil
        }
    }

    /// The elements as ints (bools converted), for integer arithmetic.
    var ints: [Int]? {
        switch self {
        case .int(let a): return a
        case .bool(let a): return a.map { $0 ? 1 : 0 }
        default: return nil
        }
    }

    /// Element `i` as a Python value (numpy's scalars print as these do).
    func element(_ i: Int) -> Value {
        switch self {
        case .float(let a): return .float(a[i])
        case .int(let a): return .int(a[i])
        case .bool(let a): return .bool(a[i])
        case .object(let a): return a[i]
        }
    }

    /// The elements at `indices`, in that order.
    func gather(_ indices: [Int]) -> ArrayData {
        switch self {
        case .float(let a): return .float(indices.map { a[$0] })
        case .int(let a): return .int(indices.map { a[$0] })
        case .bool(let a): return .bool(indices.map { a[$0] })
        case .object(let a): return .object(indices.map { a[$0] })
        }
    }
}

/// The storage behind a Python `numpy.ndarray`: a one- or two-dimensional array, always
/// contiguous and row-major. stdlib/numpy's `ndarray` class wraps one of these.
final class NDArray: PyObject {
    static let pyType = PyType(name: "_buffer", bases: [BuiltinTypes.object], layout: .builtin,
                               isBuiltin: true, moduleName: "_numpy")

    var data: ArrayData
    /// One entry per dimension: `[n]` or `[rows, columns]`.
    var shape: [Int]
    /// Whether numpy would hold this 2-D array in Fortran (column) order — a DataFrame's
    /// values, a transpose. The elements here are row-major all the same; only the order in
    /// which reductions add them up depends on it, and matching numpy's sums to the last bit
    /// needs that order.
    var columnMajor = false

    init(_ data: ArrayData, shape: [Int]) {
        self.data = data
        self.shape = shape
    }

    convenience init(_ data: ArrayData) {
        self.init(data, shape: [data.count])
    }

    override var type: PyType { NDArray.pyType }

    var count: Int { data.count }
    var rows: Int { shape.count == 2 ? shape[0] : 1 }
    var columns: Int { shape.last ?? 1 }
}
