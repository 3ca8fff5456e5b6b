/// Compiled code that evaluates an expression for its truth, as a Swift `Bool`.
typealias ConditionCode = (Frame) throws -> Bool

/// Conditions: the tests of `if`, `while`, conditional expressions, `assert` and a
/// comprehension's `if`. A comparison of two ints answers without making a `Value`, and `and`,
/// `or` and `not` combine truths directly. This is also CPython's order of work: in a test,
/// each operand of `and`/`or` has its truth asked once, where the value of `a and b` would
/// have a falsy `a` asked again.
extension Compiler {
    func condition(_ e: Expr) throws -> ConditionCode {
        switch e {
        case .compare(let first, let rest, _) where rest.count == 1:
            if let direct = try directComparison(rest[0].0, first, rest[0].1) { return direct }
            return Compiler.comparison(rest[0].0, try expression(first), try expression(rest[0].1))
        case .boolean(let op, let items, _):
            let codes = try items.map { ConditionStep(run: try condition($0)) }
            if op == .and {
                return { f in
                    for c in codes where !(try c.run(f)) { return false }
                    return true
                }
            }
            return { f in
                for c in codes where try c.run(f) { return true }
                return false
            }
        case .unary(.not, let operand, _):
            let c = try condition(operand)
            return { f in !(try c(f)) }
        default:
            let value = try expression(e)
            return { f in
                let v = try value(f)
                if case .bool(let b) = v { return b }
                return try f.withInterpreter { try $0.isTrue(v) }
            }
        }
    }

    /// See `CompiledStatement`: a closure in an array is called through a thunk.
    private struct ConditionStep {
        let run: ConditionCode
    }

    /// `a OP b` as a truth; the operator is chosen here, once, rather than at each evaluation.
    private static func comparison(_ op: CompareOp, _ l: @escaping ExprCode, _ r: @escaping ExprCode) -> ConditionCode {
        switch op {
        case .is: return { f in try l(f).isIdentical(to: try r(f)) }
        case .isNot: return { f in !(try l(f).isIdentical(to: try r(f))) }
        case .lt:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x < y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .lt))
            }
        case .le:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x <= y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .le))
            }
        case .gt:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x > y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .gt))
            }
        case .ge:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x >= y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .ge))
            }
        case .eq:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x == y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .eq))
            }
        case .ne:
            return { f in
                let a = try l(f), b = try r(f)
                if case .int(let x) = a, case .int(let y) = b { return x != y }
                return try f.interp.isTrue(try f.interp.compare(a, b, .ne))
            }
        case .in, .notIn:
            let negated = op == .notIn
            return { f in
                let item = try l(f), container = try r(f)
                // A dict (not a subclass, which may define __contains__) is asked directly.
                if case .object(let o) = container, let dict = o as? PyDict, dict.subclass == nil {
                    return try (dict.get(item, f.interp) != nil) != negated
                }
                return try f.interp.isTrue(try f.interp.compare(item, container, op))
            }
        }
    }
}
