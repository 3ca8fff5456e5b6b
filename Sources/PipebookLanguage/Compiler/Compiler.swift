/// Turns a syntax tree into closures, with every name resolved to a slot, a cell or a
/// global beforehand, so running code never looks a local up by name.
final class Compiler {
    let fileName: String
    var scope: CompileScope

    private init(fileName: String, scope: CompileScope) {
        self.fileName = fileName
        self.scope = scope
    }

    /// A compiled module or notebook cell, ready to run in its globals.
    struct CompiledModule {
        let code: CodeInfo
        let globals: Globals
        let body: [StmtCode]
        /// The last statement, when it is an expression whose value is shown.
        let lastExpression: ExprCode?

        func run(_ interp: Interpreter) throws -> Value? {
            let frame = Frame(code: code, globals: globals, interp: interp, cells: [])
            do {
                for statement in body { _ = try statement(frame) }
                return try lastExpression?(frame)
            } catch let error as PyError {
                error.exception.traceback.append(TracebackEntry(fileName: code.fileName, line: frame.line, function: code.name))
                throw error
            }
        }
    }

    static func compileModule(_ module: Module, fileName: String, globals: Globals, interp: Interpreter,
                              echoLastExpression: Bool) throws -> CompiledModule {
        let symbols = SymbolAnalyzer.module(module.body)
        let code = CodeInfo(name: "<module>", qualname: "<module>", fileName: fileName, firstLine: 1,
                            parameters: Parameters(), docstring: module.docstring)
        let scope = CompileScope(kind: .module, parent: nil, symbols: symbols, code: code, globals: globals, interp: interp)
        let compiler = Compiler(fileName: fileName, scope: scope)
        var statements = module.body
        var last: ExprCode?
        if echoLastExpression, case .expr(let e, let loc)? = statements.last {
            statements.removeLast()
            let value = try compiler.expression(e)
            let line = loc.line
            last = { f in
                f.line = line
                return try value(f)
            }
        }
        let body = try statements.map(compiler.statement)
        return CompiledModule(code: code, globals: globals, body: body, lastExpression: last)
    }

    static func compileExpression(_ expr: Expr, fileName: String, globals: Globals, interp: Interpreter) throws -> CompiledModule {
        try compileModule(Module(body: [.expr(expr, expr.location)], docstring: nil), fileName: fileName,
                          globals: globals, interp: interp, echoLastExpression: true)
    }

    func syntaxError(_ message: String, _ loc: SourceLocation) -> SyntaxError {
        SyntaxError(message: message, fileName: fileName, location: loc,
                    sourceLine: scope.interp.sourceLine(fileName, loc.line) ?? "")
    }

    static func parameterNames(_ p: Parameters) -> [String] {
        var names = (p.positionalOnly + p.positional).map(\.name) + p.keywordOnly.map(\.name)
        if let v = p.varArgs { names.insert(v, at: p.positionalOnly.count + p.positional.count) }
        if let k = p.varKeywords { names.append(k) }
        return names
    }

    /// Every name an assignment target binds.
    static func targetNames(_ target: Expr) -> [String] {
        switch target {
        case .name(let n, _): return [n]
        case .tuple(let items, _), .list(let items, _): return items.flatMap(targetNames)
        case .starred(let inner, _): return targetNames(inner)
        default: return []
        }
    }

    // MARK: Functions and classes

    /// Code that creates a function object each time it runs (a `def` or a `lambda`).
    func functionMaker(name: String, parameters: Parameters, body: [Stmt], symbols: ScopeSymbols,
                       docstring: String?, location: SourceLocation) throws -> ExprCode {
        let defaultCodes = try (parameters.positionalOnly + parameters.positional).compactMap { try $0.defaultValue.map(expression) }
        let keywordDefaultCodes = try parameters.keywordOnly.compactMap { p in try p.defaultValue.map { (p.name, try expression($0)) } }
        let code = CodeInfo(name: name, qualname: scope.qualname(for: name), fileName: fileName, firstLine: location.line,
                            parameters: parameters, docstring: docstring)
        code.isGenerator = symbols.containsYield
        let functionScope = CompileScope(kind: .function, parent: scope, symbols: symbols, code: code,
                                         globals: scope.globals, interp: scope.interp)
        for name in symbols.declaredNonlocal where !scope.providesCell(name) {
            throw syntaxError("no binding for nonlocal '\(name)' found", location)
        }
        let saved = scope
        scope = functionScope
        let bodyCode = try block(body)
        scope = saved
        let capture = functionScope.freeNames.map { scope.cellPosition(of: $0) }
        let globals = scope.globals
        return { f in
            let defaults = try defaultCodes.map { try $0(f) }
            var keywordDefaults: [String: Value] = [:]
            for (n, c) in keywordDefaultCodes { keywordDefaults[n] = try c(f) }
            let closure = capture.map { f.cells[$0] }
            return .object(PyFunction(code: code, body: bodyCode, globals: globals, defaults: defaults,
                                      keywordDefaults: keywordDefaults, closure: closure))
        }
    }

