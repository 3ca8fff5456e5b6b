/// The arguments of a call: positional values, then keyword arguments in the order written.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }

    public subscript(i: Int) -> Value { positional[i] }

    /// Matches the arguments to named parameters, as a builtin with a fixed signature does.
    ///
    /// Returns one entry per name: the value passed, or nil when it was not given.
    /// `required` names must be given; positional arguments fill names in order.
    public func bind(_ function: String, _ names: [String], required: Int = 0,
                     positionalOnly: Int = 0) throws -> [Value?] {
        if positional.count > names.count {
            if names.count == required {
                throw PyError.typeError("\(function)() takes \(names.count == 0 ? "no arguments" : names.count == 1 ? "exactly one argument" : "exactly \(names.count) arguments") (\(positional.count) given)")
            }
            throw PyError.typeError("\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional.count) given)")
        }
        var result = [Value?](repeating: nil, count: names.count)
        for (i, v) in positional.enumerated() { result[i] = v }
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name), i >= positionalOnly else {
                throw PyError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if result[i] != nil {
                throw PyError.typeError("argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
            result[i] = value
        }
        for i in 0..<required where result[i] == nil {
            throw PyError.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return result
    }

    /// Fails unless the call has no keyword arguments and between `min` and `max` positional ones.
    public func expect(_ function: String, min: Int, max: Int) throws {
        if !keywords.isEmpty {
            throw PyError.typeError("\(function)() takes no keyword arguments")
        }
        let n = positional.count
        if n < min || n > max {
            if min == max {
                switch min {
                case 0: throw PyError.typeError("\(function)() takes no arguments (\(n) given)")
                case 1: throw PyError.typeError("\(function)() takes exactly one argument (\(n) given)")
                default: throw PyError.typeError("\(function)() takes exactly \(min) arguments (\(n) given)")
                }
            }
            if n < min {
                throw PyError.typeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            throw PyError.typeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }
}

/// A function written in Swift and callable from Python.
public final class PyNativeFunction: PyObject {
    public typealias Body = (Interpreter, Arguments) throws -> Value

    public let name: String
    /// The type that owns it, for methods of builtin types (`list.append`): then the
    /// receiver comes first in the arguments, and getting it from an instance binds it.
    public let owner: PyType?
    public let body: Body
    public let doc: String?
    /// Entries for calls with exactly one, two or three positional arguments (the receiver
    /// counts, for methods) and no keywords, which skip building `Arguments`: set for the
    /// builtins programs call most (`len(x)`, `s.split(sep)`, `d.get(k, default)`). Each does
    /// exactly what `body` does with the same arguments; call sites try them first.
    public var call1: ((Interpreter, Value) throws -> Value)?
    public var call2: ((Interpreter, Value, Value) throws -> Value)?
    public var call3: ((Interpreter, Value, Value, Value) throws -> Value)?

    public init(name: String, owner: PyType? = nil, doc: String? = nil, body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.doc = doc
        self.body = body
    }

    public override var type: PyType {
        owner == nil ? BuiltinTypes.builtinFunction : BuiltinTypes.methodDescriptor
    }

    /// `list.append` in messages: qualified by the owner's name for methods.
    public var qualifiedName: String { owner.map { "\($0.name).\(name)" } ?? name }
}

/// Everything the compiler knows about a `def`, `lambda`, class body or module.
public final class CodeInfo {
    public let name: String
    public let qualname: String
    public let fileName: String
    public let firstLine: Int
    /// Positional parameter names (positional-only first), then keyword-only ones.
    let parameterNames: [String]
    let positionalOnlyCount: Int
    let positionalCount: Int
    let keywordOnlyCount: Int
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    /// Frame slots for locals; parameters occupy the first ones, in `parameterNames` order.
    var slotCount: Int = 0
    /// Names of slots, for error messages and `locals()`.
    var slotNames: [String] = []
    /// Locals that inner functions capture: (slot, cell index) pairs initialised on entry.
    var cellSlots: [Int] = []
    var cellCount: Int = 0
    var isGenerator = false
    let docstring: String?
    /// The number of positional arguments that bind one to one to the parameters, when the
    /// function has no `*args`, keyword-only or `**kwargs` parameters: calls with exactly
    /// that many positional arguments fill the frame directly.
    let simpleArity: Int
    /// Whether the body calls `super()` without arguments, which needs the running function.
    var usesZeroArgumentSuper = false

    init(name: String, qualname: String, fileName: String, firstLine: Int, parameters: Parameters,
         docstring: String?) {
        self.name = name
        self.qualname = qualname
        self.fileName = fileName
        self.firstLine = firstLine
        let positional = parameters.positionalOnly + parameters.positional
        var names = positional.map(\.name) + parameters.keywordOnly.map(\.name)
        positionalOnlyCount = parameters.positionalOnly.count
        positionalCount = positional.count
        keywordOnlyCount = parameters.keywordOnly.count
        if let v = parameters.varArgs {
            varArgsSlot = names.count
            names.append(v)
        } else {
            varArgsSlot = nil
        }
        if let k = parameters.varKeywords {
            varKeywordsSlot = names.count
            names.append(k)
        } else {
            varKeywordsSlot = nil
        }
        parameterNames = names
        self.docstring = docstring
        simpleArity = varArgsSlot == nil && varKeywordsSlot == nil && keywordOnlyCount == 0 ? positionalCount : -1
    }
}

/// A function defined in Python with `def` or `lambda`.
public final class PyFunction: PyObject {
    public let code: CodeInfo
    let body: StmtCode
    public let globals: Globals
    /// Defaults of the last positional parameters, in order.
    public var defaults: [Value]
    public var keywordDefaults: [String: Value]
    /// The enclosing scopes' cells this function reads and writes.
    let closure: [Cell]
    public let dict = PyAttributes()
    /// Whether a call needs more than a frame with the arguments bound: cells to make, a
    /// generator to build, or the function to remember for `super()`.
    let needsSetup: Bool
    /// The class a method was defined in, for argument-less `super()`.
    var definingClass: Cell?
    /// Frames of finished calls, ready for the next ones: most calls then allocate nothing.
    /// A frame never outlives its call (closures capture cells, tracebacks copy lines), except
    /// a generator's, which is never given back.
    /// Kept as a list linked through `Frame.nextSpare`: popping and pushing then is a couple of
    /// pointer moves, where an array's `popLast` and `append` check uniqueness and are not inlined.
    private var spareFrames: Frame?
    private var spareFrameCount = 0
    private static let maximumSpareFrames = 64

    init(code: CodeInfo, body: @escaping StmtCode, globals: Globals, defaults: [Value],
         keywordDefaults: [String: Value], closure: [Cell]) {
        self.code = code
        self.body = body
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        needsSetup = code.cellCount > 0 || !closure.isEmpty || code.isGenerator || code.usesZeroArgumentSuper
    }

    public override var type: PyType { BuiltinTypes.function }
    public override var attributes: PyAttributes? { dict }

    /// A frame for a new call, with every slot unbound.
    @inline(__always)
    func newFrame(_ interp: Interpreter) -> Frame {
        // `take()` moves the references out, so popping costs no retain or release.
        if let frame = spareFrames.take() {
            spareFrames = frame.nextSpare.take()
            spareFrameCount -= 1
            return frame
        }
        return Frame(code: code, globals: globals, interp: interp, cells: [])
    }

    /// Takes back the frame of a call that has returned.
    @inline(__always)
    func recycle(_ frame: consuming Frame) {
        guard spareFrameCount < PyFunction.maximumSpareFrames else { return }
        frame.reset()
        frame.nextSpare = spareFrames.take()
        spareFrames = frame
        spareFrameCount += 1
    }

    public var name: String { dict["__name__"]?.stringValue ?? code.name }
    public var qualname: String { dict["__qualname__"]?.stringValue ?? code.qualname }
}
