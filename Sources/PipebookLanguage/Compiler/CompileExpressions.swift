import BigInt

/// Expressions: each becomes a closure that evaluates it in a frame.
extension Compiler {
    func expression(_ e: Expr) throws -> ExprCode {
        switch e {
        case .name(let name, _):
            return load(scope.resolve(name))
        case .constant(let c, _):
            let v = constant(c)
            return { _ in v }
        case .joinedString(let parts, _):
            return try fstring(parts)
        case .tuple(let items, _):
            if !items.contains(where: isStarred) {
                let codes = try items.map(expression)
                if codes.count == 2 {
                    let a = codes[0], b = codes[1]
                    return { f in .object(PyTuple([try a(f), try b(f)])) }
                }
                return { f in .object(PyTuple(try codes.map { try $0(f) })) }
            }
            let build = try sequenceBuilder(items)
            return { f in .object(PyTuple(try build(f))) }
        case .list(let items, _):
            let build = try sequenceBuilder(items)
            return { f in .object(PyList(try build(f))) }
        case .set(let items, _):
            let build = try sequenceBuilder(items)
            return { f in
                let s = PySet()
                for v in try build(f) { try s.add(v, f.interp) }
                return .object(s)
            }
        case .dict(let pairs, _):
            return try dictDisplay(pairs)
        case .starred(_, let loc):
            throw syntaxError("can't use starred expression here", loc)
        case .attribute(let objectExpr, let name, _):
            let object = try expression(objectExpr)
            let cache = AttributeCache(name, scope.interp)
            if case .name(let variable, _) = objectExpr, case .local(let slot, _) = scope.resolve(variable) {
                return { f in
                    if let v = cache.loadFast(from: f.slots + slot) { return v }
                    return try cache.load(try object(f), f)
                }
            }
            return { f in try cache.load(try object(f), f) }
        case .subscript(let containerExpr, let keyExpr, _):
            let container = try expression(containerExpr), key = try expression(keyExpr)
            return { f in
                let c = try container(f), k = try key(f)
                if case .object(let o) = c, let list = o as? PyList, case .int(let i) = k {
                    let j = i < 0 ? i + list.items.count : i
                    if j >= 0 && j < list.items.count { return list.items[j] }
                }
                // A dict, not a subclass (which may define __getitem__ or __missing__).
                if case .object(let o) = c, let dict = o as? PyDict, dict.subclass == nil {
                    guard let v = try dict.get(k, f.interp) else { throw PyError.keyError(k) }
                    return v
                }
                return try f.interp.getItem(c, k)
            }
        case .slice(let lower, let upper, let step, _):
            let parts = try [lower, upper, step].map { try $0.map(expression) }
            return { f in
                let values = try parts.map { try $0?(f) ?? Value.none }
                return .object(PySlice(start: values[0], stop: values[1], step: values[2]))
            }
        case .call(let function, let args, let keywords, let loc):
            return try call(function, args, keywords, loc)
        case .unary(let op, let operandExpr, _):
            let operand = try expression(operandExpr)
            if op == .not { return { f in .bool(!(try f.interp.isTrue(try operand(f)))) } }
            return { f in try f.interp.unary(op, try operand(f)) }
        case .binary(let l, let op, let r, _):
            if let direct = try directBinary(op, l, r) { return direct }
            return try binary(op, try expression(l), try expression(r))
        case .boolean(let op, let items, _):
            let codes = try items.map(expression)
            if op == .and {
                return { f in
                    var v = Value.none
                    for c in codes {
                        v = try c(f)
                        if !(try f.interp.isTrue(v)) { return v }
                    }
                    return v
                }
            }
            return { f in
                var v = Value.none
                for c in codes {
                    v = try c(f)
                    if try f.interp.isTrue(v) { return v }
                }
                return v
            }
        case .compare(let first, let rest, _):
            return try comparison(first, rest)
        case .ifExp(let test, let body, let orElse, _):
            let t = try condition(test), b = try expression(body), o = try expression(orElse)
            return { f in try t(f) ? try b(f) : try o(f) }
        case .lambda(let parameters, let body, let loc):
            let returnBody = Stmt.returnValue(body, loc)
            return try functionMaker(name: "<lambda>", parameters: parameters, body: [returnBody],
                                     symbols: SymbolAnalyzer.lambda(parameters, body), docstring: nil, location: loc)
        case .listComp(let element, let generators, let loc) where Compiler.capturesVariables(element, generators):
            let items = try generatorExpression(element, generators, loc)
            return { f in .object(PyList(try f.interp.iterateToArray(try items(f)))) }
        case .setComp(let element, let generators, let loc) where Compiler.capturesVariables(element, generators):
            let items = try generatorExpression(element, generators, loc)
            return { f in
                let set = PySet()
                try f.interp.addAll(set, try items(f))
                return .object(set)
            }
        case .dictComp(let key, let value, let generators, let loc) where Compiler.capturesVariables(.tuple([key, value], loc), generators):
            let pairs = try generatorExpression(.tuple([key, value], loc), generators, loc)
            return { f in
                let dict = PyDict()
                for pair in try f.interp.iterateToArray(try pairs(f)) {
                    let kv = pair.as(PyTuple.self)!.items
                    try dict.set(kv[0], kv[1], f.interp)
                }
                return .object(dict)
            }
        case .listComp(let element, let generators, _):
            let elementCode = try comprehension(generators) { try self.expression(element) }
            return { f in
                // Gathered in a local array: appending to the list object's would check its uniqueness each time.
                var items: [Value] = []
                try elementCode.run(f) { items.append($0) }
                return .object(PyList(items))
            }
        case .setComp(let element, let generators, _):
            let elementCode = try comprehension(generators) { try self.expression(element) }
            return { f in
                let set = PySet()
                try f.withInterpreter { interp in try elementCode.run(f) { try set.add($0, interp) } }
                return .object(set)
            }
        case .dictComp(let key, let value, let generators, _):
            var valueCode: ExprCode?
            let keyCode = try comprehension(generators) {
                let k = try self.expression(key)
                valueCode = try self.expression(value)
                return k
            }
            let v = valueCode!
            return { f in
                let dict = PyDict()
                try f.withInterpreter { interp in try keyCode.run(f) { k in try dict.set(k, try v(f), interp) } }
                return .object(dict)
            }
        case .generatorExp(let element, let generators, let loc):
            return try generatorExpression(element, generators, loc)
        case .yield(let valueExpr, let loc):
            try requireGenerator(loc)
            let value = try valueExpr.map(expression)
            return { f in try f.generator!.yield(try value?(f) ?? Value.none, f.interp) }
        case .yieldFrom(let valueExpr, let loc):
            try requireGenerator(loc)
            let value = try expression(valueExpr)
            return { f in try Compiler.delegate(to: try value(f), f) }
        case .namedExpr(let name, let valueExpr, _):
            let value = try expression(valueExpr)
            let store = storeName(enclosingResolve(name))
            return { f in
                let v = try value(f)
                try store(f, v)
                return v
            }
        }
    }

