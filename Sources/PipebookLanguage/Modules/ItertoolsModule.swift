import BigInt

/// `itertools`: CPython's iterator building blocks, lazy as CPython's, with its argument
/// errors. Each is a class of the module (`type(count())` is `itertools.count`).
enum ItertoolsModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("itertools")
        for t in [count, cycle, repeatType, accumulate, chain, compress, dropwhile, filterfalse, groupby, grouper,
                  islice, pairwise, starmap, takewhile, tee, zipLongest, product, permutations,
                  combinations, combinationsWithReplacement] {
            m.value(t.name, .object(t))
        }
        m.function("tee", teeFunction)
        return m.module
    }

    /// A class of iterators of this module, made by `construct`.
    private static func iteratorType(_ name: String, _ construct: @escaping PyType.Constructor) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true,
                       moduleName: "itertools", construct: construct)
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            guard let it = args.positional.first?.as(PyIterator.self) else {
                throw PyError.typeError("descriptor '__next__' requires a 'itertools.\(name)' object")
            }
            if let v = try it.next() { return v }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        return t
    }

    private static func stop() -> PyError { PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: [])) }

    // MARK: Infinite iterators

    static let count = iteratorType("count") { interp, cls, args in
        let a = try args.parse("count", ["start", "step"])
        let start = a[0] ?? .int(0), step = a[1] ?? .int(1)
        for v in [start, step] where !isNumber(v) { throw PyError.typeError("a number is required") }
        var current = start
        return .object(ItertoolsIterator(cls, interp, describe: { interp in
            // A step of exactly the int 1 is left out, as CPython does.
            let plainStep = step.bigIntValue == 1 && step.as(PyBigInt.self) == nil
            return "count(\(try interp.repr(current))\(plainStep ? "" : ", " + (try interp.repr(step))))"
        }) { interp in
            let value = current
            current = try interp.binary(.add, current, step)
            return value
        })
    }

    /// `PyNumber_Check`: ints, floats and objects that convert to them.
    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float, .object(is PyBigInt): return true
        case .object(let o):
            return ["__index__", "__int__", "__float__"].contains { o.type.lookup($0) != nil }
        default: return false
        }
    }

    static let cycle = iteratorType("cycle") { interp, cls, args in
        try args.checkPositional("cycle", min: 1, max: 1, qualifiedName: "cycle")
        let source = try interp.iterate(args[0])
        var saved: [Value] = []
        var firstPass = true
        var index = 0
        return .object(ItertoolsIterator(cls, interp) { interp in
            if firstPass {
                if let v = try source.next() {
                    saved.append(v)
                    return v
                }
                firstPass = false
            }
            if saved.isEmpty { return nil }
            defer { index = (index + 1) % saved.count }
            return saved[index]
        })
    }

    static let repeatType = iteratorType("repeat") { interp, cls, args in
        let a = try args.parse("repeat", ["object", "times"], required: 1)
        let object = a[0]!
        var remaining: Int? = try a[1].map { max(0, try interp.smallIndexArgument($0)) }
        return .object(ItertoolsIterator(cls, interp, describe: { interp in
            "repeat(\(try interp.repr(object))\(remaining.map { ", \($0)" } ?? ""))"
        }) { _ in
            guard let left = remaining else { return object }
            if left == 0 { return nil }
            remaining = left - 1
            return object
        })
    }

    // MARK: Iterators terminating on the shortest input

    static let accumulate = iteratorType("accumulate") { interp, cls, args in
        let a = try args.parse("accumulate", ["iterable", "func", "initial"], required: 1, keywordOnly: 1)
        let source = try interp.iterate(a[0]!)
        let function = a[1].flatMap { $0.isNone ? nil : $0 }
        var total = a[2].flatMap { $0.isNone ? nil : $0 }
        var pendingInitial = total != nil
        return .object(ItertoolsIterator(cls, interp) { interp in
            if pendingInitial {
                pendingInitial = false
                return total
            }
            guard let item = try source.next() else { return nil }
            if let running = total {
                total = try function.map { try interp.callValue($0, Arguments([running, item])) }
                    ?? interp.binary(.add, running, item)
            } else {
                total = item
            }
            return total
        })
    }

    static let chain: PyType = {
        let t = iteratorType("chain") { interp, cls, args in
            if !args.keywords.isEmpty { throw PyError.typeError("chain() takes no keyword arguments") }
            return .object(chained(ArrayIterator(args.positional), cls, interp))
        }
        t.classMethod("from_iterable") { interp, args in
            try Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                .expect("chain.from_iterable", min: 1, max: 1)
            return .object(chained(try interp.iterate(args[1]), chain, interp))
        }
        return t
    }()

    /// The items of each iterable `sources` yields, in turn; each is iterated only when reached.
    private static func chained(_ sources: PyIterator, _ cls: PyType, _ interp: Interpreter) -> ItertoolsIterator {
        var current: PyIterator?
        return ItertoolsIterator(cls, interp) { interp in
            while true {
                if let it = current, let v = try it.next() { return v }
                guard let nextSource = try sources.next() else { return nil }
                current = try interp.iterate(nextSource)
            }
        }
    }

    static let compress = iteratorType("compress") { interp, cls, args in
        let a = try args.parse("compress", ["data", "selectors"], required: 2)
        let data = try interp.iterate(a[0]!), selectors = try interp.iterate(a[1]!)
        return .object(ItertoolsIterator(cls, interp) { interp in
            while let item = try data.next() {
                guard let selector = try selectors.next() else { return nil }
                if try interp.isTrue(selector) { return item }
                try interp.checkInterrupt()
            }
            return nil
        })
    }

    /// The arguments of `dropwhile`, `takewhile`, `filterfalse` and `starmap`: a function and
    /// an iterable, iterated at once.
    private static func functionAndIterable(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> (Value, PyIterator) {
        try args.checkPositional(name, min: 2, max: 2, qualifiedName: name)
        return (args[0], try interp.iterate(args[1]))
    }

    static let dropwhile = iteratorType("dropwhile") { interp, cls, args in
        let (predicate, source) = try functionAndIterable("dropwhile", args, interp)
        var dropping = true
        return .object(ItertoolsIterator(cls, interp) { interp in
            while let item = try source.next() {
                if !dropping { return item }
                if try !interp.isTrue(interp.callValue(predicate, Arguments([item]))) {
                    dropping = false
                    return item
                }
                try interp.checkInterrupt()
            }
            return nil
        })
    }

    static let takewhile = iteratorType("takewhile") { interp, cls, args in
        let (predicate, source) = try functionAndIterable("takewhile", args, interp)
        return .object(ItertoolsIterator(cls, interp) { interp in
            guard let item = try source.next() else { return nil }
            return try interp.isTrue(interp.callValue(predicate, Arguments([item]))) ? item : nil
        })
    }

    static let filterfalse = iteratorType("filterfalse") { interp, cls, args in
        let (predicate, source) = try functionAndIterable("filterfalse", args, interp)
        return .object(ItertoolsIterator(cls, interp) { interp in
            while let item = try source.next() {
                let verdict = predicate.isNone ? item : try interp.callValue(predicate, Arguments([item]))
                if try !interp.isTrue(verdict) { return item }
                try interp.checkInterrupt()
            }
            return nil
        })
    }

    static let starmap = iteratorType("starmap") { interp, cls, args in
        let (function, source) = try functionAndIterable("starmap", args, interp)
        return .object(ItertoolsIterator(cls, interp) { interp in
            guard let item = try source.next() else { return nil }
            return try interp.callValue(function, Arguments(interp.iterateToArray(item)))
        })
    }

    static let groupby = iteratorType("groupby") { interp, cls, args in
        let a = try args.parse("groupby", ["iterable", "key"], required: 1)
        let state = GroupByState(source: try interp.iterate(a[0]!), key: a[1].flatMap { $0.isNone ? nil : $0 }, interp: interp)
        return .object(ItertoolsIterator(cls, interp) { _ in try state.nextGroup() })
    }

    static let grouper = iteratorType("_grouper") { _, _, _ in
        throw PyError.unsupported("creating itertools._grouper objects directly")
    }

    static let islice = iteratorType("islice") { interp, cls, args in
        try args.checkPositional("islice", min: 2, max: 4, qualifiedName: "islice")
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        /// A bound as `PyNumber_AsSsize_t` gives it: -1 when it is not a usable int.
        func bound(_ v: Value) -> Int {
            guard let b = try? interp.indexArgument(v), let i = Int(exactly: b) else { return -1 }
            return i
        }
        var start = 0, stop = -1, step = 1
        let stopValue = args.count == 2 ? args[1] : args[2]
        if args.count > 2, !args[1].isNone { start = bound(args[1]) }
        if !stopValue.isNone {
            stop = bound(stopValue)
            if stop == -1 { throw PyError.valueError(stopMessage) }
        }
        if start < 0 || stop < -1 { throw PyError.valueError(indexMessage) }
        if args.count == 4, !args[3].isNone { step = bound(args[3]) }
        if step < 1 { throw PyError.valueError("Step for islice() must be a positive integer or None.") }
        var source: PyIterator? = try interp.iterate(args[0])
        var consumed = 0, nextIndex = start
        return .object(ItertoolsIterator(cls, interp) { interp in
            guard let it = source else { return nil }
            while consumed < nextIndex {
                guard try it.next() != nil else { source = nil; return nil }
                consumed += 1
                try interp.checkInterrupt()
            }
            if stop != -1 && consumed >= stop { source = nil; return nil }
            guard let item = try it.next() else { source = nil; return nil }
            consumed += 1
            let (advanced, overflow) = nextIndex.addingReportingOverflow(step)
            nextIndex = overflow || (stop != -1 && advanced > stop) ? stop : advanced
            return item
        })
    }

    static let pairwise = iteratorType("pairwise") { interp, cls, args in
        try args.checkPositional("pairwise", min: 1, max: 1, qualifiedName: "pairwise")
        let source = try interp.iterate(args[0])
        var previous: Value?
        return .object(ItertoolsIterator(cls, interp) { interp in
            if previous == nil {
                guard let first = try source.next() else { return nil }
                previous = first
            }
            guard let item = try source.next() else { return nil }
            defer { previous = item }
            return .object(PyTuple([previous!, item]))
        })
    }

    static let zipLongest = iteratorType("zip_longest") { interp, cls, args in
        var fill: Value = .none
        for (name, value) in args.keywords {
            guard name == "fillvalue" else { throw PyError.typeError("zip_longest() got an unexpected keyword argument") }
            fill = value
        }
        var sources: [PyIterator?] = try args.positional.map { try interp.iterate($0) }
        var active = sources.count
        return .object(ItertoolsIterator(cls, interp) { interp in
            if active == 0 { return nil }
            var row: [Value] = []
            for i in sources.indices {
                guard let it = sources[i] else {
                    row.append(fill)
                    continue
                }
                if let v = try it.next() {
                    row.append(v)
                } else {
                    sources[i] = nil
                    active -= 1
                    if active == 0 { return nil }
                    row.append(fill)
                }
            }
            return .object(PyTuple(row))
        })
    }

    // MARK: tee

    static let tee: PyType = {
        let t = iteratorType("_tee") { interp, _, args in
            try args.checkPositional("_tee", min: 1, max: 1, qualifiedName: "_tee")
            return .object(teeIterator(try interp.iterate(args[0])))
        }
        t.method("__copy__") { _, args in
            guard let it = args[0].as(TeeIterator.self) else { throw PyError.typeError("__copy__ requires a '_tee' object") }
            return .object(it.copy())
        }
        return t
    }()

    /// A tee over `source`: a copy when it is already a tee, as in CPython.
    private static func teeIterator(_ source: PyIterator) -> TeeIterator {
        if let existing = source as? TeeIterator { return existing.copy() }
        return TeeIterator(TeeBuffer(source))
    }

    /// `itertools.tee(iterable, n=2)`.
    private static func teeFunction(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        try args.checkPositional("tee", min: 1, max: 2, qualifiedName: "tee")
        let n = args.count == 2 ? try interp.smallIndexArgument(args[1]) : 2
        if n < 0 { throw PyError.valueError("n must be >= 0") }
        let source = try interp.iterate(args[0])
        if n == 0 { return .object(PyTuple.empty) }
        let first = teeIterator(source)
        return .object(PyTuple([.object(first)] + (1..<n).map { _ in .object(first.copy()) }))
    }

    // MARK: Combinatorics

    /// The tuples of a combinatoric generator, from index vectors into `pool` that `advance`
    /// steps in place until it returns false.
    private static func indexTuples(_ cls: PyType, _ interp: Interpreter, pool: [Value], first: [Int]?,
                                    outputLength: Int? = nil, advance: @escaping (inout [Int]) -> Bool) -> ItertoolsIterator {
        var indices = first
        var started = false
        return ItertoolsIterator(cls, interp) { interp in
            guard var current = indices else { return nil }
            if started {
                guard advance(&current) else {
                    indices = nil
                    return nil
                }
                indices = current
            }
            started = true
            return .object(PyTuple(current.prefix(outputLength ?? current.count).map { pool[$0] }))
        }
    }

    static let product = iteratorType("product") { interp, cls, args in
        var repeatCount = 1
        for (name, value) in args.keywords {
            guard name == "repeat" else { throw PyError.typeError("'\(name)' is an invalid keyword argument for product()") }
            repeatCount = try interp.smallIndexArgument(value)
        }
        if repeatCount < 0 { throw PyError.valueError("repeat argument cannot be negative") }
        let basePools = try args.positional.map { try interp.iterateToArray($0) }
        let pools = Array([[[Value]]](repeating: basePools, count: repeatCount).joined())
        // Indices run over the concatenated pools; `offsets` locate each pool in `flat`.
        let flat = Array(pools.joined())
        var offsets: [Int] = []
        var total = 0
        for p in pools {
            offsets.append(total)
            total += p.count
        }
        let first = pools.contains { $0.isEmpty } ? nil : offsets
        return .object(indexTuples(cls, interp, pool: flat, first: first) { indices in
            for i in stride(from: pools.count - 1, through: 0, by: -1) {
                indices[i] += 1
                if indices[i] < offsets[i] + pools[i].count { return true }
                indices[i] = offsets[i]
            }
            return false
        })
    }

    /// The `r` argument of the combinatoric functions.
    private static func rArgument(_ v: Value, _ interp: Interpreter, typeMessage: String? = nil) throws -> Int {
        let r: Int
        if let typeMessage {
            guard v.bigIntValue != nil else { throw PyError.typeError(typeMessage) }
            r = try interp.smallIndexArgument(v)
        } else {
            r = try interp.smallIndexArgument(v)
        }
        if r < 0 { throw PyError.valueError("r must be non-negative") }
        return r
    }

    static let permutations = iteratorType("permutations") { interp, cls, args in
        let a = try args.parse("permutations", ["iterable", "r"], required: 1)
        let pool = try interp.iterateToArray(a[0]!)
        let n = pool.count
        let r = try a[1].flatMap { $0.isNone ? nil : $0 }.map { try rArgument($0, interp, typeMessage: "Expected int as r") } ?? n
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        return .object(indexTuples(cls, interp, pool: pool, first: r > n ? nil : Array(0..<n), outputLength: r) { indices in
            if n == 0 { return false }
            for i in stride(from: r - 1, through: 0, by: -1) {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    indices.swapAt(i, n - cycles[i])
                    return true
                }
            }
            return false
        })
    }

    static let combinations = iteratorType("combinations") { interp, cls, args in
        let a = try args.parse("combinations", ["iterable", "r"], required: 2)
        let pool = try interp.iterateToArray(a[0]!)
        let n = pool.count, r = try rArgument(a[1]!, interp)
        return .object(indexTuples(cls, interp, pool: pool, first: r > n ? nil : Array(0..<r)) { indices in
            guard let i = (0..<r).last(where: { indices[$0] != $0 + n - r }) else { return false }
            indices[i] += 1
            for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
            return true
        })
    }

    static let combinationsWithReplacement = iteratorType("combinations_with_replacement") { interp, cls, args in
        let a = try args.parse("combinations_with_replacement", ["iterable", "r"], required: 2)
        let pool = try interp.iterateToArray(a[0]!)
        let n = pool.count, r = try rArgument(a[1]!, interp)
        return .object(indexTuples(cls, interp, pool: pool, first: n == 0 && r > 0 ? nil : Array(repeating: 0, count: r)) { indices in
            guard let i = (0..<r).last(where: { indices[$0] != n - 1 }) else { return false }
            let value = indices[i] + 1
            for j in i..<r { indices[j] = value }
            return true
        })
    }
}

