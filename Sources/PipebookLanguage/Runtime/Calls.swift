/// Calling: functions, methods, classes and callable objects.
extension Interpreter {
    public func callValue(_ callee: Value, _ args: Arguments) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyError.typeError("'\(callee.typeName)' object is not callable")
        }
        switch o {
        case let f as PyFunction:
            return try callFunction(f, args)
        case let f as PyNativeFunction:
            return try f.body(self, args)
        case let m as PyBoundMethod:
            var withReceiver = args
            withReceiver.positional.insert(m.receiver, at: 0)
            return try callValue(m.function, withReceiver)
        case let t as PyType:
            return try construct(t, args)
        default:
            if let call = o.type.lookup("__call__") {
                return try callValue(bind(call, to: callee), args)
            }
            throw PyError.typeError("'\(o.type.name)' object is not callable")
        }
    }

    /// How CPython names a callable in argument errors: `__main__.f()`, `print()`.
    func callableName(_ callee: Value) -> String {
        switch callee {
        case .object(let f as PyFunction):
            let module = f.globals["__name__"]?.stringValue ?? "__main__"
            return "\(module).\(f.qualname)()"
        case .object(let f as PyNativeFunction): return "\(f.qualifiedName)()"
        case .object(let m as PyBoundMethod): return callableName(m.function)
        case .object(let t as PyType): return "\(t.name)()"
        default: return "\(callee.typeName) object"
        }
    }

    /// Calls `receiver.name(args)` without building a bound method when it can.
    public func callMethod(_ receiver: Value, _ name: String, _ args: Arguments) throws -> Value {
        if case .object(let o) = receiver, !(o is PyType), !(o is PyModule), !(o is PySuper), !(o is NativeAttributes) {
            if let attr = o.type.lookup(name), o.ownAttribute(name) == nil, case .object(let f) = attr {
                if let native = f as? PyNativeFunction, native.owner != nil {
                    var withReceiver = args
                    withReceiver.positional.insert(receiver, at: 0)
                    return try native.body(self, withReceiver)
                }
                if let function = f as? PyFunction {
                    var withReceiver = args
                    withReceiver.positional.insert(receiver, at: 0)
                    return try callFunction(function, withReceiver)
                }
            }
        }
        return try callValue(getAttribute(receiver, name), args)
    }

    func callFunction(_ f: PyFunction, _ args: Arguments) throws -> Value {
        let frame = f.newFrame(self)
        try bindArguments(f, args, into: frame)
        return try enter(f, frame)
    }

    /// Runs a function in a frame whose parameters are already bound.
    func enter(_ f: PyFunction, _ frame: consuming Frame) throws -> Value {
        if f.needsSetup { return try enterWithSetup(f, frame) }
        let result = try run(f.body, in: frame)
        f.recycle(frame)
        return result
    }

    /// `enter` for a function with cells, a closure, `yield` or argument-less `super()`.
    private func enterWithSetup(_ f: PyFunction, _ frame: consuming Frame) throws -> Value {
        let code = f.code
        if code.cellCount > 0 || !f.closure.isEmpty {
            var cells: [Cell] = []
            cells.reserveCapacity(code.cellCount + f.closure.count)
            for i in 0..<code.cellCount {
                // A captured parameter starts with its argument.
                let slot = i < code.cellSlots.count ? code.cellSlots[i] : -1
                cells.append(Cell(slot >= 0 ? frame.slots[slot] : nil))
            }
            cells.append(contentsOf: f.closure)
            frame.cells = cells
        }
        if code.isGenerator {
            frame.function = f
            return .object(PyGenerator(frame: frame, body: f.body, interp: self))
        }
        if code.usesZeroArgumentSuper { frame.function = f }
        let result = try run(f.body, in: frame)
        f.recycle(frame)
        return result
    }

    /// Runs a function body in its frame, with the recursion guard and traceback bookkeeping.
    func run(_ body: StmtCode, in frame: Frame) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        // The module frame counts too, as in CPython: its depth 1 is the limit's first.
        // The stack is looked at every eighth level: a Python call takes a few KiB of it at
        // most, far less than the reserve `stackLimit` keeps.
        if depth >= recursionLimit || (depth & 7 == 0 && StackBounds.currentAddress() < stackLimit) {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        do {
            _ = try body(frame)
            return frame.takeReturnValue()
        } catch let error as PyError {
            error.exception.traceback.append(TracebackEntry(fileName: frame.code.fileName, line: frame.line, function: frame.code.name))
            throw error
        }
    }

    private func bindArguments(_ f: PyFunction, _ args: Arguments, into frame: Frame) throws {
        let code = f.code
        let slots = frame.slots
        let given = args.positional.count
        // The common case: exactly the positional parameters, nothing else.
        if args.keywords.isEmpty && given == code.positionalCount && code.varArgsSlot == nil
            && code.keywordOnlyCount == 0 && code.varKeywordsSlot == nil {
            for i in 0..<given { slots[i] = args.positional[i] }
            return
        }
        let positionalCount = code.positionalCount
        for i in 0..<min(given, positionalCount) { slots[i] = args.positional[i] }
        if given > positionalCount {
            guard let varArgs = code.varArgsSlot else { throw tooManyPositional(f, given: given, args: args) }
            slots[varArgs] = .object(PyTuple(Array(args.positional[positionalCount...])))
        } else if let varArgs = code.varArgsSlot {
            slots[varArgs] = .object(PyTuple.empty)
        }
        var extra: PyDict?
        if let k = code.varKeywordsSlot {
            let d = PyDict()
            extra = d
            slots[k] = .object(d)
        }
        var positionalOnlyAsKeyword: [String] = []
        for (name, value) in args.keywords {
            if let i = code.parameterNames.firstIndex(of: name), i < positionalCount + code.keywordOnlyCount,
               i >= code.positionalOnlyCount {
                if slots[i] != nil {
                    throw PyError.typeError("\(f.qualname)() got multiple values for argument '\(name)'")
                }
                slots[i] = value
            } else if let extra {
                if extra.get(name) != nil {
                    throw PyError.typeError("\(f.qualname)() got multiple values for keyword argument '\(name)'")
                }
                extra.set(name, value)
            } else if let i = code.parameterNames.firstIndex(of: name), i < code.positionalOnlyCount {
                positionalOnlyAsKeyword.append(name)
            } else {
                throw PyError.typeError("\(f.qualname)() got an unexpected keyword argument '\(name)'")
            }
        }
        if !positionalOnlyAsKeyword.isEmpty {
            throw PyError.typeError("\(f.qualname)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyAsKeyword.joined(separator: ", "))'")
        }
        // Defaults fill the last positional parameters, then keyword-only ones.
        let firstDefault = positionalCount - f.defaults.count
        var missing: [String] = []
        for i in 0..<positionalCount where slots[i] == nil {
            if i >= firstDefault { slots[i] = f.defaults[i - firstDefault] } else { missing.append(code.parameterNames[i]) }
        }
        if !missing.isEmpty { throw missingArguments(f, missing, kind: "positional") }
        for i in positionalCount..<(positionalCount + code.keywordOnlyCount) where slots[i] == nil {
            let name = code.parameterNames[i]
            if let d = f.keywordDefaults[name] { slots[i] = d } else { missing.append(name) }
        }
        if !missing.isEmpty { throw missingArguments(f, missing, kind: "keyword-only") }
    }

    private func tooManyPositional(_ f: PyFunction, given: Int, args: Arguments) -> PyError {
        let code = f.code
        let most = code.positionalCount
        let least = most - f.defaults.count
        let takes = least == most ? "\(most)" : "from \(least) to \(most)"
        let plural = most == 1 && least == most ? "" : "s"
        let keywordOnlyGiven = args.keywords.filter { k in
            code.parameterNames[code.positionalCount..<(code.positionalCount + code.keywordOnlyCount)].contains(k.name)
        }.count
        var message = "\(f.qualname)() takes \(takes) positional argument\(plural) but \(given) "
        if keywordOnlyGiven > 0 {
            message += "positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given"
        } else {
            message += given == 1 ? "was given" : "were given"
        }
        return .typeError(message)
    }

    private func missingArguments(_ f: PyFunction, _ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        return .typeError("\(f.qualname)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
    }

    /// `cls(args...)`: builtin constructors, or `__new__` and `__init__` of a class defined in Python.
    func construct(_ cls: PyType, _ args: Arguments) throws -> Value {
        if cls.layout == .builtinSubclass { return try constructBuiltinSubclass(cls, args) }
        if cls.layout == .builtin || (cls.isBuiltin && cls.construct != nil) {
            guard let construct = cls.construct else {
                throw PyError.typeError("cannot create '\(cls.name)' instances")
            }
            return try construct(self, cls, args)
        }
        let plan = constructionPlan(cls)
        let instance: Value
        if let new = plan.new {
            var withClass = args
            withClass.positional.insert(.object(cls), at: 0)
            instance = try callValue(new, withClass)
            guard instance.type.isSubtype(of: cls) else { return instance }
        } else {
            instance = makeInstance(cls, args)
        }
        if let initializer = plan.initializer {
            if case .object(let fn as PyFunction) = initializer, args.keywords.isEmpty,
               fn.code.simpleArity == args.positional.count + 1 {
                let frame = fn.newFrame(self)
                frame.slots[0] = instance
                for (i, v) in args.positional.enumerated() { frame.slots[i + 1] = v }
                return try initialize(instance, fn, frame)
            }
            let result = try callValue(bind(initializer, to: instance), args)
            guard result.isNone else {
                throw PyError.typeError("__init__() should return None, not '\(result.typeName)'")
            }
        } else if cls.layout == .instance && (!args.positional.isEmpty || !args.keywords.isEmpty) && plan.new == nil {
            throw PyError.typeError("\(cls.name)() takes no arguments")
        }
        return instance
    }

    /// `cls(args)` for a subclass of list, tuple, dict or set: `__new__` then `__init__`,
    /// each the class's own or the builtin's.
    private func constructBuiltinSubclass(_ cls: PyType, _ args: Arguments) throws -> Value {
        let instance: Value
        if let new = cls.lookup("__new__"), case .object(let f) = new, !(f is PyNativeFunction),
           !((f as? PyStaticMethod)?.function.as(PyNativeFunction.self) != nil) {
            var withClass = args
            withClass.positional.insert(.object(cls), at: 0)
            instance = try callValue((f as? PyStaticMethod)?.function ?? new, withClass)
            guard instance.type.isSubtype(of: cls) else { return instance }
        } else {
            instance = try newBuiltinSubclassInstance(cls, args)
        }
        if let initializer = cls.lookup("__init__") {
            let result = try callValue(bind(initializer, to: instance), args)
            guard result.isNone else {
                throw PyError.typeError("__init__() should return None, not '\(result.typeName)'")
            }
        }
        return instance
    }

    /// The `__init__` that `cls(a, b, ...)` runs on a new plain instance when that is all it
    /// does: no `__new__` of the class's own and an `__init__` taking exactly `arity` positional
    /// parameters, self included. Call sites then fill its frame directly.
    func simpleInitializer(_ cls: PyType, arity: Int) -> PyFunction? {
        guard cls.layout == .instance, !cls.isBuiltin else { return nil }
        let plan = constructionPlan(cls)
        guard plan.new == nil, case .object(let f as PyFunction)? = plan.initializer, f.code.simpleArity == arity else {
            return nil
        }
        return f
    }

    /// Runs `__init__` in a frame already holding the new instance and the arguments.
    func initialize(_ instance: Value, _ initializer: PyFunction, _ frame: Frame) throws -> Value {
        let result = try enter(initializer, frame)
        guard result.isNone else {
            throw PyError.typeError("__init__() should return None, not '\(result.typeName)'")
        }
        return instance
    }

    /// The `__new__` and `__init__` written in Python that constructing `cls` calls.
    private func constructionPlan(_ cls: PyType) -> PyType.ConstructionPlan {
        if let plan = cls.constructionPlan, plan.version == cls.version { return plan }
        func pythonFunction(_ name: String) -> Value? {
            guard let v = cls.lookup(name), case .object(let o) = v else { return nil }
            if o is PyFunction { return v }
            if let s = o as? PyStaticMethod, s.function.as(PyFunction.self) != nil { return s.function }
            return nil
        }
        let plan = PyType.ConstructionPlan(version: cls.version, new: pythonFunction("__new__"),
                                           initializer: pythonFunction("__init__"))
        cls.constructionPlan = plan
        return plan
    }

    /// A new, uninitialised instance of a class defined in Python (`object.__new__`).
    func makeInstance(_ cls: PyType, _ args: Arguments) -> Value {
        switch cls.layout {
        case .exception: return .object(PyExceptionObject(cls: cls, args: args.positional))
        case .builtinSubclass: return (try? newBuiltinSubclassInstance(cls, Arguments())) ?? Value.none
        default: return .object(cls === BuiltinTypes.object ? PyBareObject() : PyInstance(cls: cls))
        }
    }

    /// A special method that a subclass of a builtin type defines itself, which takes
    /// precedence over the builtin behaviour (`__getitem__` of a dict subclass). The subclass
    /// is a Python class, or a native one of a module (a named tuple such as `time.struct_time`).
    @inline(__always)
    func override(_ o: PyObject, _ name: String) -> Value? {
        let t = o.type
        guard t.layout == .builtinSubclass, !t.hasCoreOperators, let m = t.lookup(name),
              case .object(let f) = m else { return nil }
        if let native = f as? PyNativeFunction, native.owner?.hasCoreOperators ?? true { return nil }
        return m
    }
}
