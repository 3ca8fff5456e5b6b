/// Stores a value into an assignment target.
typealias StoreCode = (Frame, Value) throws -> Void

/// Statements: each becomes a closure that runs it and says how it finished.
extension Compiler {
    func statement(_ s: Stmt) throws -> StmtCode {
        let line = s.location.line
        switch s {
        case .expr(let e, _):
            let value = try expression(e)
            return { f in
                f.line = line
                _ = try value(f)
                return .normal
            }
        case .assign(let targets, let valueExpr, _):
            let value = try expression(valueExpr)
            if targets.count == 1 {
                if case .name(let name, _) = targets[0], case .local(let slot, _) = scope.resolve(name) {
                    return { f in
                        f.line = line
                        f.slots[slot] = try value(f)
                        return .normal
                    }
                }
                // Not taken out of an array: such a closure is called through conversion thunks.
                let store = try store(targets[0])
                return { f in
                    f.line = line
                    try store(f, try value(f))
                    return .normal
                }
            }
            let stores = try targets.map(store)
            return { f in
                f.line = line
                let v = try value(f)
                for store in stores { try store(f, v) }
                return .normal
            }
        case .augAssign(let target, let op, let valueExpr, _):
            return try augmentedAssignment(target, op, valueExpr, line)
        case .annAssign(let target, let valueExpr, _):
            guard let valueExpr else { return { _ in .normal } }
            let value = try expression(valueExpr), store = try store(target)
            return { f in
                f.line = line
                try store(f, try value(f))
                return .normal
            }
        case .delete(let targets, _):
            let deletes = try targets.map(deletion)
            return { f in
                f.line = line
                for d in deletes { try d(f) }
                return .normal
            }
        case .pass:
            return { _ in .normal }
        case .breakLoop(let loc):
            if scope.loopDepth == 0 { throw syntaxError("'break' outside loop", loc) }
            return { _ in .breakLoop }
        case .continueLoop(let loc):
            if scope.loopDepth == 0 { throw syntaxError("'continue' not properly in loop", loc) }
            return { _ in .continueLoop }
        case .returnValue(let valueExpr, let loc):
            if scope.kind == .module || scope.kind == .classBody { throw syntaxError("'return' outside function", loc) }
            guard let valueExpr else {
                return { f in
                    f.returnValue = .none
                    return .returnValue
                }
            }
            let value = try expression(valueExpr)
            return { f in
                f.line = line
                f.returnValue = try value(f)
                return .returnValue
            }
        case .raise(let exceptionExpr, let causeExpr, _):
            return try raise(exceptionExpr, causeExpr, line)
        case .nonlocal(let names, let loc):
            if scope.kind == .module { throw syntaxError("nonlocal declaration not allowed at module level", loc) }
            if scope.kind == .classBody, let name = names.first(where: { !(scope.parent?.providesCell($0) ?? false) }) {
                throw syntaxError("no binding for nonlocal '\(name)' found", loc)
            }
            return { _ in .normal }
        case .global:
            return { _ in .normal }
        case .ifStmt(let testExpr, let bodyStmts, let orElseStmts, _):
            let test = try condition(testExpr)
            let body = try block(bodyStmts)
            let orElse = try block(orElseStmts)
            return { f in
                f.line = line
                return try test(f) ? try body(f) : try orElse(f)
            }
        case .whileLoop(let testExpr, let bodyStmts, let orElseStmts, _):
            let test = try condition(testExpr)
            scope.loopDepth += 1
            let body = try block(bodyStmts)
            scope.loopDepth -= 1
            let orElse = try block(orElseStmts)
            return { f in
                let interp = f.interp
                while true {
                    f.line = line
                    if !(try test(f)) { break }
                    try interp.checkInterrupt()
                    if let exit = Compiler.loopExit(try body(f)) { return exit }
                }
                return try orElse(f)
            }
        case .forLoop(let targetExpr, let iterExpr, let bodyStmts, let orElseStmts, _):
            return try forLoop(targetExpr, iterExpr, bodyStmts, orElseStmts, line)
        case .tryStmt(let body, let handlers, let orElse, let finally, _):
            return try tryStatement(body, handlers, orElse, finally)
        case .with(let items, let body, _):
            return try withStatement(items, body, line)
        case .assert(let testExpr, let messageExpr, _):
            let test = try condition(testExpr)
            let message = try messageExpr.map(expression)
            return { f in
                f.line = line
                if try test(f) { return .normal }
                let args: [Value] = try message.map { [try $0(f)] } ?? []
                throw PyError(PyExceptionObject(cls: BuiltinTypes.assertionError, args: args))
            }
        case .importModules(let names, _):
            return try importModules(names, line)
        case .importFrom(let module, let names, let level, let loc):
            return try importFrom(module, names, level, line, loc)
        case .functionDef(let def):
            let decorators = try def.decorators.map(expression)
            let make = try functionMaker(name: def.name, parameters: def.parameters, body: def.body,
                                         symbols: SymbolAnalyzer.function(def.parameters, def.body),
                                         docstring: def.docstring, location: def.location)
            let bind = storeName(scope.resolve(def.name))
            return { f in
                f.line = line
                let decoratorValues = try decorators.map { try $0(f) }
                var function = try make(f)
                for d in decoratorValues.reversed() { function = try f.interp.callValue(d, Arguments([function])) }
                try bind(f, function)
                return .normal
            }
        case .classDef(let def):
            let decorators = try def.decorators.map(expression)
            let make = try classMaker(def)
            let bind = storeName(scope.resolve(def.name))
            return { f in
                f.line = line
                let decoratorValues = try decorators.map { try $0(f) }
                var cls = try make(f)
                for d in decoratorValues.reversed() { cls = try f.interp.callValue(d, Arguments([cls])) }
                try bind(f, cls)
                return .normal
            }
        }
    }