    /// Compiles statements that run in order until one leaves the block early.
    ///
    /// Built as a chain of closures, each holding the next, rather than a loop over an array.
    /// Closures are kept in arrays only inside `CompiledStatement`: a bare closure taken out of
    /// an array is called through a conversion thunk every time. Long blocks are cut into
    /// chains of 32 so that running one never nests deeply.
    func block(_ statements: [Stmt]) throws -> StmtCode {
        let codes = try statements.map { CompiledStatement(run: try statement($0)) }
        if codes.count > 32 {
            let chunks = stride(from: 0, to: codes.count, by: 32).map {
                CompiledStatement(run: Compiler.chain(codes[$0..<min($0 + 32, codes.count)]))
            }
            return { f in
                for chunk in chunks {
                    let flow = try chunk.run(f)
                    if case .normal = flow { continue }
                    return flow
                }
                return .normal
            }
        }
        return Compiler.chain(codes[...])
    }

    private static func chain(_ statements: ArraySlice<CompiledStatement>) -> StmtCode {
        guard var chain = statements.last?.run else { return { _ in .normal } }
        for statement in statements.dropLast().reversed() {
            let rest = chain, run = statement.run
            chain = { f in
                let flow = try run(f)
                if case .normal = flow { return try rest(f) }
                return flow
            }
        }
        return chain
    }

    func classMaker(_ c: ClassDef) throws -> ExprCode {
        let bases = try c.bases.map(expression)
        for k in c.keywords where k.name != nil {
            throw syntaxError("Pipebook does not support class keyword arguments such as '\(k.name!)='", c.location)
        }
        let symbols = SymbolAnalyzer.classBody(c.body)
        let qualname = scope.qualname(for: c.name)
        let code = CodeInfo(name: c.name, qualname: qualname, fileName: fileName, firstLine: c.location.line,
                            parameters: Parameters(), docstring: c.docstring)
        let classScope = CompileScope(kind: .classBody, parent: scope, symbols: symbols, code: code,
                                      globals: scope.globals, interp: scope.interp)
        let saved = scope
        scope = classScope
        let body = try block(c.body)
        scope = saved
        let capture = classScope.freeNames.map { scope.cellPosition(of: $0) }
        let name = c.name, docstring = c.docstring
        return { f in
            let baseTypes: [PyType] = try bases.map { code in
                let v = try code(f)
                guard let t = v.as(PyType.self) else {
                    throw PyError.typeError("bases must be types")
                }
                return t
            }
            let frame = Frame(code: code, globals: f.globals, interp: f.interp, cells: capture.map { f.cells[$0] })
            let namespace = PyAttributes()
            namespace["__module__"] = f.globals["__name__"] ?? .str("__main__")
            namespace["__qualname__"] = .str(qualname)
            if let docstring { namespace["__doc__"] = .str(docstring) }
            frame.namespace = namespace
            _ = try f.interp.run(body, in: frame)
            return .object(try f.interp.makeClass(name: name, qualname: qualname, bases: baseTypes, namespace: namespace))
        }
    }

    // MARK: Generator expressions

