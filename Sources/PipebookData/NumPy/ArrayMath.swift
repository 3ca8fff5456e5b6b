import Foundation
import PipebookLanguage

/// Element-wise functions of one array: np.abs, sqrt, exp, log, isnan, round, clip, negation.
enum ArrayMath {
    static func unary(_ name: String, _ a: NDArray, _ interp: Interpreter) throws -> NDArray {
        let data: ArrayData
        switch (name, a.data) {
        case ("negative", .int(let x)): data = .int(x.map { 0 &- $0 })
        case ("negative", .float(let x)): data = .float(x.map { -$0 })
        case ("negative", .bool):
            throw PyError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        case ("abs", .int(let x)): data = .int(x.map { Swift.abs($0) })
        case ("abs", .float(let x)): data = .float(x.map { Swift.abs($0) })
        case ("abs", .bool(let x)): data = .bool(x)
        case ("invert", .bool(let x)): data = .bool(x.map { !$0 })
        case ("invert", .int(let x)): data = .int(x.map { ~$0 })
        case ("isnan", .float(let x)): data = .bool(x.map(\.isNaN))
        case ("isnan", .int(let x)), ("isfinite", .int(let x)): data = .bool(x.map { _ in name == "isfinite" })
        case ("isnan", .bool(let x)), ("isfinite", .bool(let x)): data = .bool(x.map { _ in name == "isfinite" })
        case ("isfinite", .float(let x)): data = .bool(x.map(\.isFinite))
        case ("isnan", .object(let x)):
            // pandas' isna on object columns: None and float NaN count as missing.
            data = .bool(x.map { v in v.isNone || { if case .float(let d) = v { return d.isNaN } else { return false } }() })
        default:
            guard let f = floatFunction(name), let x = a.data.doubles else {
                throw PyError.typeError("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            data = .float(x.map(f))
        }
        let result = NDArray(data, shape: a.shape)
        result.columnMajor = a.columnMajor
        return result
    }

    private static func floatFunction(_ name: String) -> ((Double) -> Double)? {
        switch name {
        case "sqrt": return { $0.squareRoot() }
        case "exp": return Foundation.exp
        case "log": return Foundation.log
        case "log1p": return Foundation.log1p
        case "log2": return Foundation.log2
        case "log10": return Foundation.log10
        case "floor": return Foundation.floor
        case "ceil": return Foundation.ceil
        case "sign": return { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 }
        case "square": return { $0 * $0 }
        default: return nil
        }
    }

    /// `np.round(a, decimals)`: numpy scales, rounds half to even and scales back (which is
    /// not always the correctly rounded decimal that Python's round gives).
    static func round(_ a: NDArray, decimals: Int) -> NDArray {
        switch a.data {
        case .float(let x):
            if decimals >= 0 {
                let f = Foundation.pow(10.0, Double(decimals))
                return NDArray(.float(x.map { ($0 * f).rounded(.toNearestOrEven) / f }), shape: a.shape)
            }
            let f = Foundation.pow(10.0, Double(-decimals))
            return NDArray(.float(x.map { ($0 / f).rounded(.toNearestOrEven) * f }), shape: a.shape)
        case .int(let x) where decimals < 0:
            let f = Foundation.pow(10.0, Double(-decimals))
            return NDArray(.int(x.map { Int((Double($0) / f).rounded(.toNearestOrEven) * f) }), shape: a.shape)
        default:
            return NDArray(a.data, shape: a.shape)
        }
    }

    /// `np.where(condition, x, y)` with broadcasting.
    static func choose(_ condition: NDArray, _ x: NDArray, _ y: NDArray, _ interp: Interpreter) throws -> NDArray {
        let plan = try Broadcast([condition.shape, x.shape, y.shape])
        let truth = try (0..<condition.count).map { try interp.isTrue(condition.data.element($0)) }
        let type = [x.data.dtype, y.data.dtype].max { ArrayShaping.rank($0) < ArrayShaping.rank($1) }!
        let xs = try ArrayConversion.convert(x, to: type, interp).data
        let ys = try ArrayConversion.convert(y, to: type, interp).data
        let picks = (0..<plan.count).map { i -> (Bool, Int) in
            truth[plan.index(0, i)] ? (true, plan.index(1, i)) : (false, plan.index(2, i))
        }
        func pick<T>(_ a: [T], _ b: [T]) -> [T] { picks.map { $0.0 ? a[$0.1] : b[$0.1] } }
        let data: ArrayData
        switch (xs, ys) {
        case (.float(let a), .float(let b)): data = .float(pick(a, b))
        case (.int(let a), .int(let b)): data = .int(pick(a, b))
        case (.bool(let a), .bool(let b)): data = .bool(pick(a, b))
        case (.object(let a), .object(let b)): data = .object(pick(a, b))
        default: throw PyError.typeError("where: mismatched types")
        }
        let result = NDArray(data, shape: plan.shape)
        result.columnMajor = ArrayArithmetic.resultIsColumnMajor([condition, x, y], plan.shape)
        return result
    }
}