    // MARK: Assignment

    func store(_ target: Expr) throws -> StoreCode {
        switch target {
        case .name(let name, _):
            return storeName(scope.resolve(name))
        case .attribute(let objectExpr, let name, _):
            let object = try expression(objectExpr)
            let cache = AttributeCache(name, scope.interp)
            if case .name(let variable, _) = objectExpr, case .local(let slot, _) = scope.resolve(variable) {
                return { f, v in
                    if cache.storeFast(v, into: f.slots + slot) { return }
                    try cache.store(try object(f), v, f)
                }
            }
            return { f, v in try cache.store(try object(f), v, f) }
        case .subscript(let containerExpr, let keyExpr, _):
            let container = try expression(containerExpr), key = try expression(keyExpr)
            return { f, v in
                let c = try container(f), k = try key(f)
                if case .object(let o) = c, let list = o as? PyList, case .int(let i) = k {
                    let j = i < 0 ? i + list.items.count : i
                    if j >= 0 && j < list.items.count {
                        list.items[j] = v
                        return
                    }
                }
                // A dict, not a subclass (which may define __setitem__).
                if case .object(let o) = c, let dict = o as? PyDict, dict.subclass == nil {
                    try dict.set(k, v, f.interp)
                    return
                }
                try f.interp.setItem(c, k, v)
            }
        case .tuple(let items, let loc), .list(let items, let loc):
            return try unpacking(items, loc)
        case .starred(_, let loc):
            throw syntaxError("starred assignment target must be in a list or tuple", loc)
        default:
            throw syntaxError("cannot assign to expression", target.location)
        }
    }

    func storeName(_ access: NameAccess) -> StoreCode {
        switch access {
        case .local(let slot, _): return { f, v in f.slots[slot] = v }
        case .cell(let index, _): return { f, v in f.cells[index].value = v }
        case .global(let slot, _): return { _, v in slot.value = v }
        case .classNamespace(let name, _): return { f, v in f.namespace![name] = v }
        }
    }