/// An iterator of the itertools module: a Swift closure producing the items, stopping for good
/// the first time it returns nil.
final class ItertoolsIterator: PyIterator, NativeRepresentable {
    private let cls: PyType
    private unowned let interp: Interpreter
    private var body: ((Interpreter) throws -> Value?)?
    private let describe: ((Interpreter) throws -> String)?

    init(_ cls: PyType, _ interp: Interpreter, describe: ((Interpreter) throws -> String)? = nil,
         _ body: @escaping (Interpreter) throws -> Value?) {
        self.cls = cls
        self.interp = interp
        self.describe = describe
        self.body = body
    }

    override var type: PyType { cls }
    override var typeName: String { cls.name }

    override func next() throws -> Value? {
        guard let body else { return nil }
        if let v = try body(interp) { return v }
        self.body = nil
        return nil
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        if let describe { return try describe(interp) }
        return "<itertools.\(cls.name) object at \(interp.address(self))>"
    }
}

/// The state `groupby` shares with the groups it hands out: advancing the groupby leaves the
/// previous group empty, as in CPython.
private final class GroupByState {
    let source: PyIterator
    let key: Value?
    unowned let interp: Interpreter
    var targetKey: Value?
    var currentKey: Value?
    var currentValue: Value?
    /// Counts the groups handed out; only the newest one may read items.
    var currentGroup = 0
    var exhausted = false

