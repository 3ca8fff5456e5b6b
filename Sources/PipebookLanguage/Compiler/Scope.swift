/// Where a name lives at run time, decided once at compile time.
enum NameAccess {
    /// A slot of the frame.
    case local(Int, String)
    /// A cell of the frame (captured by, or captured from, another scope).
    case cell(Int, String)
    /// A module global, falling back to the builtin of the same name on reads.
    case global(GlobalSlot, builtin: GlobalSlot)
    /// A class body's namespace, falling back to `outer` on reads.
    indirect case classNamespace(String, outer: NameAccess)
}

/// One scope being compiled: a module, function, lambda, generator expression or class body.
final class CompileScope {
    enum Kind { case module, function, classBody, generatorExpression }

    let kind: Kind
    let parent: CompileScope?
    let symbols: ScopeSymbols
    let code: CodeInfo
    let globals: Globals
    unowned let interp: Interpreter
    private var slots: [String: Int] = [:]
    private(set) var cellIndex: [String: Int] = [:]
    private(set) var freeIndex: [String: Int] = [:]
    /// Free names in closure order: where each comes from in the parent's cells.
    private(set) var freeNames: [String] = []
    /// Variables of the comprehensions being compiled, innermost last.
    var comprehensionSlots: [[String: Int]] = []
    /// Nesting of loops, for `break`/`continue` checks.
    var loopDepth = 0

    init(kind: Kind, parent: CompileScope?, symbols: ScopeSymbols, code: CodeInfo, globals: Globals, interp: Interpreter) {
        self.kind = kind
        self.parent = parent
        self.symbols = symbols
        self.code = code
        self.globals = globals
        self.interp = interp
        if kind == .function || kind == .generatorExpression {
            // Parameters take the first slots, in order; then the other locals.
            for name in code.parameterNames { _ = slot(for: name) }
            for name in symbols.locals { _ = slot(for: name) }
            var cellSlots: [Int] = []
            for name in symbols.locals where symbols.childFree.contains(name) {
                cellIndex[name] = cellSlots.count
                cellSlots.append(code.parameterNames.firstIndex(of: name) ?? -1)
            }
            code.cellSlots = cellSlots
            code.cellCount = cellSlots.count
        }
        if kind != .module, let parent {
            let candidates = kind == .classBody ? symbols.freeInClass : symbols.freeInFunction
            for name in candidates.sorted() where parent.providesCell(name) {
                freeIndex[name] = code.cellCount + freeNames.count
                freeNames.append(name)
            }
        }
    }

    /// Whether a nested scope can capture `name` from this one.
    func providesCell(_ name: String) -> Bool {
        cellIndex[name] != nil || freeIndex[name] != nil
    }

    /// The index in this scope's frame cells of a name a nested scope captures.
    func cellPosition(of name: String) -> Int {
        cellIndex[name] ?? freeIndex[name]!
    }

    func slot(for name: String) -> Int {
        if let s = slots[name] { return s }
        let s = code.slotNames.count
        code.slotNames.append(name)
        slots[name] = s
        code.slotCount = code.slotNames.count
        return s
    }

    /// A fresh slot no name can reach, for a comprehension's variables.
    func hiddenSlot(_ name: String) -> Int {
        let s = code.slotNames.count
        code.slotNames.append(name)
        code.slotCount = code.slotNames.count
        return s
    }

    func resolve(_ name: String) -> NameAccess {
        for scope in comprehensionSlots.reversed() {
            if let s = scope[name] { return .local(s, name) }
        }
        if symbols.declaredGlobal.contains(name) { return global(name) }
        switch kind {
        case .module:
            return global(name)
        case .function, .generatorExpression:
            if let c = cellIndex[name] { return .cell(c, name) }
            if let s = slots[name], !symbols.declaredNonlocal.contains(name) { return .local(s, name) }
            if let f = freeIndex[name] { return .cell(f, name) }
            return global(name)
        case .classBody:
            // CPython looks in the class namespace first whatever the name (LOAD_NAME, LOAD_CLASSDEREF).
            let outer: NameAccess = freeIndex[name].map { .cell($0, name) } ?? global(name)
            if symbols.declaredNonlocal.contains(name) { return outer }
            return .classNamespace(name, outer: outer)
        }
    }

    private func global(_ name: String) -> NameAccess {
        .global(globals.slot(name), builtin: interp.builtins.slot(name))
    }

    /// The qualified name prefix for a def or class inside this scope.
    func qualname(for name: String) -> String {
        switch kind {
        case .module: return name
        case .function, .generatorExpression: return "\(code.qualname).<locals>.\(name)"
        case .classBody: return "\(code.qualname).\(name)"
        }
    }
}
