/// Int arithmetic and comparisons whose operands are a local variable or an int literal.
///
/// `n - 1`, `i % 3` and `n < 2` are most of what loops and recursive functions compute. Read
/// through closures, each operand costs a call and a copy of a `Value`; read here, a local is
/// taken straight from its frame slot and a literal is a number in the closure. Every other
/// case (a non-int operand, an overflow, a zero divisor) goes to the general operation, so the
/// results and errors are those of `Interpreter.binary` and `Interpreter.compare`.
extension Compiler {
    /// An operand read without code of its own.
    enum DirectOperand {
        case local(slot: Int, name: String)
        case int(Int)
    }

    func directOperand(_ e: Expr) -> DirectOperand? {
        switch e {
        case .name(let name, _):
            if case .local(let slot, let name) = scope.resolve(name) { return .local(slot: slot, name: name) }
            return nil
        case .constant(.int(let i), _):
            return .int(i)
        default:
            return nil
        }
    }

    /// `l OP r` for an operator with an int shortcut, when an operand is direct; nil otherwise.
    func directBinary(_ op: BinaryOp, _ l: Expr, _ r: Expr) throws -> ExprCode? {
        switch op {
        case .add: return try directBinary(IntAdd.self, l, r)
        case .sub: return try directBinary(IntSubtract.self, l, r)
        case .mul: return try directBinary(IntMultiply.self, l, r)
        case .mod: return try directBinary(IntModulo.self, l, r)
        case .floorDiv: return try directBinary(IntFloorDivide.self, l, r)
        case .bitAnd: return try directBinary(IntAnd.self, l, r)
        default: return nil
        }
    }

    /// `l OP r` as a truth, for the order and equality operators, when an operand is direct.
    func directComparison(_ op: CompareOp, _ l: Expr, _ r: Expr) throws -> ConditionCode? {
        switch op {
        case .lt: return try directComparison(IntLess.self, l, r)
        case .le: return try directComparison(IntLessOrEqual.self, l, r)
        case .gt: return try directComparison(IntGreater.self, l, r)
        case .ge: return try directComparison(IntGreaterOrEqual.self, l, r)
        case .eq: return try directComparison(IntEqual.self, l, r)
        case .ne: return try directComparison(IntNotEqual.self, l, r)
        default: return nil
        }
    }

    private func directBinary<O: IntBinaryOperation>(_: O.Type, _ l: Expr, _ r: Expr) throws -> ExprCode? {
        switch (directOperand(l), directOperand(r)) {
        case (.local(let a, let name), .int(let k)):
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(name) }
                if case .int(let i) = x, let result = O.apply(i, k) { return .int(result) }
                return try f.interp.binary(O.op, x, .int(k))
            }
        case (.local(let a, let nameA), .local(let b, let nameB)):
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(nameA) }
                guard let y = f.slots[b] else { throw Compiler.unboundLocal(nameB) }
                if case .int(let i) = x, case .int(let j) = y, let result = O.apply(i, j) { return .int(result) }
                return try f.interp.binary(O.op, x, y)
            }
        case (nil, .int(let k)):
            let left = try expression(l)
            return { f in
                let x = try left(f)
                if case .int(let i) = x, let result = O.apply(i, k) { return .int(result) }
                return try f.interp.binary(O.op, x, .int(k))
            }
        case (.int(let k), nil):
            let right = try expression(r)
            return { f in
                let y = try right(f)
                if case .int(let j) = y, let result = O.apply(k, j) { return .int(result) }
                return try f.interp.binary(O.op, .int(k), y)
            }
        case (.local(let a, let name), nil):
            let right = try expression(r)
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(name) }
                let y = try right(f)
                if case .int(let i) = x, case .int(let j) = y, let result = O.apply(i, j) { return .int(result) }
                return try f.interp.binary(O.op, x, y)
            }
        case (nil, .local(let b, let name)):
            let left = try expression(l)
            return { f in
                let x = try left(f)
                guard let y = f.slots[b] else { throw Compiler.unboundLocal(name) }
                if case .int(let i) = x, case .int(let j) = y, let result = O.apply(i, j) { return .int(result) }
                return try f.interp.binary(O.op, x, y)
            }
        default:
            return nil
        }
    }

    private func directComparison<C: IntComparison>(_: C.Type, _ l: Expr, _ r: Expr) throws -> ConditionCode? {
        switch (directOperand(l), directOperand(r)) {
        case (.local(let a, let name), .int(let k)):
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(name) }
                if case .int(let i) = x { return C.holds(i, k) }
                return try f.interp.isTrue(try f.interp.compare(x, .int(k), C.op))
            }
        case (.local(let a, let nameA), .local(let b, let nameB)):
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(nameA) }
                guard let y = f.slots[b] else { throw Compiler.unboundLocal(nameB) }
                if case .int(let i) = x, case .int(let j) = y { return C.holds(i, j) }
                return try f.interp.isTrue(try f.interp.compare(x, y, C.op))
            }
        case (nil, .int(let k)):
            let left = try expression(l)
            return { f in
                let x = try left(f)
                if case .int(let i) = x { return C.holds(i, k) }
                return try f.interp.isTrue(try f.interp.compare(x, .int(k), C.op))
            }
        case (.local(let a, let name), nil):
            let right = try expression(r)
            return { f in
                guard let x = f.slots[a] else { throw Compiler.unboundLocal(name) }
                let y = try right(f)
                if case .int(let i) = x, case .int(let j) = y { return C.holds(i, j) }
                return try f.interp.isTrue(try f.interp.compare(x, y, C.op))
            }
        case (nil, .local(let b, let name)):
            let left = try expression(l)
            return { f in
                let x = try left(f)
                guard let y = f.slots[b] else { throw Compiler.unboundLocal(name) }
                if case .int(let i) = x, case .int(let j) = y { return C.holds(i, j) }
                return try f.interp.isTrue(try f.interp.compare(x, y, C.op))
            }
        default:
            return nil
        }
    }

    /// `a OP b` on machine ints for the operators with a shortcut; nil for the others and
    /// where the shortcut does not apply.
    static func intResult(_ op: BinaryOp, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add: return IntAdd.apply(a, b)
        case .sub: return IntSubtract.apply(a, b)
        case .mul: return IntMultiply.apply(a, b)
        case .mod: return IntModulo.apply(a, b)
        case .floorDiv: return IntFloorDivide.apply(a, b)
        case .bitAnd: return IntAnd.apply(a, b)
        default: return nil
        }
    }

    static func unboundLocal(_ name: String) -> PyError {
        PyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }
}

