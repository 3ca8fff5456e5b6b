/// The syntax tree the parser builds and the compiler reads.
///
/// It mirrors CPython's `ast` module closely enough that a reader who knows
/// one knows the other; names differ only where Swift keywords get in the way.

/// A place in a source file: 1-based line, 1-based column (in characters).
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

public indirect enum Expr {
    case name(String, SourceLocation)
    case constant(Constant, SourceLocation)
    /// An f-string: literal parts and formatted values, in order.
    case joinedString([FStringPart], SourceLocation)
    case tuple([Expr], SourceLocation)
    case list([Expr], SourceLocation)
    case set([Expr], SourceLocation)
    /// `nil` key means `**mapping` unpacking.
    case dict([(key: Expr?, value: Expr)], SourceLocation)
    /// `*expr` inside a call, list, tuple, set, or an assignment target.
    case starred(Expr, SourceLocation)
    case attribute(Expr, String, SourceLocation)
    case `subscript`(Expr, Expr, SourceLocation)
    case slice(lower: Expr?, upper: Expr?, step: Expr?, SourceLocation)
    case call(Expr, args: [Expr], keywords: [Keyword], SourceLocation)
    case unary(UnaryOp, Expr, SourceLocation)
    case binary(Expr, BinaryOp, Expr, SourceLocation)
    /// `and` / `or` over two or more operands.
    case boolean(BoolOp, [Expr], SourceLocation)
    /// `a < b <= c`: the first operand, then each operator with its right operand.
    case compare(Expr, [(CompareOp, Expr)], SourceLocation)
    case ifExp(test: Expr, body: Expr, orElse: Expr, SourceLocation)
    case lambda(Parameters, Expr, SourceLocation)
    case listComp(Expr, [Comprehension], SourceLocation)
    case setComp(Expr, [Comprehension], SourceLocation)
    case dictComp(key: Expr, value: Expr, [Comprehension], SourceLocation)
    case generatorExp(Expr, [Comprehension], SourceLocation)
    case yield(Expr?, SourceLocation)
    case yieldFrom(Expr, SourceLocation)
    /// `name := value`
    case namedExpr(String, Expr, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .name(_, let l), .constant(_, let l), .joinedString(_, let l), .tuple(_, let l),
             .list(_, let l), .set(_, let l), .dict(_, let l), .starred(_, let l),
             .attribute(_, _, let l), .subscript(_, _, let l), .slice(_, _, _, let l),
             .call(_, _, _, let l), .unary(_, _, let l), .binary(_, _, _, let l),
             .boolean(_, _, let l), .compare(_, _, let l), .ifExp(_, _, _, let l),
             .lambda(_, _, let l), .listComp(_, _, let l), .setComp(_, _, let l),
             .dictComp(_, _, _, let l), .generatorExp(_, _, let l), .yield(_, let l),
             .yieldFrom(_, let l), .namedExpr(_, _, let l):
            return l
        }
    }
}

public enum Constant {
    case none
    case ellipsis
    case bool(Bool)
    /// Integer literal text without underscores, already in base 10 when it fits `Int`.
    case int(Int)
    /// An integer literal too large for `Int`, as base-10 digits.
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

public enum FStringPart {
    case literal(String)
    /// `{value!conversion:spec}`; `spec` is itself an f-string body (it may hold fields).
    /// `selfDocumenting` holds the `expr=` text, printed before the value.
    case field(value: Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

public struct Keyword {
    /// `nil` for `**mapping`.
    public var name: String?
    public var value: Expr
    /// Where the argument starts: its name, or the `**`.
    public var location: SourceLocation?
    public init(name: String?, value: Expr, location: SourceLocation? = nil) {
        self.name = name
        self.location = location
        self.value = value
    }
}

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public init(target: Expr, iter: Expr, conditions: [Expr]) {
        self.target = target
        self.iter = iter
        self.conditions = conditions
    }
}

public struct Parameter {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    public init(name: String, defaultValue: Expr?, location: SourceLocation) {
        self.name = name
        self.defaultValue = defaultValue
        self.location = location
    }
}

/// `def f(a, b=1, /, c=2, *args, d, e=3, **kwargs)`. Annotations are parsed and dropped.
public struct Parameters {
    public var positionalOnly: [Parameter] = []
    public var positional: [Parameter] = []
    public var varArgs: String?
    public var keywordOnly: [Parameter] = []
    public var varKeywords: String?
    public init() {}
}

public enum UnaryOp { case plus, minus, invert, not }

public enum BinaryOp: String {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"