    private func unpacking(_ items: [Expr], _ loc: SourceLocation) throws -> StoreCode {
        let starIndex = items.firstIndex(where: isStarred)
        if items.filter(isStarred).count > 1 { throw syntaxError("multiple starred expressions in assignment", loc) }
        let stores: [StoreCode] = try items.map { item in
            if case .starred(let inner, _) = item { return try store(inner) }
            return try store(item)
        }
        let count = items.count
        if count == 2, let pair = LoopPair(.tuple(items, loc), scope) {
            let general = unpackingStore(stores, count: count, starIndex: nil)
            return { f, v in
                // `a, b = pair` from an exact tuple or list of two: straight into the variables.
                if case .object(let o) = v {
                    if type(of: o) == PyTuple.self, let t = o as? PyTuple, t.subclass == nil, t.items.count == 2 {
                        return try pair.assign(.pair(t.items[0], t.items[1]), in: f, otherwise: general)
                    }
                    if type(of: o) == PyList.self, let l = o as? PyList, l.subclass == nil, l.items.count == 2 {
                        return try pair.assign(.pair(l.items[0], l.items[1]), in: f, otherwise: general)
                    }
                }
                try general(f, v)
            }
        }
        return unpackingStore(stores, count: count, starIndex: starIndex)
    }

    private func unpackingStore(_ stores: [StoreCode], count: Int, starIndex: Int?) -> StoreCode {
        { f, v in
            let values: [Value]
            // A tuple or list of the builtin type is unpacked from its items, as CPython's
            // UNPACK_SEQUENCE does, without an iterator.
            if case .object(let t as PyTuple) = v, t.subclass == nil {
                values = t.items
            } else if case .object(let l as PyList) = v, l.subclass == nil {
                values = l.items
            } else {
                let iterator: PyIterator
                do {
                    iterator = try f.interp.iterate(v)
                } catch let e as PyError where e.exception.cls === BuiltinTypes.typeError {
                    throw PyError.typeError("cannot unpack non-iterable \(v.typeName) object")
                }
                var collected: [Value] = []
                while let item = try iterator.next() { collected.append(item) }
                values = collected
            }
            guard let star = starIndex else {
                if values.count > count { throw PyError.valueError("too many values to unpack (expected \(count))") }
                if values.count < count {
                    throw PyError.valueError("not enough values to unpack (expected \(count), got \(values.count))")
                }
                for i in 0..<count { try stores[i](f, values[i]) }
                return
            }
            let after = count - star - 1
            if values.count < count - 1 {
                throw PyError.valueError("not enough values to unpack (expected at least \(count - 1), got \(values.count))")
            }
            for i in 0..<star { try stores[i](f, values[i]) }
            try stores[star](f, .object(PyList(Array(values[star..<(values.count - after)]))))
            for i in 0..<after { try stores[star + 1 + i](f, values[values.count - after + i]) }
        }
    }

    /// `name += str`: extends the string in place when the variable is its only reference.
    private static func appendInPlace(_ tail: PyStr, to access: NameAccess, in f: Frame, loaded: inout Value?) -> Bool {
        switch access {
        case .local(let slot, _): return PyStr.append(tail, toOnlyReferenceIn: &f.slots[slot], loaded: &loaded)
        case .global(let slot, _): return PyStr.append(tail, toOnlyReferenceIn: &slot.value, loaded: &loaded)
        case .cell, .classNamespace: return false
        }
    }

    private func augmentedAssignment(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ line: Int) throws -> StmtCode {
        let value = try expression(valueExpr)
        switch target {
        case .name(let name, _):
            let access = scope.resolve(name)
            if case .local(let slot, let name) = access { return localAugmentedAssignment(slot, name, op, value, line) }
            let load = load(access), store = storeName(access)
            return { f in
                f.line = line
                var current: Value? = try load(f)
                let operand = try value(f)
                if op == .add {
                    if case .int(let a)? = current, case .int(let b) = operand {
                        let (s, o) = a.addingReportingOverflow(b)
                        if !o {
                            try store(f, .int(s))
                            return .normal
                        }
                    }
                    if case .object(let o) = operand, let tail = o as? PyStr,
                       Compiler.appendInPlace(tail, to: access, in: f, loaded: &current) {
                        return .normal
                    }
                }
                try store(f, try f.interp.inPlace(op, current!, operand))
                return .normal
            }
        case .attribute(let objectExpr, let name, _):
            let object = try expression(objectExpr)
            let cache = AttributeCache(name, scope.interp)
            return { f in
                f.line = line
                let o = try object(f)
                let current = try cache.load(o, f), operand = try value(f)
                if case .int(let a) = current, case .int(let b) = operand, op == .add {
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    if !overflow {
                        try cache.store(o, .int(sum), f)
                        return .normal
                    }
                }
                try cache.store(o, try f.interp.inPlace(op, current, operand), f)
                return .normal
            }
        case .subscript(let containerExpr, let keyExpr, _):
            let container = try expression(containerExpr), key = try expression(keyExpr)
            return { f in
                f.line = line
                let c = try container(f), k = try key(f)
                let result = try f.interp.inPlace(op, try f.interp.getItem(c, k), try value(f))
                try f.interp.setItem(c, k, result)
                return .normal
            }
        default:
            throw syntaxError("'\(Compiler.describe(target))' is an illegal expression for augmented assignment", target.location)
        }
    }

