/// What one scope does with names: the facts the compiler needs to give each name a slot,
/// a cell or a global before any code runs (Python decides a name's scope statically).
final class ScopeSymbols {
    /// Names bound in this scope, in the order first seen.
    private(set) var assignedOrder: [String] = []
    private(set) var assigned: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var referenced: Set<String> = []
    /// Names nested scopes read or write but do not bind themselves.
    var childFree: Set<String> = []
    var containsYield = false
    var usesSuper = false

    func assign(_ name: String) {
        if assigned.insert(name).inserted { assignedOrder.append(name) }
    }

    /// Names bound here that live in this scope's frame (not global, not nonlocal).
    var locals: [String] {
        assignedOrder.filter { !declaredGlobal.contains($0) && !declaredNonlocal.contains($0) }
    }

    /// Names this function-like scope needs from enclosing scopes, if they have them.
    var freeInFunction: Set<String> {
        let local = Set(locals)
        return referenced.union(childFree).union(declaredNonlocal).subtracting(local).subtracting(declaredGlobal)
    }

    /// The same for a class body: its own bindings are invisible to the methods inside it.
    var freeInClass: Set<String> {
        referenced.subtracting(assigned).union(childFree).union(declaredNonlocal).subtracting(declaredGlobal)
    }
}

/// Walks one scope's statements (not into nested functions and classes, whose free names
/// it takes from a nested walk) and records its `ScopeSymbols`.
struct SymbolAnalyzer {
    private let symbols = ScopeSymbols()
    /// Names bound by the comprehensions being walked, innermost last: they are not this scope's.
    private var comprehensionNames: [Set<String>] = []

    static func function(_ parameters: Parameters, _ body: [Stmt]) -> ScopeSymbols {
        var walker = SymbolAnalyzer()
        for name in Compiler.parameterNames(parameters) { walker.symbols.assign(name) }
        walker.statements(body)
        return walker.symbols
    }

    static func lambda(_ parameters: Parameters, _ body: Expr) -> ScopeSymbols {
        var walker = SymbolAnalyzer()
        for name in Compiler.parameterNames(parameters) { walker.symbols.assign(name) }
        walker.expression(body)
        return walker.symbols
    }

    static func classBody(_ body: [Stmt]) -> ScopeSymbols {
        var walker = SymbolAnalyzer()
        walker.statements(body)
        return walker.symbols
    }

    static func module(_ body: [Stmt]) -> ScopeSymbols {
        classBody(body)
    }

    /// A generator expression: everything but its first iterable, which the enclosing scope evaluates.
    static func generatorExpression(_ element: Expr, _ generators: [Comprehension]) -> ScopeSymbols {
        var walker = SymbolAnalyzer()
        for (i, g) in generators.enumerated() {
            if i > 0 { walker.expression(g.iter) }
            walker.target(g.target)
            g.conditions.forEach { walker.expression($0) }
        }
        walker.expression(element)
        return walker.symbols
    }

    private mutating func statements(_ body: [Stmt]) {
        for s in body { statement(s) }
    }

    private mutating func statement(_ s: Stmt) {
        switch s {
        case .expr(let e, _): expression(e)
        case .assign(let targets, let value, _):
            expression(value)
            targets.forEach { target($0) }
        case .augAssign(let t, _, let value, _):
            expression(value)
            if case .name(let n, _) = t { bind(n); symbols.referenced.insert(n) } else { target(t) }
        case .annAssign(let t, let value, _):
            if let value { expression(value); target(t) } else if case .name(let n, _) = t { bind(n) }
        case .delete(let targets, _): targets.forEach { target($0) }
        case .pass, .breakLoop, .continueLoop: break
        case .returnValue(let e, _): if let e { expression(e) }
        case .raise(let e, let cause, _):
            if let e { expression(e) }
            if let cause { expression(cause) }
        case .global(let names, _): symbols.declaredGlobal.formUnion(names)
        case .nonlocal(let names, _): symbols.declaredNonlocal.formUnion(names)
        case .ifStmt(let test, let body, let orElse, _):
            expression(test)
            statements(body)
            statements(orElse)
        case .whileLoop(let test, let body, let orElse, _):
            expression(test)
            statements(body)
            statements(orElse)
        case .forLoop(let t, let iter, let body, let orElse, _):
            expression(iter)
            target(t)
            statements(body)
            statements(orElse)
        case .tryStmt(let body, let handlers, let orElse, let finally, _):
            statements(body)
            for h in handlers {
                if let t = h.type { expression(t) }
                if let n = h.name { bind(n) }
                statements(h.body)
            }
            statements(orElse)
            statements(finally)
        case .with(let items, let body, _):
            for item in items {
                expression(item.context)
                if let t = item.target { target(t) }
            }
            statements(body)
        case .assert(let test, let message, _):
            expression(test)
            if let message { expression(message) }
        case .importModules(let names, _):
            for n in names { bind(n.asName ?? String(n.name.split(separator: ".")[0])) }
        case .importFrom(_, let names, _, _):
            for n in names where n.name != "*" { bind(n.asName ?? n.name) }
        case .functionDef(let f):
            f.decorators.forEach { expression($0) }
            defaults(f.parameters)
            bind(f.name)
            nested(SymbolAnalyzer.function(f.parameters, f.body).freeInFunction)
        case .classDef(let c):
            c.decorators.forEach { expression($0) }
            c.bases.forEach { expression($0) }
            c.keywords.forEach { expression($0.value) }
            bind(c.name)
            nested(SymbolAnalyzer.classBody(c.body).freeInClass)
        }
    }