    /// The operators floats support: the rest are for ints (and `@` for neither).
    var isArithmetic: Bool {
        switch self {
        case .add, .sub, .mul, .div, .floorDiv, .mod, .pow: return true
        case .matMul, .lshift, .rshift, .bitOr, .bitXor, .bitAnd: return false
        }
    }
}

public enum BoolOp { case and, or }

public enum CompareOp: String {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ImportName {
    /// Dotted module name for `import`, or the imported name for `from ... import`.
    public var name: String
    public var asName: String?
    public init(name: String, asName: String?) {
        self.name = name
        self.asName = asName
    }
}

public indirect enum Stmt {
    case expr(Expr, SourceLocation)
    /// `a = b = value`: every target gets the value.
    case assign(targets: [Expr], value: Expr, SourceLocation)
    case augAssign(target: Expr, op: BinaryOp, value: Expr, SourceLocation)
    /// `x: int = 1`; a bare `x: int` has no value and does nothing at run time.
    case annAssign(target: Expr, value: Expr?, SourceLocation)
    case delete([Expr], SourceLocation)
    case pass(SourceLocation)
    case breakLoop(SourceLocation)
    case continueLoop(SourceLocation)
    case returnValue(Expr?, SourceLocation)
    case raise(Expr?, cause: Expr?, SourceLocation)
    case global([String], SourceLocation)
    case nonlocal([String], SourceLocation)
    case ifStmt(test: Expr, body: [Stmt], orElse: [Stmt], SourceLocation)
    case whileLoop(test: Expr, body: [Stmt], orElse: [Stmt], SourceLocation)
    case forLoop(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], SourceLocation)
    case tryStmt(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt], SourceLocation)
    case with([WithItem], body: [Stmt], SourceLocation)
    case assert(Expr, message: Expr?, SourceLocation)
    case importModules([ImportName], SourceLocation)
    /// `from module import names`; `level` counts leading dots; a `*` import has one name "*".
    case importFrom(module: String?, names: [ImportName], level: Int, SourceLocation)
    case functionDef(FunctionDef)
    case classDef(ClassDef)

    public var location: SourceLocation {
        switch self {
        case .expr(_, let l), .assign(_, _, let l), .augAssign(_, _, _, let l), .annAssign(_, _, let l),
             .delete(_, let l), .pass(let l), .breakLoop(let l), .continueLoop(let l),
             .returnValue(_, let l), .raise(_, _, let l), .global(_, let l), .nonlocal(_, let l),
             .ifStmt(_, _, _, let l), .whileLoop(_, _, _, let l), .forLoop(_, _, _, _, let l),
             .tryStmt(_, _, _, _, let l), .with(_, _, let l), .assert(_, _, let l),
             .importModules(_, let l), .importFrom(_, _, _, let l):
            return l
        case .functionDef(let f): return f.location
        case .classDef(let c): return c.location
        }
    }
}

public struct FunctionDef {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    /// Outermost first, as written.
    public var decorators: [Expr]
    public var docstring: String?
    public var location: SourceLocation
    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr],
                docstring: String?, location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.docstring = docstring
        self.location = location
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public var docstring: String?
    public var location: SourceLocation
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr],
                docstring: String?, location: SourceLocation) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.docstring = docstring
        self.location = location
    }
}

/// A parsed file or REPL entry.
public struct Module {
    public var body: [Stmt]
    public var docstring: String?
    public init(body: [Stmt], docstring: String?) {
        self.body = body
        self.docstring = docstring
    }
}