    /// `x OP= v` for a local `x`, read and written in its slot; the same steps as for any name.
    private func localAugmentedAssignment(_ slot: Int, _ name: String, _ op: BinaryOp, _ value: @escaping ExprCode,
                                          _ line: Int) -> StmtCode {
        { f in
            f.line = line
            guard var current = f.slots[slot] else { throw Compiler.unboundLocal(name) }
            let operand = try value(f)
            if case .int(let a) = current, case .int(let b) = operand, let result = Compiler.intResult(op, a, b) {
                f.slots[slot] = .int(result)
                return .normal
            }
            if op == .add, case .object(let o) = operand, let tail = o as? PyStr {
                // Moved, not copied: a reference left in `current` would make the string look shared.
                var loaded: Value? = current
                current = .none
                if PyStr.append(tail, toOnlyReferenceIn: &f.slots[slot], loaded: &loaded) { return .normal }
                current = loaded!
            }
            f.slots[slot] = try f.withInterpreter { try $0.inPlace(op, current, operand) }
            return .normal
        }
    }

    static func describe(_ e: Expr) -> String {
        switch e {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .constant: return "literal"
        default: return "expression"
        }
    }

    private func deletion(_ target: Expr) throws -> (Frame) throws -> Void {
        switch target {
        case .name(let name, _):
            switch scope.resolve(name) {
            case .local(let slot, _):
                return { f in
                    if f.slots[slot] == nil {
                        throw PyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                    }
                    f.slots[slot] = nil
                }
            case .cell(let index, _):
                return { f in
                    if f.cells[index].value == nil { throw PyError.nameError(name) }
                    f.cells[index].value = nil
                }
            case .global(let slot, _):
                return { _ in
                    if slot.value == nil { throw PyError.nameError(name) }
                    slot.value = nil
                }
            case .classNamespace(let name, _):
                return { f in
                    if f.namespace![name] == nil { throw PyError.nameError(name) }
                    f.namespace![name] = nil
                }
            }
        case .attribute(let objectExpr, let name, _):
            let object = try expression(objectExpr)
            return { f in try f.interp.deleteAttribute(try object(f), name) }
        case .subscript(let containerExpr, let keyExpr, _):
            let container = try expression(containerExpr), key = try expression(keyExpr)
            return { f in try f.interp.deleteItem(try container(f), try key(f)) }
        case .tuple(let items, _), .list(let items, _):
            let parts = try items.map(deletion)
            return { f in for p in parts { try p(f) } }
        default:
            throw syntaxError("cannot delete \(Compiler.describe(target))", target.location)
        }
    }

    // MARK: Loops

    /// How a loop goes on after its body ran once: nil to go round again, or the flow the
    /// whole loop statement ends with (`break` ends it normally).
    @inline(__always)
    static func loopExit(_ flow: Flow) -> Flow? {
        switch flow {
        case .normal, .continueLoop: return nil
        case .breakLoop: return .normal
        case .returnValue: return .returnValue
        }
    }

