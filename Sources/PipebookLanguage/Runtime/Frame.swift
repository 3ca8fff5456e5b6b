/// Compiled code: the compiler turns each expression into one of these closures.
typealias ExprCode = (Frame) throws -> Value

/// How a statement finished: fell through, or left its block early.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    /// `return`: the value is in `Frame.returnValue`.
    case returnValue
}

typealias StmtCode = (Frame) throws -> Flow

/// A compiled statement or expression as an array element. A closure stored bare in an array
/// is kept in the array's generic form and called through a conversion thunk; inside a
/// struct it keeps its own form, so hot loops over compiled code call it directly.
struct CompiledStatement {
    let run: StmtCode
}

/// See `CompiledStatement`.
struct CompiledExpression {
    let run: ExprCode
}

/// The state of one running function, class body or module.
final class Frame {
    /// Local variables by slot; nil is unbound.
    let slots: UnsafeMutablePointer<Value?>
    let slotCount: Int
    /// Own captured locals first, then the enclosing scopes' cells.
    var cells: [Cell]
    let globals: Globals
    /// Frames live only while their interpreter runs them, so no reference counting is needed.
    private let interpReference: Unmanaged<Interpreter>
    var interp: Interpreter { interpReference.takeUnretainedValue() }
    let code: CodeInfo
    /// The line being run, for tracebacks.
    var line: Int
    var returnValue: Value = .none
    /// A class body's namespace.
    var namespace: PyAttributes?
    /// The function running in this frame, for argument-less `super()`.
    var function: PyFunction?
    /// Where `yield` hands values over, in a generator's frame.
    var generator: GeneratorChannel?
    /// The next frame in its function's list of spare frames.
    var nextSpare: Frame?

    init(code: CodeInfo, globals: Globals, interp: Interpreter, cells: [Cell]) {
        self.code = code
        self.globals = globals
        interpReference = Unmanaged.passUnretained(interp)
        self.cells = cells
        self.line = code.firstLine
        slotCount = code.slotCount
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: max(slotCount, 1))
        slots.initialize(repeating: nil, count: max(slotCount, 1))
    }

    /// Runs `body` with the interpreter lent to it. Reading `interp` makes a strong reference,
    /// a retain and a release; on the hottest paths (calls) that pair shows.
    @inline(__always)
    func withInterpreter<Result>(_ body: (Interpreter) throws -> Result) rethrows -> Result {
        try interpReference._withUnsafeGuaranteedRef(body)
    }

    /// The value `return` left, moved out rather than copied: the frame keeps no reference to it.
    @inline(__always)
    func takeReturnValue() -> Value {
        let value = returnValue
        returnValue = .none
        return value
    }

    /// Unbinds every local, as a new frame of the same code would be.
    func reset() {
        for i in 0..<slotCount { slots[i] = nil }
        if !cells.isEmpty { cells = [] }
        // `returnValue` is already None: `takeReturnValue` emptied it.
        function = nil
        line = code.firstLine
    }

    deinit {
        slots.deinitialize(count: max(slotCount, 1))
        slots.deallocate()
    }
}