    /// Whether a comprehension holds a lambda or generator expression, which may capture its
    /// variables: then it needs a frame of its own, as a generator expression has, so that
    /// each captured variable is a cell.
    static func capturesVariables(_ element: Expr, _ generators: [Comprehension]) -> Bool {
        let parts = [element] + generators.flatMap { [$0.iter] + $0.conditions }
        return parts.contains(where: containsNestedScope)
    }

    private static func containsNestedScope(_ e: Expr) -> Bool {
        switch e {
        case .lambda, .generatorExp: return true
        case .name, .constant, .slice: return false
        case .tuple(let items, _), .list(let items, _), .set(let items, _), .boolean(_, let items, _):
            return items.contains(where: containsNestedScope)
        case .dict(let pairs, _): return pairs.contains { containsNestedScope($0.value) || ($0.key.map(containsNestedScope) ?? false) }
        case .starred(let x, _), .attribute(let x, _, _), .unary(_, let x, _), .yieldFrom(let x, _), .namedExpr(_, let x, _):
            return containsNestedScope(x)
        case .subscript(let a, let b, _), .binary(let a, _, let b, _): return containsNestedScope(a) || containsNestedScope(b)
        case .call(let f, let args, let keywords, _):
            return containsNestedScope(f) || args.contains(where: containsNestedScope) || keywords.contains { containsNestedScope($0.value) }
        case .compare(let first, let rest, _): return containsNestedScope(first) || rest.contains { containsNestedScope($0.1) }
        case .ifExp(let a, let b, let c, _): return [a, b, c].contains(where: containsNestedScope)
        case .listComp(let x, let g, _), .setComp(let x, let g, _): return capturesVariables(x, g)
        case .dictComp(let k, let v, let g, _): return capturesVariables(k, g) || containsNestedScope(v)
        case .yield(let x, _): return x.map(containsNestedScope) ?? false
        case .joinedString: return false
        }
    }