    private func forLoop(_ targetExpr: Expr, _ iterExpr: Expr, _ bodyStmts: [Stmt], _ orElseStmts: [Stmt],
                         _ line: Int) throws -> StmtCode {
        let iterable = try expression(iterExpr)
        let store = try store(targetExpr)
        scope.loopDepth += 1
        let body = try block(bodyStmts)
        scope.loopDepth -= 1
        let orElse = try block(orElseStmts)
        let variable = LoopVariable(targetExpr, scope), pair = LoopPair(targetExpr, scope)
        return { f in
            f.line = line
            let interp = f.interp
            let source = try iterable(f)
            // Counting through a range, or walking a list, into a variable needs no iterator object.
            if let variable, case .object(let o) = source {
                var exit: Flow?
                let finished = try variable.walk(o, in: f) {
                    try interp.checkInterrupt()
                    exit = Compiler.loopExit(try body(f))
                    return exit == nil
                }
                if let finished { return finished ? try orElse(f) : exit! }
            }
            let iterator = try interp.iterate(source)
            if let pair {
                while let step = try iterator.nextForPair() {
                    try pair.assign(step, in: f, otherwise: store)
                    try interp.checkInterrupt()
                    if let exit = Compiler.loopExit(try body(f)) { return exit }
                }
                return try orElse(f)
            }
            while let v = try iterator.next() {
                try store(f, v)
                try interp.checkInterrupt()
                if let exit = Compiler.loopExit(try body(f)) { return exit }
            }
            return try orElse(f)
        }
    }

    // MARK: Exceptions

    private func raise(_ exceptionExpr: Expr?, _ causeExpr: Expr?, _ line: Int) throws -> StmtCode {
        guard let exceptionExpr else {
            return { f in
                f.line = line
                guard let current = f.interp.handling.last else {
                    throw PyError.runtimeError("No active exception to reraise")
                }
                throw current
            }
        }
        let exception = try expression(exceptionExpr)
        let cause = try causeExpr.map(expression)
        return { f in
            f.line = line
            let error = try f.interp.makeException(try exception(f))
            if let cause {
                let c = try cause(f)
                if c.isNone {
                    error.exception.cause = nil
                } else {
                    error.exception.cause = try f.interp.makeException(c).exception
                }
                error.exception.suppressContext = true
            }
            throw error
        }
    }

    private func tryStatement(_ bodyStmts: [Stmt], _ handlers: [ExceptHandler], _ orElseStmts: [Stmt],
                              _ finallyStmts: [Stmt]) throws -> StmtCode {
        if let bare = handlers.dropLast().first(where: { $0.type == nil }) {
            throw syntaxError("default 'except:' must be last", bare.location)
        }
        let body = try block(bodyStmts)
        let orElse = try block(orElseStmts)
        let compiledHandlers: [(type: ExprCode?, store: StoreCode?, unbind: ((Frame) -> Void)?, body: StmtCode, line: Int)] =
            try handlers.map { h in
                let store = h.name.map { storeName(scope.resolve($0)) }
                var unbind: ((Frame) -> Void)?
                if let name = h.name {
                    switch scope.resolve(name) {
                    case .local(let slot, _): unbind = { f in f.slots[slot] = nil }
                    case .cell(let index, _): unbind = { f in f.cells[index].value = nil }
                    case .global(let slot, _): unbind = { _ in slot.value = nil }
                    case .classNamespace(let n, _): unbind = { f in f.namespace![n] = nil }
                    }
                }
                return (try h.type.map(expression), store, unbind, try block(h.body), h.location.line)
            }
        let finally = finallyStmts.isEmpty ? nil : try block(finallyStmts)

        let tryExcept: StmtCode = compiledHandlers.isEmpty ? body : { f in
            let flow: Flow
            do {
                flow = try body(f)
            } catch let error as PyError {
                let exception = error.exception
                for h in compiledHandlers {
                    if let type = h.type {
                        f.line = h.line
                        guard try f.interp.exceptionMatches(exception, try type(f)) else { continue }
                    }
                    try h.store?(f, .object(exception))
                    f.interp.handling.append(error)
                    defer {
                        f.interp.handling.removeLast()
                        h.unbind?(f)
                    }
                    do {
                        return try h.body(f)
                    } catch let inner as PyError {
                        if inner.exception !== exception && inner.exception.context == nil {
                            inner.exception.context = exception
                        }
                        throw inner
                    }
                }
                throw error
            }
            if case .normal = flow { return try orElse(f) }
            return flow
        }
        guard let finally else { return tryExcept }
        return { f in
            let flow: Flow
            do {
                flow = try tryExcept(f)
            } catch {
                let savedReturn = f.returnValue
                let finalFlow = try finally(f)
                if case .normal = finalFlow {
                    f.returnValue = savedReturn
                    throw error
                }
                // A return, break or continue in `finally` swallows the exception, as in CPython.
                return finalFlow
            }
            let savedReturn = f.returnValue
            let finalFlow = try finally(f)
            if case .normal = finalFlow {
                f.returnValue = savedReturn
                return flow
            }
            return finalFlow
        }
    }