    init(source: PyIterator, key: Value?, interp: Interpreter) {
        self.source = source
        self.key = key
        self.interp = interp
    }

    /// Reads the next item and its key; false at the end.
    private func step() throws -> Bool {
        guard !exhausted, let value = try source.next() else {
            exhausted = true
            return false
        }
        currentKey = try key.map { try interp.callValue($0, Arguments([value])) } ?? value
        currentValue = value
        return true
    }

    func nextGroup() throws -> Value? {
        currentGroup += 1
        while true {
            if let current = currentKey {
                guard let target = targetKey else { break }
                if try !interp.equals(target, current) { break }
            }
            guard try step() else { return nil }
            try interp.checkInterrupt()
        }
        let groupKey = currentKey!
        targetKey = groupKey
        let group = currentGroup
        // The group holds the state (not the other way round), so it outlives the groupby.
        let iterator = ItertoolsIterator(ItertoolsModule.grouper, interp) { interp in
            guard self.currentGroup == group else { return nil }
            if self.currentValue == nil {
                guard try self.step() else { return nil }
            }
            guard try interp.equals(groupKey, self.currentKey!) else { return nil }
            defer { self.currentValue = nil }
            return self.currentValue
        }
        return .object(PyTuple([groupKey, .object(iterator)]))
    }
}