    /// `yield` and `yield from` both: CPython names them alike in this message.
    private func requireGenerator(_ loc: SourceLocation) throws {
        if scope.kind == .module || scope.kind == .classBody {
            throw syntaxError("'yield' outside function", loc)
        }
    }

    /// `:=` binds in the scope around any comprehension it is in.
    private func enclosingResolve(_ name: String) -> NameAccess {
        let saved = scope.comprehensionSlots
        scope.comprehensionSlots = []
        defer { scope.comprehensionSlots = saved }
        return scope.resolve(name)
    }

    /// `yield from iterable`: passes values, sends and throws through; evaluates to the return value.
    static func delegate(to iterable: Value, _ f: Frame) throws -> Value {
        let interp = f.interp
        let iterator = try interp.iterate(iterable)
        guard let generator = iterator as? PyGenerator else {
            while let v = try iterator.next() { _ = try f.generator!.yield(v, interp) }
            return .none
        }
        var input = GeneratorChannel.Input.send(.none)
        while true {
            guard let v = try generator.resume(input) else { return generator.returnValue }
            do {
                input = .send(try f.generator!.yield(v, interp))
            } catch let e as PyError {
                input = .raise(e)
            }
        }
    }

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e { return true }
        return false
    }

    func constant(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .ellipsis: return .object(PyEllipsis.shared)
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return .int(BigInt(digits) ?? 0)
        case .float(let d): return .float(d)
        case .imaginary: return .object(PyNotImplemented.shared)
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        }
    }

    func load(_ access: NameAccess) -> ExprCode {
        switch access {
        case .local(let slot, let name):
            return { f in
                if let v = f.slots[slot] { return v }
                throw PyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
            }
        case .cell(let index, let name):
            return { f in
                if let v = f.cells[index].value { return v }
                if index < f.code.cellCount {
                    throw PyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                }
                throw PyError(BuiltinTypes.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
        case .global(let slot, let builtin):
            return { _ in
                if let v = slot.value { return v }
                if let v = builtin.value { return v }
                throw PyError.nameError(slot.name)
            }
        case .classNamespace(let name, let outer):
            let outerLoad = load(outer)
            return { f in
                if let v = f.namespace?[name] { return v }
                return try outerLoad(f)
            }
        }
    }

    /// Builds the items of a list, tuple or set display, expanding `*iterable`.
    private func sequenceBuilder(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
        let parts: [(ExprCode, Bool)] = try items.map { item in
            if case .starred(let inner, _) = item { return (try expression(inner), true) }
            return (try expression(item), false)
        }
        if !parts.contains(where: { $0.1 }) {
            let codes = parts.map(\.0)
            return { f in
                var out: [Value] = []
                out.reserveCapacity(codes.count)
                for c in codes { out.append(try c(f)) }
                return out
            }
        }
        return { f in
            var out: [Value] = []
            for (code, starred) in parts {
                let v = try code(f)
                if starred { out.append(contentsOf: try f.interp.iterateToArray(v)) } else { out.append(v) }
            }
            return out
        }
    }

    private func dictDisplay(_ pairs: [(key: Expr?, value: Expr)]) throws -> ExprCode {
        let codes: [(ExprCode?, ExprCode)] = try pairs.map { (try $0.key.map(expression), try expression($0.value)) }
        return { f in
            let d = PyDict()
            for (key, value) in codes {
                if let key {
                    let k = try key(f)
                    try d.set(k, try value(f), f.interp)
                } else {
                    let mapping = try value(f)
                    for (k, v) in try f.interp.mappingItems(mapping) { try d.set(k, v, f.interp) }
                }
            }
            return .object(d)
        }
    }

    private func binary(_ op: BinaryOp, _ l: @escaping ExprCode, _ r: @escaping ExprCode) throws -> ExprCode {
        switch op {
        case .add:
            return { f in
                let x = try l(f), y = try r(f)
                if case .int(let a) = x, case .int(let b) = y {
                    let (s, o) = a.addingReportingOverflow(b)
                    if !o { return .int(s) }
                }
                return try f.interp.binary(.add, x, y)
            }
        case .sub:
            return { f in
                let x = try l(f), y = try r(f)
                if case .int(let a) = x, case .int(let b) = y {
                    let (s, o) = a.subtractingReportingOverflow(b)
                    if !o { return .int(s) }
                }
                return try f.interp.binary(.sub, x, y)
            }
        default:
            return { f in try f.interp.binary(op, try l(f), try r(f)) }
        }
    }

    private func comparison(_ first: Expr, _ rest: [(CompareOp, Expr)]) throws -> ExprCode {
        let head = try expression(first)
        if rest.count == 1 {
            let (op, rightExpr) = rest[0]
            let right = try expression(rightExpr)
            switch op {
            case .lt, .le, .gt, .ge, .eq, .ne:
                return { f in
                    let a = try head(f), b = try right(f)
                    if case .int(let x) = a, case .int(let y) = b { return .bool(Interpreter.order(x, y, op)) }
                    return try f.interp.compare(a, b, op)
                }
            default:
                return { f in try f.interp.compare(try head(f), try right(f), op) }
            }
        }
        let tail = try rest.map { ($0.0, try expression($0.1)) }
        return { f in
            var left = try head(f)
            var result = Value.true
            for (op, code) in tail {
                let right = try code(f)
                result = try f.interp.compare(left, right, op)
                if !(try f.interp.isTrue(result)) { return result }
                left = right
            }
            return result
        }
    }

    /// An f-string's parts each append their text to the string being built: no string of
    /// their own in between.
    private typealias FStringPiece = (Frame, inout String) throws -> Void

    private func fstring(_ parts: [FStringPart]) throws -> ExprCode {
        // The pieces chained into one closure, as statements are: looping over an array of
        // closures would retain and release each one's context on every evaluation.
        var pieces = try parts.map(fstringPiece)
        guard var run = pieces.popLast() else { return { _ in .str("") } }
        for piece in pieces.reversed() {
            let rest = run
            run = { f, out in
                try piece(f, &out)
                try rest(f, &out)
            }
        }
        // Room for the literal text and a short value per field, so the text grows once at most.
        var capacity = 0
        for part in parts {
            if case .literal(let text) = part { capacity += text.utf8.count } else { capacity += 16 }
        }
        let whole = run
        return { f in
            var out = ""
            // Up to 15 bytes a Swift string lives inline; reserving would allocate.
            if capacity > 15 { out.reserveCapacity(capacity) }
            try whole(f, &out)
            return .str(out)
        }
    }

    private func fstringPiece(_ part: FStringPart) throws -> FStringPiece {
        switch part {
        case .literal(let s):
            return { _, out in out += s }
        case .field(let valueExpr, nil, nil, nil):
            // The common `{x}`: what format(x, "") gives, an int's digits without the detour.
            let value = try expression(valueExpr)
            return { f, out in
                let v = try value(f)
                if case .int(let i) = v { out += String(i) } else { out += try f.interp.format(v, "") }
            }
        case .field(let valueExpr, let conversion, let specParts, let selfDocumenting):
            let value = try expression(valueExpr)
            let spec = try specParts.map(fstring)
            let prefix = selfDocumenting ?? ""
            return { f, out in
                var v = try value(f)
                switch conversion {
                case "r": v = .str(try f.interp.repr(v))
                case "s": v = .str(try f.interp.str(v))
                case "a": v = .str(Interpreter.ascii(try f.interp.repr(v)))
                default: break
                }
                let specText = try spec.map { try $0(f).stringValue ?? "" } ?? ""
                out += prefix
                out += try f.interp.format(v, specText)
            }
        }
    }

    // MARK: Calls

    private func call(_ function: Expr, _ args: [Expr], _ keywords: [Keyword], _ loc: SourceLocation) throws -> ExprCode {
        var keywordNames: Set<String> = []
        for k in keywords {
            guard let name = k.name else { continue }
            if !keywordNames.insert(name).inserted {
                throw syntaxError("keyword argument repeated: \(name)", k.location ?? k.value.location)
            }
        }
        if case .name("super", _) = function, args.isEmpty, keywords.isEmpty, scope.kind == .function {
            return try zeroArgumentSuper(loc)
        }
        let simple = !args.contains(where: isStarred) && !keywords.contains { $0.name == nil }
        if simple, case .attribute(let objectExpr, let name, _) = function {
            // `obj.method(args)`: the receiver goes first in the argument array, ready for the
            // method, and no bound-method object is made.
            let object = try expression(objectExpr)
            let codes = try args.map { CompiledExpression(run: try expression($0)) }
            let named = try keywords.map { ($0.name!, try expression($0.value)) }
            let cache = AttributeCache(name, scope.interp)
            let arity = codes.count + 1
            let fill = Compiler.intoSlots(codes)
            let first: ExprCode? = codes.count >= 1 ? codes[0].run : nil
            let second: ExprCode? = codes.count == 2 ? codes[1].run : nil
            return { f in
                let receiver = try object(f)
                return try f.withInterpreter { interp in
                    if named.isEmpty, let function = cache.method(of: receiver), function.code.simpleArity == arity {
                        let frame = function.newFrame(interp)
                        frame.slots[0] = receiver
                        try fill(f, frame.slots + 1)
                        return try interp.enter(function, frame)
                    }
                    // A builtin method with a fast entry (`s.upper()`, `s.split(sep)`): no argument array.
                    if named.isEmpty, let native = cache.nativeMethod(of: receiver) {
                        if arity == 1, let call1 = native.call1 { return try call1(interp, receiver) }
                        if arity == 2, let first, let call2 = native.call2 { return try call2(interp, receiver, try first(f)) }
                        if let first, let second, let call3 = native.call3 {
                            return try call3(interp, receiver, try first(f), try second(f))
                        }
                    }
                    var positional: [Value] = []
                    positional.reserveCapacity(codes.count + 1)
                    positional.append(receiver)
                    for c in codes { positional.append(try c.run(f)) }
                    var a = Arguments(positional)
                    if !named.isEmpty { a.keywords = try named.map { ($0.0, try $0.1(f)) } }
                    return try cache.callMethod(a, interp)
                }
            }
        }
        let arguments = try argumentBuilder(args, keywords)
        let callee = try expression(function)
        if simple && keywords.isEmpty {
            // Positional arguments go straight into the callee's frame.
            let codes = try args.map { CompiledExpression(run: try expression($0)) }
            let arity = codes.count
            let fill = Compiler.intoSlots(codes)
            let first: ExprCode? = codes.count >= 1 ? codes[0].run : nil
            let second: ExprCode? = codes.count == 2 ? codes[1].run : nil
            // Not optional: an optional closure is called through a conversion thunk.
            let only: ExprCode = codes.count == 1 ? codes[0].run : { _ in .none }
            return { f in
                let c = try callee(f)
                return try f.withInterpreter { interp in
                    if case .object(let fn as PyFunction) = c, fn.code.simpleArity == arity {
                        let frame = fn.newFrame(interp)
                        if arity == 1 { frame.slots[0] = try only(f) } else { try fill(f, frame.slots) }
                        return try interp.enter(fn, frame)
                    }
                    if case .object(let native as PyNativeFunction) = c {
                        // Builtins with a fast entry (`len(x)`, `isinstance(x, t)`): no argument array.
                        if arity == 1, let call1 = native.call1, let first { return try call1(interp, try first(f)) }
                        if let call2 = native.call2, let first, let second { return try call2(interp, try first(f), try second(f)) }
                        var positional: [Value] = []
                        positional.reserveCapacity(arity)
                        for code in codes { positional.append(try code.run(f)) }
                        return try native.body(interp, Arguments(positional))
                    }
                    // `str(x)`, `int(x)`: the conversion itself, without `Arguments` or `construct`.
                    if case .object(let cls as PyType) = c, let first, let convert = BuiltinMethods.conversion(cls, arity: arity) {
                        return try convert(interp, try first(f))
                    }
                    if case .object(let cls as PyType) = c, let initializer = interp.simpleInitializer(cls, arity: arity + 1) {
                        let frame = initializer.newFrame(interp)
                        try fill(f, frame.slots + 1)
                        let instance = Value.object(PyInstance(cls: cls))
                        frame.slots[0] = instance
                        return try interp.initialize(instance, initializer, frame)
                    }
                    return try interp.callValue(c, try arguments(f, c))
                }
            }
        }
        return { f in
            let c = try callee(f)
            if case .object(let fn as PyFunction) = c { return try f.interp.callFunction(fn, try arguments(f, c)) }
            return try f.interp.callValue(c, try arguments(f, c))
        }
    }

    /// Code that evaluates positional arguments in order into consecutive frame slots.
    /// Up to three arguments each get a closure of their own, captured alone: calling a
    /// closure taken out of an array retains and releases its context every time.
    static func intoSlots(_ codes: [CompiledExpression]) -> (Frame, UnsafeMutablePointer<Value?>) throws -> Void {
        switch codes.count {
        case 0:
            return { _, _ in }
        case 1:
            let a = codes[0].run
            return { f, slots in slots[0] = try a(f) }
        case 2:
            let a = codes[0].run, b = codes[1].run
            return { f, slots in
                slots[0] = try a(f)
                slots[1] = try b(f)
            }
        case 3:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run
            return { f, slots in
                slots[0] = try a(f)
                slots[1] = try b(f)
                slots[2] = try c(f)
            }
        default:
            return { f, slots in
                for i in codes.indices { slots[i] = try codes[i].run(f) }
            }
        }
    }

    /// Evaluates a call's arguments, expanding `*iterable` and `**mapping`; the callee names
    /// itself in the errors.
    private func argumentBuilder(_ args: [Expr], _ keywords: [Keyword]) throws -> (Frame, Value) throws -> Arguments {
        let parts: [(ExprCode, Bool)] = try args.map { item in
            if case .starred(let inner, _) = item { return (try expression(inner), true) }
            return (try expression(item), false)
        }
        let named: [(String?, ExprCode)] = try keywords.map { ($0.name, try expression($0.value)) }
        return { f, callee in
            let interp = f.interp
            var positional: [Value] = []
            positional.reserveCapacity(parts.count)
            for (code, starred) in parts {
                let v = try code(f)
                guard starred else {
                    positional.append(v)
                    continue
                }
                let iterator: PyIterator
                do {
                    iterator = try interp.iterate(v)
                } catch let e as PyError where e.exception.cls === BuiltinTypes.typeError {
                    throw PyError.typeError("\(interp.callableName(callee)) argument after * must be an iterable, not \(v.typeName)")
                }
                while let item = try iterator.next() { positional.append(item) }
            }
            var a = Arguments(positional)
            for (name, code) in named {
                let v = try code(f)
                if let name {
                    a.keywords.append((name, v))
                    continue
                }
                guard v.as(PyDict.self) != nil || v.type.lookup("keys") != nil else {
                    throw PyError.typeError("\(interp.callableName(callee)) argument after ** must be a mapping, not \(v.typeName)")
                }
                for (k, value) in try interp.mappingItems(v) {
                    guard let key = k.stringValue else { throw PyError.typeError("keywords must be strings") }
                    if a.keywords.contains(where: { $0.name == key }) {
                        throw PyError.typeError("\(interp.callableName(callee)) got multiple values for keyword argument '\(key)'")
                    }
                    a.keywords.append((key, value))
                }
            }
            return a
        }
    }

    /// `super()` inside a method: the class it was defined in and its first argument.
    private func zeroArgumentSuper(_ loc: SourceLocation) throws -> ExprCode {
        guard let firstName = scope.code.parameterNames.first else {
            return { _ in throw PyError.runtimeError("super(): no arguments") }
        }
        let first = load(scope.resolve(firstName))
        scope.code.usesZeroArgumentSuper = true
        return { f in
            guard let cls = f.function?.definingClass?.value?.as(PyType.self) else {
                throw PyError.runtimeError("super(): __class__ cell not found")
            }
            let receiver = try first(f)
            let lookupType = receiver.as(PyType.self) ?? receiver.type
            return .object(PySuper(startAfter: cls, receiver: receiver, lookupType: lookupType))
        }
    }

    // MARK: Comprehensions

    /// Compiled comprehension clauses around an element: `run` calls `emit` for each element.
    struct ComprehensionCode {
        let firstIterable: ExprCode
        let loops: (Frame, PyIterator, (Value) throws -> Void) throws -> Void
        let single: SingleClause?

        func run(_ f: Frame, emit: (Value) throws -> Void) throws {
            let source = try firstIterable(f)
            if let single, case .object(let o) = source, try single.run(f, over: o, emit: emit) { return }
            let iterator = try f.interp.iterate(source)
            try withoutActuallyEscaping(emit) { emit in try loops(f, iterator, emit) }
        }
    }

    /// A comprehension of one clause into a plain variable (`[len(w) for w in words if w]`),
    /// run over an exact list or range with no iterator object and with its code called
    /// directly, not through the optional and array-held closures the general loops need.
    struct SingleClause {
        let variable: LoopVariable
        let condition: ConditionCode?
        let element: ExprCode

        /// False when `source` is neither an exact list nor a range: nothing has run then.
        func run(_ f: Frame, over source: PyObject, emit: (Value) throws -> Void) throws -> Bool {
            try variable.walk(source, in: f) {
                if let condition, !(try condition(f)) { return true }
                try emit(try element(f))
                return true
            } != nil
        }
    }

    /// Compiles the clauses of an inline comprehension; its variables get hidden slots of this frame.
    private func comprehension(_ generators: [Comprehension], element: () throws -> ExprCode) throws -> ComprehensionCode {
        let firstIterable = try expression(generators[0].iter)
        var names: [String: Int] = [:]
        for g in generators {
            for name in Compiler.targetNames(g.target) where names[name] == nil { names[name] = scope.hiddenSlot(name) }
        }
        scope.comprehensionSlots.append(names)
        defer { scope.comprehensionSlots.removeLast() }
        let clauses: [(iter: ExprCode?, store: StoreCode, pair: LoopPair?, conditions: [ConditionCode])] = try generators.enumerated().map { i, g in
            (i == 0 ? nil : try expression(g.iter), try store(g.target), LoopPair(g.target, scope), try g.conditions.map(condition))
        }
        let elementCode = try element()
        typealias Loop = (Frame, PyIterator, (Value) throws -> Void) throws -> Void
        var inner: Loop?
        var innerIterable: ExprCode?
        for clause in clauses.reversed() {
            let next = inner, nextIterable = innerIterable
            let store = clause.store, pair = clause.pair, conditions = clause.conditions
            inner = { f, iterator, emit in
                outer: while true {
                    if let pair {
                        guard let step = try iterator.nextForPair() else { break }
                        try pair.assign(step, in: f, otherwise: store)
                    } else {
                        guard let v = try iterator.next() else { break }
                        try store(f, v)
                    }
                    for c in conditions where !(try c(f)) { continue outer }
                    if let next, let nextIterable {
                        // Every clause after the first evaluates its iterable afresh each time round.
                        try next(f, try f.interp.iterate(try nextIterable(f)), emit)
                    } else {
                        try emit(try elementCode(f))
                    }
                }
            }
            innerIterable = clause.iter
        }
        var single: SingleClause?
        if generators.count == 1, let variable = LoopVariable(generators[0].target, scope) {
            let conditions = clauses[0].conditions
            var condition: ConditionCode?
            if conditions.count == 1 {
                condition = conditions[0]
            } else if conditions.count > 1 {
                condition = { f in
                    for c in conditions where !(try c(f)) { return false }
                    return true
                }
            }
            single = SingleClause(variable: variable, condition: condition, element: elementCode)
        }
        return ComprehensionCode(firstIterable: firstIterable, loops: inner!, single: single)
    }
}