    func generatorExpression(_ element: Expr, _ generators: [Comprehension], _ loc: SourceLocation) throws -> ExprCode {
        let firstIterable = try expression(generators[0].iter)
        let symbols = SymbolAnalyzer.generatorExpression(element, generators)
        var parameters = Parameters()
        parameters.positional = [Parameter(name: ".0", defaultValue: nil, location: loc)]
        let code = CodeInfo(name: "<genexpr>", qualname: scope.qualname(for: "<genexpr>"), fileName: fileName,
                            firstLine: loc.line, parameters: parameters, docstring: nil)
        let genScope = CompileScope(kind: .generatorExpression, parent: scope, symbols: symbols, code: code,
                                    globals: scope.globals, interp: scope.interp)
        let saved = scope
        scope = genScope
        let clauses: [GeneratorExpressionIterator.Clause] = try generators.enumerated().map { i, g in
            .init(iterable: i == 0 ? nil : try expression(g.iter), store: try store(g.target),
                  conditions: try g.conditions.map(condition))
        }
        let elementCode = try expression(element)
        let variable = generators.count == 1 ? LoopVariable(generators[0].target, scope) : nil
        scope = saved
        let capture = genScope.freeNames.map { scope.cellPosition(of: $0) }
        let globals = scope.globals
        return { f in
            let iterator = try f.interp.iterate(try firstIterable(f))
            var cells: [Cell] = (0..<code.cellCount).map { _ in Cell() }
            cells.append(contentsOf: capture.map { f.cells[$0] })
            let frame = Frame(code: code, globals: globals, interp: f.interp, cells: cells)
            if let variable {
                return .object(SingleClauseGeneratorIterator(frame: frame, items: iterator, variable: variable,
                                                             conditions: clauses[0].conditions, element: elementCode))
            }
            return .object(GeneratorExpressionIterator(frame: frame, first: iterator, clauses: clauses, element: elementCode))
        }
    }
}

/// A generator expression, run as a state machine over its `for` clauses rather than on a
/// thread of its own: it cannot be suspended anywhere but between elements.
final class GeneratorExpressionIterator: PyIterator, NativeRepresentable {
    /// A class rather than a struct: taking a clause out of `clauses` for each element then
    /// retains one object, not each of its closures and its array.
    final class Clause {
        let iterable: ExprCode?
        let store: StoreCode
        let conditions: [ConditionCode]

        init(iterable: ExprCode?, store: @escaping StoreCode, conditions: [ConditionCode]) {
            self.iterable = iterable
            self.store = store
            self.conditions = conditions
        }
    }

    private let frame: Frame
    private let clauses: [Clause]
    private let element: ExprCode
    private var iterators: [PyIterator]

    init(frame: Frame, first: PyIterator, clauses: [Clause], element: @escaping ExprCode) {
        self.frame = frame
        self.clauses = clauses
        self.element = element
        iterators = [first]
    }

    override var type: PyType { BuiltinTypes.generator }
    override var typeName: String { "generator" }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<generator object \(frame.code.qualname) at \(interp.address(self))>"
    }

    override func next() throws -> Value? {
        do {
            return try step()
        } catch {
            // A generator that raised is finished.
            iterators = []
            throw error
        }
    }

    private func step() throws -> Value? {
        let f = frame
        while let iterator = iterators.last {
            let level = iterators.count - 1
            guard let v = try iterator.next() else {
                iterators.removeLast()
                continue
            }
            let clause = clauses[level]
            try clause.store(f, v)
            var passes = true
            for c in clause.conditions where !(try c(f)) {
                passes = false
                break
            }
            if !passes { continue }
            if level == clauses.count - 1 { return try element(f) }
            iterators.append(try f.interp.iterate(try clauses[level + 1].iterable!(f)))
        }
        return nil
    }
}

/// A generator expression of one clause into a plain variable (`len(w) for w in words`), the
/// common case: its step calls its code directly, without the general iterator's stack of
/// iterators and clause objects.
final class SingleClauseGeneratorIterator: PyIterator, NativeRepresentable {
    private let frame: Frame
    private let items: PyIterator
    private let variable: LoopVariable
    private let conditions: [ConditionCode]
    private let element: ExprCode
    /// Once exhausted it stays so, as CPython's generators do, even if its source grows.
    private var finished = false

    init(frame: Frame, items: PyIterator, variable: LoopVariable, conditions: [ConditionCode], element: @escaping ExprCode) {
        self.frame = frame
        self.items = items
        self.variable = variable
        self.conditions = conditions
        self.element = element
    }

    override var type: PyType { BuiltinTypes.generator }
    override var typeName: String { "generator" }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<generator object \(frame.code.qualname) at \(interp.address(self))>"
    }

    override func next() throws -> Value? {
        if finished { return nil }
        let f = frame
        do {
            outer: while let v = try items.next() {
                variable.assign(v, in: f)
                if !conditions.isEmpty {
                    for c in conditions where !(try c(f)) { continue outer }
                }
                return try element(f)
            }
        } catch {
            // A generator that raised is finished.
            finished = true
            throw error
        }
        finished = true
        return nil
    }
}