/// The items a tee's source has produced that some copy has not read yet, in linked blocks so
/// that blocks every copy has passed are freed.
final class TeeBuffer {
    private static let blockSize = 57
    final class Block {
        var items: [Value] = []
        var next: Block?
    }
    let source: PyIterator
    private var exhausted = false

    init(_ source: PyIterator) { self.source = source }

    /// The item at `index` of `block`, reading the source when it is the newest.
    func item(_ block: Block, _ index: Int) throws -> Value? {
        if index < block.items.count { return block.items[index] }
        if exhausted { return nil }
        guard let v = try source.next() else {
            exhausted = true
            return nil
        }
        block.items.append(v)
        return v
    }

    func advance(_ block: Block, _ index: Int) -> (Block, Int) {
        if index + 1 < TeeBuffer.blockSize { return (block, index + 1) }
        if block.next == nil { block.next = Block() }
        return (block.next!, 0)
    }
}

/// One of the iterators `itertools.tee` returns.
final class TeeIterator: PyIterator {
    let buffer: TeeBuffer
    private var block: TeeBuffer.Block
    private var index: Int

    init(_ buffer: TeeBuffer, block: TeeBuffer.Block = TeeBuffer.Block(), index: Int = 0) {
        self.buffer = buffer
        self.block = block
        self.index = index
    }

    override var type: PyType { ItertoolsModule.tee }
    override var typeName: String { "_tee" }

    override func next() throws -> Value? {
        guard let v = try buffer.item(block, index) else { return nil }
        (block, index) = buffer.advance(block, index)
        return v
    }

    func copy() -> TeeIterator { TeeIterator(buffer, block: block, index: index) }
}