    private func withStatement(_ items: [WithItem], _ bodyStmts: [Stmt], _ line: Int) throws -> StmtCode {
        var body = try block(bodyStmts)
        // `with a, b:` is `with a: with b:`.
        for item in items.reversed() {
            let context = try expression(item.context)
            let store = try item.target.map(store)
            let inner = body
            body = { f in
                f.line = line
                let interp = f.interp
                let manager = try context(f)
                let managerType = manager.type
                guard let enter = managerType.lookup("__enter__"), let exit = managerType.lookup("__exit__") else {
                    throw PyError.typeError("'\(manager.typeName)' object does not support the context manager protocol")
                }
                let entered = try interp.callValue(interp.bind(enter, to: manager), Arguments())
                let exitMethod = try interp.bind(exit, to: manager)
                let flow: Flow
                do {
                    try store?(f, entered)
                    flow = try inner(f)
                } catch let error as PyError {
                    let e = error.exception
                    let suppress = try interp.callValue(exitMethod, Arguments([.object(e.cls), .object(e), .object(e)]))
                    if try interp.isTrue(suppress) { return .normal }
                    throw error
                }
                _ = try interp.callValue(exitMethod, Arguments([.none, .none, .none]))
                return flow
            }
        }
        return body
    }

    // MARK: Imports

    private func importModules(_ names: [ImportName], _ line: Int) throws -> StmtCode {
        let bindings: [(String, String?, StoreCode)] = names.map { n in
            let bound = n.asName ?? String(n.name.split(separator: ".")[0])
            return (n.name, n.asName, storeName(scope.resolve(bound)))
        }
        return { f in
            f.line = line
            for (name, asName, store) in bindings {
                let module = try f.interp.importModule(name)
                if asName != nil {
                    try store(f, .object(module))
                } else {
                    let top = String(name.split(separator: ".")[0])
                    try store(f, .object(try f.interp.importModule(top)))
                }
            }
            return .normal
        }
    }

    private func importFrom(_ module: String?, _ names: [ImportName], _ level: Int, _ line: Int,
                            _ loc: SourceLocation) throws -> StmtCode {
        if names.count == 1 && names[0].name == "*" {
            if scope.kind != .module { throw syntaxError("import * only allowed at module level", loc) }
            let globals = scope.globals
            return { f in
                f.line = line
                let name = try f.interp.resolveRelative(module, level: level, globals: f.globals)
                let m = try f.interp.importModule(name)
                let exported: [String]
                if let all = m.globals["__all__"] {
                    exported = try f.interp.iterateToArray(all).compactMap(\.stringValue)
                } else {
                    exported = m.globals.items.map(\.0).filter { !$0.hasPrefix("_") }
                }
                for n in exported { globals[n] = m.globals[n] }
                return .normal
            }
        }
        let bindings = names.map { ($0.name, storeName(scope.resolve($0.asName ?? $0.name))) }
        return { f in
            f.line = line
            let interp = f.interp
            let name = try interp.resolveRelative(module, level: level, globals: f.globals)
            let m = try interp.importModule(name)
            for (attribute, store) in bindings {
                if let v = try interp.lookupAttribute(.object(m), attribute) {
                    try store(f, v)
                } else if let sub = try? interp.importModule("\(name).\(attribute)") {
                    try store(f, .object(sub))
                } else {
                    let error = PyError(BuiltinTypes.importError, "cannot import name '\(attribute)' from '\(name)' (\(m.globals["__file__"]?.stringValue ?? "unknown location"))")
                    throw error
                }
            }
            return .normal
        }
    }
}
