import Foundation
import PipebookLanguage

/// Python values in and out of arrays: `np.array(...)`, `tolist()`, `astype`.
enum ArrayConversion {
    /// An array from a Python scalar, a list or tuple of scalars, or a list of equal-length
    /// rows. `dtype` nil infers numpy's type: bool, then int64, then float64; anything else
    /// (strings, None) makes an object array.
    static func fromPython(_ value: Value, dtype: DType?, _ interp: Interpreter) throws -> NDArray {
        if let a = value.as(NDArray.self) { return try convert(a, to: dtype ?? a.data.dtype, interp) }
        guard let items = sequence(value) else {
            let data = try build([value], dtype: dtype, interp)
            return NDArray(data, shape: [])
        }
        if let first = items.first, sequence(first) != nil || first.as(NDArray.self) != nil {
            var flat: [Value] = []
            var width: Int?
            for row in items {
                let cells = try rowItems(row)
                if let width, width != cells.count {
                    throw PyError.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (\(items.count),) + inhomogeneous part.")
                }
                width = cells.count
                flat.append(contentsOf: cells)
            }
            return NDArray(try build(flat, dtype: dtype, interp), shape: [items.count, width ?? 0])
        }
        return NDArray(try build(items, dtype: dtype, interp), shape: [items.count])
    }

    private static func sequence(_ v: Value) -> [Value]? {
        if let l = v.as(PyList.self) { return l.items }
        if let t = v.as(PyTuple.self) { return t.items }
        return nil
    }

    private static func rowItems(_ row: Value) throws -> [Value] {
        if let cells = sequence(row) {
            if cells.contains(where: { sequence($0) != nil }) {
                throw PyError.notImplemented("Pipebook's numpy does not support arrays of more than 2 dimensions")
            }
            return cells
        }
        if let a = row.as(NDArray.self), a.shape.count == 1 { return (0..<a.count).map { a.data.element($0) } }
        throw PyError.valueError("setting an array element with a sequence.")
    }

    /// The type numpy infers for these Python values.
    static func inferredType(_ values: [Value]) -> DType {
        var type = DType.bool
        for v in values {
            switch v {
            case .bool: break
            case .int: if type == .bool { type = .int64 }
            case .float: type = .float64
            case .object(is PyBigInt): if type == .bool { type = .int64 }
            default: return .object
            }
        }
        return type
    }

    static func build(_ values: [Value], dtype: DType?, _ interp: Interpreter) throws -> ArrayData {
        let type = dtype ?? inferredType(values)
        if dtype == nil && type == .object && values.contains(where: { $0.stringValue != nil })
            && values.contains(where: { if case .object = $0 { return false } else { return !$0.isNone } }) {
            throw PyError.notImplemented("Pipebook's numpy does not support arrays mixing strings and numbers without dtype=object (numpy would turn the numbers into strings)")
        }
        switch type {
        case .float64: return .float(try values.map { try toDouble($0, interp) })
        case .int64: return .int(try values.map { try toInt($0, interp) })
        case .bool: return .bool(try values.map { try interp.isTrue($0) })
        case .object: return .object(values)
        }
    }

    static func toDouble(_ v: Value, _ interp: Interpreter) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if let s = v.stringValue {
                guard let d = try? parsePythonFloat(s) else {
                    throw PyError.valueError("could not convert string to float: \(try interp.repr(v))")
                }
                return d
            }
            if v.isNone { return .nan }
            return try interp.realArgumentPublic(v)
        }
    }

    static func toInt(_ v: Value, _ interp: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            return Int(d.rounded(.towardZero))
        default:
            if let s = v.stringValue {
                guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else {
                    throw PyError.valueError("invalid literal for int() with base 10: \(try interp.repr(v))")
                }
                return i
            }
            if let b = v.bigIntValue, let i = Int(exactly: b) { return i }
            throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
    }

    /// `a.astype(dtype)`: always a new array.
    static func convert(_ a: NDArray, to dtype: DType, _ interp: Interpreter) throws -> NDArray {
        let data: ArrayData
        switch (a.data, dtype) {
        case (.float(let x), .float64): data = .float(x)
        case (.int(let x), .int64): data = .int(x)
        case (.bool(let x), .bool): data = .bool(x)
        case (.object(let x), .object): data = .object(x)
        case (.float(let x), .int64):
            // numpy casts NaN and infinities to INT64_MIN without an error.
            data = .int(x.map { $0.isFinite && abs($0) < 9.2e18 ? Int($0.rounded(.towardZero)) : Int.min })
        case (.float(let x), .bool): data = .bool(x.map { $0 != 0 })
        case (.int(let x), .bool): data = .bool(x.map { $0 != 0 })
        case (_, .float64) where a.data.doubles != nil: data = .float(a.data.doubles!)
        case (_, .int64) where a.data.ints != nil: data = .int(a.data.ints!)
        case (.object(let x), _): data = try build(x, dtype: dtype, interp)
        default: data = .object((0..<a.count).map { a.data.element($0) })
        }
        let result = NDArray(data, shape: a.shape)
        result.columnMajor = a.columnMajor
        return result
    }

    /// `a.tolist()`: Python scalars, in nested lists for two dimensions.
    static func toPython(_ a: NDArray) -> Value {
        if a.shape.isEmpty { return a.data.element(0) }
        if a.shape.count == 1 { return .object(PyList((0..<a.count).map { a.data.element($0) })) }
        let c = a.columns
        return .object(PyList((0..<a.rows).map { r in .object(PyList((0..<c).map { a.data.element(r * c + $0) })) }))
    }
}

extension Interpreter {
    /// A number as a double, for values that are neither int nor float (objects with `__float__`).
    func realArgumentPublic(_ v: Value) throws -> Double {
        let f = try callValue(.object(BuiltinTypes.float), Arguments([v]))
        guard case .float(let d) = f else { throw PyError.typeError("must be real number, not \(v.typeName)") }
        return d
    }
}
