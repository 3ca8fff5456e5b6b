import Foundation
import PipebookLanguage

/// Element-wise binary operators with broadcasting and numpy's type promotion
/// (bool < int64 < float64 < object; Python scalars count as arrays of their type).
enum ArrayArithmetic {
    static func binary(_ op: String, _ a: NDArray, _ b: NDArray, _ interp: Interpreter) throws -> NDArray {
        let plan = try Broadcast([a.shape, b.shape])
        if let compare = CompareOp(rawValue: op) {
            let result = NDArray(.bool(try comparison(compare, a.data, b.data, plan, interp)), shape: plan.shape)
            result.columnMajor = resultIsColumnMajor([a, b], plan.shape)
            return result
        }
        guard let binaryOp = BinaryOp(rawValue: op) else { throw PyError.valueError("unknown operator \(op)") }
        let result = NDArray(try arithmetic(binaryOp, a.data, b.data, plan, interp), shape: plan.shape)
        result.columnMajor = resultIsColumnMajor([a, b], plan.shape)
        return result
    }

    /// numpy's "K" order for an element-wise result: Fortran when every operand of the
    /// result's full two-dimensional shape is.
    static func resultIsColumnMajor(_ operands: [NDArray], _ shape: [Int]) -> Bool {
        guard shape.count == 2 else { return false }
        let full = operands.filter { $0.shape == shape }
        return !full.isEmpty && full.allSatisfy(\.columnMajor)
    }

    private static func comparison(_ op: CompareOp, _ a: ArrayData, _ b: ArrayData, _ plan: Broadcast,
                                   _ interp: Interpreter) throws -> [Bool] {
        switch (a, b) {
        case (.int(let x), .int(let y)): return plan.map(x, y, intComparison(op))
        case (.bool(let x), .bool(let y)): return plan.map(x.map { $0 ? 1 : 0 }, y.map { $0 ? 1 : 0 }, intComparison(op))
        case (.object, _), (_, .object):
            let x = (0..<a.count).map(a.element), y = (0..<b.count).map(b.element)
            return try plan.map(x, y) { p, q in try interp.isTrue(interp.compare(p, q, op)) }
        default:
            return plan.map(a.doubles!, b.doubles!, floatComparison(op))
        }
    }

    private static func intComparison(_ op: CompareOp) -> (Int, Int) -> Bool {
        switch op {
        case .eq: return (==)
        case .ne: return (!=)
        case .lt: return (<)
        case .le: return (<=)
        case .gt: return (>)
        default: return (>=)
        }
    }

    private static func floatComparison(_ op: CompareOp) -> (Double, Double) -> Bool {
        switch op {
        case .eq: return (==)
        case .ne: return (!=)
        case .lt: return (<)
        case .le: return (<=)
        case .gt: return (>)
        default: return (>=)
        }
    }

    private static func arithmetic(_ op: BinaryOp, _ a: ArrayData, _ b: ArrayData, _ plan: Broadcast,
                                   _ interp: Interpreter) throws -> ArrayData {
        switch (a, b) {
        case (.object, _), (_, .object):
            let x = (0..<a.count).map(a.element), y = (0..<b.count).map(b.element)
            return .object(try plan.map(x, y) { try interp.binary(op, $0, $1) })
        case (.bool(let x), .bool(let y)):
            switch op {
            case .add, .bitOr: return .bool(plan.map(x, y) { $0 || $1 })
            case .mul, .bitAnd: return .bool(plan.map(x, y) { $0 && $1 })
            case .bitXor: return .bool(plan.map(x, y) { $0 != $1 })
            case .sub:
                throw PyError.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
            default:
                return try arithmetic(op, .int(x.map { $0 ? 1 : 0 }), .int(y.map { $0 ? 1 : 0 }), plan, interp)
            }
        default:
            break
        }
        if let x = a.ints, let y = b.ints, op != .div {
            return .int(try plan.map(x, y, try integerOperator(op)))
        }
        guard let x = a.doubles, let y = b.doubles else { throw PyError.typeError("unsupported operand types") }
        return .float(plan.map(x, y, try floatOperator(op)))
    }

    private static func integerOperator(_ op: BinaryOp) throws -> (Int, Int) throws -> Int {
        switch op {
        case .add: return (&+)
        case .sub: return (&-)
        case .mul: return (&*)
        // numpy gives 0 (with a RuntimeWarning) for an integer division by zero.
        case .floorDiv: return { a, b in b == 0 ? 0 : floorDivide(a, b) }
        case .mod:
            return { a, b in
                if b == 0 { return 0 }
                let r = a % b
                return r != 0 && (r < 0) != (b < 0) ? r + b : r
            }
        case .pow:
            return { a, b in
                if b < 0 { throw PyError.valueError("Integers to negative integer powers are not allowed.") }
                var result = 1, base = a, e = b
                while e > 0 {
                    if e & 1 == 1 { result = result &* base }
                    base = base &* base
                    e >>= 1
                }
                return result
            }
        case .bitAnd: return (&)
        case .bitOr: return (|)
        case .bitXor: return (^)
        case .lshift: return { $0 << $1 }
        case .rshift: return { $0 >> $1 }
        default: throw PyError.typeError("unsupported operand for integer arrays: \(op.rawValue)")
        }
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func floatOperator(_ op: BinaryOp) throws -> (Double, Double) -> Double {
        switch op {
        case .add: return (+)
        case .sub: return (-)
        case .mul: return (*)
        case .div: return (/)
        case .floorDiv: return { divmod($0, $1).quotient }
        case .mod: return { divmod($0, $1).remainder }
        case .pow: return { Foundation.pow($0, $1) }
        default: throw PyError.typeError("ufunc '\(op)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
    }

    /// numpy's `npy_divmod`: the floor quotient and a remainder with the divisor's sign.
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(a, b)
        if b == 0 { return (a / b, mod) }
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = copysign(0, b)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, a / b)
        }
        return (floorDiv, mod)
    }
}