    private mutating func defaults(_ p: Parameters) {
        for param in p.positionalOnly + p.positional + p.keywordOnly {
            if let d = param.defaultValue { expression(d) }
        }
    }

    private mutating func nested(_ free: Set<String>) {
        for name in free where !isComprehensionName(name) { symbols.childFree.insert(name) }
    }

    private func isComprehensionName(_ name: String) -> Bool {
        comprehensionNames.contains { $0.contains(name) }
    }

    private mutating func bind(_ name: String) {
        if comprehensionNames.isEmpty { symbols.assign(name) } else { comprehensionNames[comprehensionNames.count - 1].insert(name) }
    }

    private mutating func target(_ t: Expr) {
        switch t {
        case .name(let n, _): bind(n)
        case .tuple(let items, _), .list(let items, _): items.forEach { target($0) }
        case .starred(let inner, _): target(inner)
        case .attribute(let obj, _, _): expression(obj)
        case .subscript(let obj, let key, _):
            expression(obj)
            expression(key)
        default: expression(t)
        }
    }

    private mutating func expression(_ e: Expr) {
        switch e {
        case .name(let n, _):
            if !isComprehensionName(n) { symbols.referenced.insert(n) }
            if n == "super" { symbols.usesSuper = true }
        case .constant: break
        case .joinedString(let parts, _): fstringParts(parts)
        case .tuple(let items, _), .list(let items, _), .set(let items, _): items.forEach { expression($0) }
        case .dict(let pairs, _):
            for p in pairs {
                if let k = p.key { expression(k) }
                expression(p.value)
            }
        case .starred(let inner, _): expression(inner)
        case .attribute(let obj, _, _): expression(obj)
        case .subscript(let obj, let key, _):
            expression(obj)
            expression(key)
        case .slice(let lower, let upper, let step, _):
            [lower, upper, step].compactMap { $0 }.forEach { expression($0) }
        case .call(let f, let args, let keywords, _):
            expression(f)
            args.forEach { expression($0) }
            keywords.forEach { expression($0.value) }
        case .unary(_, let x, _): expression(x)
        case .binary(let l, _, let r, _):
            expression(l)
            expression(r)
        case .boolean(_, let items, _): items.forEach { expression($0) }
        case .compare(let first, let rest, _):
            expression(first)
            rest.forEach { expression($0.1) }
        case .ifExp(let test, let body, let orElse, _):
            expression(test)
            expression(body)
            expression(orElse)
        case .lambda(let params, let body, _):
            defaults(params)
            nested(SymbolAnalyzer.lambda(params, body).freeInFunction)
        // A comprehension that holds a lambda or generator expression is compiled as a scope of
        // its own (see `Compiler.capturesVariables`), so its names are looked at as one here too.
        case .listComp(let element, let generators, _) where Compiler.capturesVariables(element, generators),
             .setComp(let element, let generators, _) where Compiler.capturesVariables(element, generators),
             .generatorExp(let element, let generators, _):
            expression(generators[0].iter)
            nested(SymbolAnalyzer.generatorExpression(element, generators).freeInFunction)
        case .dictComp(let key, let value, let generators, let loc)
            where Compiler.capturesVariables(.tuple([key, value], loc), generators):
            expression(generators[0].iter)
            nested(SymbolAnalyzer.generatorExpression(.tuple([key, value], loc), generators).freeInFunction)
        case .listComp(let element, let generators, _), .setComp(let element, let generators, _):
            comprehension(generators) { $0.expression(element) }
        case .dictComp(let key, let value, let generators, _):
            comprehension(generators) {
                $0.expression(key)
                $0.expression(value)
            }
        case .yield(let value, _):
            symbols.containsYield = true
            if let value { expression(value) }
        case .yieldFrom(let value, _):
            symbols.containsYield = true
            expression(value)
        case .namedExpr(let name, let value, _):
            expression(value)
            // `:=` inside a comprehension binds in the enclosing scope.
            symbols.assign(name)
        }
    }

    private mutating func comprehension(_ generators: [Comprehension], element: (inout SymbolAnalyzer) -> Void) {
        expression(generators[0].iter)
        comprehensionNames.append([])
        for (i, g) in generators.enumerated() {
            if i > 0 { expression(g.iter) }
            target(g.target)
            g.conditions.forEach { expression($0) }
        }
        element(&self)
        comprehensionNames.removeLast()
    }

    private mutating func fstringParts(_ parts: [FStringPart]) {
        for part in parts {
            if case .field(let value, _, let spec, _) = part {
                expression(value)
                if let spec { fstringParts(spec) }
            }
        }
    }
}