/// A binary operator on machine ints; nil where Python's answer needs the general path
/// (overflow into a big int, a zero divisor).
protocol IntBinaryOperation {
    static var op: BinaryOp { get }
    static func apply(_ a: Int, _ b: Int) -> Int?
}

private enum IntAdd: IntBinaryOperation {
    static var op: BinaryOp { .add }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? {
        let (r, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : r
    }
}

private enum IntSubtract: IntBinaryOperation {
    static var op: BinaryOp { .sub }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? {
        let (r, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : r
    }
}

private enum IntMultiply: IntBinaryOperation {
    static var op: BinaryOp { .mul }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? {
        let (r, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : r
    }
}

/// Python's `%`: the remainder takes the divisor's sign.
private enum IntModulo: IntBinaryOperation {
    static var op: BinaryOp { .mod }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? {
        guard b != 0 else { return nil }
        let (r, overflow) = a.remainderReportingOverflow(dividingBy: b)
        if overflow { return nil }
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }
}

/// Python's `//`: the quotient rounded toward negative infinity.
private enum IntFloorDivide: IntBinaryOperation {
    static var op: BinaryOp { .floorDiv }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? {
        guard b != 0 else { return nil }
        let (q, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return nil }
        return q * b != a && (a < 0) != (b < 0) ? q - 1 : q
    }
}

private enum IntAnd: IntBinaryOperation {
    static var op: BinaryOp { .bitAnd }
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int? { a & b }
}

/// An order or equality operator on machine ints.
protocol IntComparison {
    static var op: CompareOp { get }
    static func holds(_ a: Int, _ b: Int) -> Bool
}

private enum IntLess: IntComparison {
    static var op: CompareOp { .lt }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a < b }
}

private enum IntLessOrEqual: IntComparison {
    static var op: CompareOp { .le }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a <= b }
}

private enum IntGreater: IntComparison {
    static var op: CompareOp { .gt }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a > b }
}

private enum IntGreaterOrEqual: IntComparison {
    static var op: CompareOp { .ge }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a >= b }
}

private enum IntEqual: IntComparison {
    static var op: CompareOp { .eq }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a == b }
}

private enum IntNotEqual: IntComparison {
    static var op: CompareOp { .ne }
    @inline(__always) static func holds(_ a: Int, _ b: Int) -> Bool { a != b }
}
