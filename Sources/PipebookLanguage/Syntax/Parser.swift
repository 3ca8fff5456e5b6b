import BigInt
import Foundation

/// A recursive-descent parser for Python 3.11's grammar, building the tree of AST.swift.
///
/// Each grammar rule is one method, named after the rule in CPython's grammar. Errors use
/// CPython's messages and positions for the common mistakes.
public enum Parser {
    /// A whole file, notebook cell or REPL entry.
    public static func parseModule(_ source: String, fileName: String) throws -> Module {
        var parser = try TokenParser(Lexer.tokenize(source, fileName: fileName), source: source, fileName: fileName)
        return try parser.file()
    }

    /// A single expression, as `eval()` takes it.
    public static func parseExpression(_ source: String, fileName: String) throws -> Expr {
        var parser = try TokenParser(Lexer.tokenize(source, fileName: fileName), source: source, fileName: fileName)
        return try parser.expressionInput()
    }
}

struct TokenParser {
    /// Deeper expressions than this get a SyntaxError instead of exhausting the stack.
    static let maximumDepth = 1000

    private let tokens: [Token]
    private let lines: [Substring]
    private let fileName: String
    private var index = 0
    private var depth = 0
    /// Nesting of function bodies, for `yield` and `return` checks that belong to the parser.
    private var functionDepth = 0

    init(_ tokens: [Token], source: String, fileName: String) {
        self.tokens = tokens
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.fileName = fileName
    }

    // MARK: Token helpers

    private var token: Token { tokens[index] }
    private func peek(_ n: Int = 1) -> Token { tokens[min(index + n, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    private func check(_ op: String) -> Bool { token.isOp(op) }
    private func checkKeyword(_ word: String) -> Bool { token.isKeyword(word) }

    private mutating func match(_ op: String) -> Bool {
        if check(op) {
            index += 1
            return true
        }
        return false
    }

    private mutating func matchKeyword(_ word: String) -> Bool {
        if checkKeyword(word) {
            index += 1
            return true
        }
        return false
    }

    private mutating func expect(_ op: String) throws {
        guard match(op) else { throw invalidSyntax() }
    }

    /// The colon of a block header. CPython says "expected ':'" where its grammar forces the
    /// colon (`def`, `try`, `else`, `finally`) or where the line ends; otherwise the statement
    /// simply does not parse.
    private mutating func expectColon(forced: Bool = false) throws {
        guard match(":") else {
            if forced || token.kind == .newline || token.kind == .endOfFile {
                throw error("expected ':'", at: token.location)
            }
            throw invalidSyntax()
        }
    }

    /// `if x = 1:`: CPython suggests `==` when a condition is followed by `=`.
    private func checkConditionAssignment(_ condition: Expr) throws {
        guard check("=") else { return }
        if case .name = condition {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: condition.location)
        }
        switch condition {
        case .list, .tuple, .generatorExp, .constant(.bool, _), .constant(.none, _): return
        default:
            throw error("cannot assign to \(TokenParser.describe(condition)) here. Maybe you meant '==' instead of '='?",
                        at: condition.location)
        }
    }

    func error(_ message: String, at loc: SourceLocation, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        let line = loc.line >= 1 && loc.line <= lines.count ? String(lines[loc.line - 1]) : ""
        return SyntaxError(kind: kind, message: message, fileName: fileName, location: loc, sourceLine: line,
                           isIncompleteInput: token.kind == .endOfFile)
    }

    private func invalidSyntax() -> SyntaxError {
        if token.kind == .indent { return error("unexpected indent", at: SourceLocation(line: token.end.line, column: token.end.column - 1), kind: .indentation) }
        let at = token.kind == .newline || token.kind == .endOfFile ? token.location : token.location
        return error("invalid syntax", at: at)
    }

    private mutating func name() throws -> String {
        guard token.kind == .name, !Keywords.reserved.contains(token.text) else { throw invalidSyntax() }
        return advance().text
    }

    private mutating func enter() throws {
        depth += 1
        if depth > TokenParser.maximumDepth {
            throw error("too many nested parentheses", at: token.location)
        }
    }

    // MARK: Statements

    mutating func file() throws -> Module {
        var body: [Stmt] = []
        while token.kind == .newline { _ = advance() }
        while token.kind != .endOfFile {
            body += try statement()
            while token.kind == .newline { _ = advance() }
        }
        return Module(body: body, docstring: TokenParser.docstring(body))
    }

    mutating func expressionInput() throws -> Expr {
        while token.kind == .newline { _ = advance() }
        let e = try starExpressions()
        while token.kind == .newline { _ = advance() }
        guard token.kind == .endOfFile else { throw invalidSyntax() }
        return e
    }

    static func docstring(_ body: [Stmt]) -> String? {
        if case .expr(.constant(.string(let s), _), _)? = body.first { return s }
        return nil
    }

    private mutating func statement() throws -> [Stmt] {
        if token.kind == .indent { throw error("unexpected indent", at: SourceLocation(line: token.end.line, column: token.end.column - 1), kind: .indentation) }
        if token.kind == .name {
            switch token.text {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement()]
            case "try": return [try tryStatement()]
            case "with": return [try withStatement()]
            case "def": return [.functionDef(try functionDef(decorators: []))]
            case "class": return [.classDef(try classDef(decorators: []))]
            case "async", "await":
                throw error("Pipebook does not support async and await", at: token.location)
            case "match" where peek().kind != .op || peek().isOp("(") || peek().isOp("["):
                if isMatchStatement() { throw error("Pipebook does not support match statements", at: token.location) }
            default: break
            }
        }
        if check("@") { return [try decorated()] }
        return try simpleStatements()
    }

    /// `match x:` at the start of a line with a block after it (not `match = 1` or `match(x)`).
    private func isMatchStatement() -> Bool {
        var i = index + 1
        var nesting = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .newline || t.kind == .endOfFile { return false }
            if t.kind == .op {
                if "([{".contains(t.text) { nesting += 1 }
                if ")]}".contains(t.text) { nesting -= 1 }
                if t.text == "=" && nesting == 0 { return false }
                if t.text == ":" && nesting == 0 { return tokens[i + 1].kind == .newline }
            }
            i += 1
        }
        return false
    }

    private mutating func simpleStatements() throws -> [Stmt] {
        var result = [try simpleStatement()]
        while match(";") {
            if token.kind == .newline { break }
            result.append(try simpleStatement())
        }
        guard token.kind == .newline || token.kind == .endOfFile else { throw invalidSyntax() }
        if token.kind == .newline { _ = advance() }
        return result
    }

    private mutating func simpleStatement() throws -> Stmt {
        let loc = token.location
        if token.kind == .name {
            switch token.text {
            case "pass": _ = advance(); return .pass(loc)
            case "break": _ = advance(); return .breakLoop(loc)
            case "continue": _ = advance(); return .continueLoop(loc)
            case "return":
                _ = advance()
                if atStatementEnd { return .returnValue(nil, loc) }
                return .returnValue(try starExpressions(), loc)
            case "raise":
                _ = advance()
                if atStatementEnd { return .raise(nil, cause: nil, loc) }
                let e = try test()
                let cause = matchKeyword("from") ? try test() : nil
                return .raise(e, cause: cause, loc)
            case "global", "nonlocal":
                let word = advance().text
                var names = [try name()]
                while match(",") { names.append(try name()) }
                return word == "global" ? .global(names, loc) : .nonlocal(names, loc)
            case "del":
                _ = advance()
                let targets = try targetList(context: "delete")
                return .delete(targets, loc)
            case "assert":
                _ = advance()
                let condition = try test()
                let message = match(",") ? try test() : nil
                return .assert(condition, message: message, loc)
            case "import": return try importStatement()
            case "from": return try fromImport()
            default: break
            }
        }
        return try expressionStatement()
    }

    private var atStatementEnd: Bool {
        token.kind == .newline || token.kind == .endOfFile || check(";")
    }

    private mutating func expressionStatement() throws -> Stmt {
        let loc = token.location
        if token.isKeyword("print"), peek().kind == .string || peek().kind == .number || peek().kind == .name && !peek().text.isEmpty && !Keywords.reserved.contains(peek().text) && peek().location.line == token.location.line {
            throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: loc)
        }
        let first = try starExpressions(allowYield: true)
        if check(":") {
            _ = advance()
            try checkTarget(first, context: "annotated")
            _ = try test()
            let value = match("=") ? try starExpressions(allowYield: true) : nil
            return .annAssign(target: first, value: value, loc)
        }
        if token.kind == .op, let op = TokenParser.augmentedOperators[token.text] {
            try checkAugmentedTarget(first)
            _ = advance()
            let value = try starExpressions(allowYield: true)
            return .augAssign(target: first, op: op, value: value, loc)
        }
        guard check("=") else { return .expr(first, loc) }
        var targets = [first]
        var value = first
        while match("=") {
            if atStatementEnd { throw invalidSyntax() }
            value = try starExpressions(allowYield: true)
            targets.append(value)
        }
        targets.removeLast()
        // `1 = x`: a single target that is no target reads to CPython as a mistyped comparison.
        if targets.count == 1 {
            switch first {
            case .tuple, .list, .starred, .name, .attribute, .subscript: break
            case .constant(.bool, _), .constant(.none, _), .yield, .yieldFrom: break
            default:
                throw error("cannot assign to \(TokenParser.describe(first)) here. Maybe you meant '==' instead of '='?",
                            at: first.location)
            }
        }
        for t in targets { try checkTarget(t, context: "assign") }
        return .assign(targets: targets, value: value, loc)
    }

    static let augmentedOperators: [String: BinaryOp] = [
        "+=": .add, "-=": .sub, "*=": .mul, "@=": .matMul, "/=": .div, "//=": .floorDiv, "%=": .mod,
        "**=": .pow, "<<=": .lshift, ">>=": .rshift, "|=": .bitOr, "^=": .bitXor, "&=": .bitAnd,
    ]

    /// What CPython calls an expression in its "cannot assign to ..." messages.
    static func describe(_ e: Expr) -> String {
        switch e {
        case .call: return "function call"
        case .constant(let c, _):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .joinedString: return "f-string expression"
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .lambda: return "lambda"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .namedExpr: return "named expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .tuple: return "tuple"
        case .list: return "list"
        default: return "expression"
        }
    }

    private func checkTarget(_ e: Expr, context: String) throws {
        switch e {
        case .name, .attribute, .subscript: return
        case .tuple(let items, _), .list(let items, _):
            for item in items { try checkTarget(item, context: context) }
        case .starred(let inner, _): try checkTarget(inner, context: context)
        case .constant(.bool, let loc), .constant(.none, let loc):
            throw error("cannot assign to \(TokenParser.describe(e))", at: loc)
        case .yield(_, let loc), .yieldFrom(_, let loc):
            throw error("assignment to yield expression not possible", at: loc)
        default:
            let what = TokenParser.describe(e)
            if context == "delete" { throw error("cannot delete \(what)", at: e.location) }
            throw error("cannot assign to \(what)", at: e.location)
        }
    }

    private func checkAugmentedTarget(_ e: Expr) throws {
        switch e {
        case .name, .attribute, .subscript: return
        default:
            throw error("'\(TokenParser.describe(e))' is an illegal expression for augmented assignment", at: e.location)
        }
    }

    private mutating func importStatement() throws -> Stmt {
        let loc = advance().location
        var names: [ImportName] = []
        repeat {
            var dotted = try name()
            while match(".") { dotted += "." + (try name()) }
            let alias = matchKeyword("as") ? try name() : nil
            names.append(ImportName(name: dotted, asName: alias))
        } while match(",")
        return .importModules(names, loc)
    }

    private mutating func fromImport() throws -> Stmt {
        let loc = advance().location
        var level = 0
        while check(".") || check("...") { level += advance().text.count }
        var module: String?
        if !checkKeyword("import") {
            var dotted = try name()
            while match(".") { dotted += "." + (try name()) }
            module = dotted
        }
        guard matchKeyword("import") else { throw invalidSyntax() }
        if match("*") { return .importFrom(module: module, names: [ImportName(name: "*", asName: nil)], level: level, loc) }
        let parenthesized = match("(")
        var names: [ImportName] = []
        repeat {
            if parenthesized && check(")") { break }
            let n = try name()
            names.append(ImportName(name: n, asName: matchKeyword("as") ? try name() : nil))
        } while match(",")
        if parenthesized { try expect(")") }
        if names.isEmpty { throw invalidSyntax() }
        return .importFrom(module: module, names: names, level: level, loc)
    }

    /// A block after a colon: an indented suite, or simple statements on the same line.
    private mutating func block(after header: String, line: Int) throws -> [Stmt] {
        guard token.kind == .newline else { return try simpleStatements() }
        _ = advance()
        guard token.kind == .indent else {
            var e = error("expected an indented block after \(header) on line \(line)", at: token.location, kind: .indentation)
            if token.kind == .endOfFile { e.isIncompleteInput = true }
            throw e
        }
        _ = advance()
        var body: [Stmt] = []
        while token.kind != .dedent && token.kind != .endOfFile {
            body += try statement()
            while token.kind == .newline { _ = advance() }
        }
        _ = match(dedent: ())
        return body
    }

    private mutating func match(dedent: Void) -> Bool {
        if token.kind == .dedent {
            _ = advance()
            return true
        }
        return false
    }

    private mutating func ifStatement() throws -> Stmt {
        let t = advance()
        let test = try namedExpression()
        try checkConditionAssignment(test)
        try expectColon()
        let body = try block(after: "'\(t.text)' statement", line: t.location.line)
        var orElse: [Stmt] = []
        if checkKeyword("elif") {
            orElse = [try ifStatement()]
        } else if checkKeyword("else") {
            let e = advance()
            try expectColon(forced: true)
            orElse = try block(after: "'else' statement", line: e.location.line)
        }
        return .ifStmt(test: test, body: body, orElse: orElse, t.location)
    }

    private mutating func whileStatement() throws -> Stmt {
        let t = advance()
        let test = try namedExpression()
        try checkConditionAssignment(test)
        try expectColon()
        let body = try block(after: "'while' statement", line: t.location.line)
        var orElse: [Stmt] = []
        if checkKeyword("else") {
            let e = advance()
            try expectColon(forced: true)
            orElse = try block(after: "'else' statement", line: e.location.line)
        }
        return .whileLoop(test: test, body: body, orElse: orElse, t.location)
    }

    private mutating func forStatement() throws -> Stmt {
        let t = advance()
        let target = try targetExpression()
        guard matchKeyword("in") else { throw invalidSyntax() }
        let iter = try starExpressions()
        try expectColon()
        let body = try block(after: "'for' statement", line: t.location.line)
        var orElse: [Stmt] = []
        if checkKeyword("else") {
            let e = advance()
            try expectColon(forced: true)
            orElse = try block(after: "'else' statement", line: e.location.line)
        }
        return .forLoop(target: target, iter: iter, body: body, orElse: orElse, t.location)
    }

    private mutating func tryStatement() throws -> Stmt {
        let t = advance()
        try expectColon(forced: true)
        let body = try block(after: "'try' statement", line: t.location.line)
        var handlers: [ExceptHandler] = []
        while checkKeyword("except") {
            let e = advance()
            if check("*") { throw error("Pipebook does not support except*", at: token.location) }
            var type: Expr?
            var name: String?
            if !check(":") {
                type = try test()
                if check(",") {
                    var items = [type!]
                    while match(",") { items.append(try test()) }
                    throw error("multiple exception types must be parenthesized", at: items[0].location)
                }
                if matchKeyword("as") { name = try self.name() }
            }
            try expectColon()
            handlers.append(ExceptHandler(type: type, name: name, body: try block(after: "'except' statement", line: e.location.line), location: e.location))
        }
        var orElse: [Stmt] = []
        if !handlers.isEmpty && checkKeyword("else") {
            let e = advance()
            try expectColon(forced: true)
            orElse = try block(after: "'else' statement", line: e.location.line)
        }
        var finally: [Stmt] = []
        if checkKeyword("finally") {
            let f = advance()
            try expectColon(forced: true)
            finally = try block(after: "'finally' statement", line: f.location.line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw error("expected 'except' or 'finally' block", at: token.location)
        }
        return .tryStmt(body: body, handlers: handlers, orElse: orElse, finally: finally, t.location)
    }

    private mutating func withStatement() throws -> Stmt {
        let t = advance()
        var items: [WithItem] = []
        // `with (a as b, c as d):` — parenthesized items, told apart from a parenthesized expression.
        if check("("), isParenthesizedWithItems() {
            _ = advance()
            repeat {
                if check(")") { break }
                items.append(try withItem())
            } while match(",")
            try expect(")")
        } else {
            repeat { items.append(try withItem()) } while match(",")
        }
        try expectColon()
        return .with(items, body: try block(after: "'with' statement", line: t.location.line), t.location)
    }

    private func isParenthesizedWithItems() -> Bool {
        var i = index + 1, nesting = 1
        var sawAs = false
        while i < tokens.count && nesting > 0 {
            let t = tokens[i]
            if t.kind == .op && "([{".contains(t.text) { nesting += 1 }
            if t.kind == .op && ")]}".contains(t.text) { nesting -= 1 }
            if nesting == 1 && t.isKeyword("as") { sawAs = true }
            i += 1
        }
        return sawAs && i < tokens.count && tokens[i].isOp(":")
    }

    private mutating func withItem() throws -> WithItem {
        let context = try test()
        // One target: `with a as b, c as d` has two items, not a tuple target.
        var target: Expr?
        if matchKeyword("as") {
            if check("*") {
                let l = advance().location
                target = .starred(try bitwiseOr(), l)
            } else {
                target = try bitwiseOr()
            }
        }
        if let target { try checkTarget(target, context: "assign") }
        return WithItem(context: context, target: target)
    }

    private mutating func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while match("@") {
            decorators.append(try namedExpression())
            guard token.kind == .newline else { throw invalidSyntax() }
            _ = advance()
        }
        if checkKeyword("def") { return .functionDef(try functionDef(decorators: decorators)) }
        if checkKeyword("class") { return .classDef(try classDef(decorators: decorators)) }
        if checkKeyword("async") { throw error("Pipebook does not support async and await", at: token.location) }
        throw invalidSyntax()
    }

    private mutating func functionDef(decorators: [Expr]) throws -> FunctionDef {
        let t = advance()
        let functionName = try name()
        try expect("(")
        let parameters = try parameterList(closing: ")")
        try expect(")")
        if match("->") { _ = try test() }
        try expectColon(forced: true)
        functionDepth += 1
        defer { functionDepth -= 1 }
        let body = try block(after: "function definition", line: t.location.line)
        return FunctionDef(name: functionName, parameters: parameters, body: body, decorators: decorators,
                           docstring: TokenParser.docstring(body), location: t.location)
    }

    private mutating func classDef(decorators: [Expr]) throws -> ClassDef {
        let t = advance()
        let className = try name()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if match("(") {
            (bases, keywords) = try callArguments()
            try expect(")")
        }
        try expectColon()
        let body = try block(after: "class definition", line: t.location.line)
        return ClassDef(name: className, bases: bases, keywords: keywords, body: body, decorators: decorators,
                        docstring: TokenParser.docstring(body), location: t.location)
    }

    /// Parameters of a def (closing `)`) or a lambda (closing `:`); annotations are dropped.
    private mutating func parameterList(closing: String) throws -> Parameters {
        var p = Parameters()
        var seenDefault = false
        var keywordOnly = false
        var seen = Set<String>()
        func record(_ name: String, _ loc: SourceLocation) throws {
            if !seen.insert(name).inserted {
                throw error("duplicate argument '\(name)' in function definition", at: loc)
            }
        }
        while !check(closing) {
            let loc = token.location
            if match("/") {
                if keywordOnly || !p.positionalOnly.isEmpty || p.positional.isEmpty {
                    throw error("at least one argument must precede /", at: loc)
                }
                p.positionalOnly = p.positional
                p.positional = []
            } else if match("**") {
                let n = try name()
                try record(n, loc)
                if closing == ")" && match(":") { _ = try test() }
                p.varKeywords = n
                _ = match(",")
                if !check(closing) { throw error("arguments cannot follow var-keyword argument", at: token.location) }
                break
            } else if match("*") {
                if keywordOnly { throw error("* argument may appear only once", at: loc) }
                keywordOnly = true
                if !check(",") && !check(closing) {
                    let n = try name()
                    try record(n, loc)
                    if closing == ")" && match(":") { _ = try test() }
                    p.varArgs = n
                } else if check(closing) || (check(",") && peek().isOp(closing)) {
                    throw error("named arguments must follow bare *", at: loc)
                }
            } else {
                let n = try name()
                try record(n, loc)
                if closing == ")" && match(":") { _ = try test() }
                var defaultValue: Expr?
                if match("=") {
                    defaultValue = try test()
                    if !keywordOnly { seenDefault = true }
                } else if seenDefault && !keywordOnly {
                    throw error("non-default argument follows default argument", at: loc)
                }
                let param = Parameter(name: n, defaultValue: defaultValue, location: loc)
                if keywordOnly { p.keywordOnly.append(param) } else { p.positional.append(param) }
            }
            if !match(",") { break }
        }
        return p
    }

    // MARK: Expressions

    /// `a, *b, c` as an expression statement or right-hand side: a tuple when there is a comma.
    private mutating func starExpressions(allowYield: Bool = false) throws -> Expr {
        if allowYield && checkKeyword("yield") { return try yieldExpression() }
        let loc = token.location
        let first = try starExpression()
        guard check(",") else {
            if case .starred(_, let l) = first { throw error("can't use starred expression here", at: l) }
            return first
        }
        var items = [first]
        while match(",") {
            if atExpressionEnd { break }
            items.append(try starExpression())
        }
        return .tuple(items, loc)
    }

    private var atExpressionEnd: Bool {
        switch token.kind {
        case .newline, .endOfFile, .indent, .dedent: return true
        case .op: return ["=", ")", "]", "}", ":", ";"].contains(token.text) || TokenParser.augmentedOperators[token.text] != nil
        case .name: return ["in", "for", "if", "else"].contains(token.text) && Keywords.reserved.contains(token.text)
        default: return false
        }
    }

    private mutating func starExpression() throws -> Expr {
        if check("*") {
            let loc = advance().location
            return .starred(try bitwiseOr(), loc)
        }
        return try namedExpression()
    }

    /// A `for` target: names, attributes, subscripts, tuples of them, starred ones.
    private mutating func targetExpression() throws -> Expr {
        let loc = token.location
        var items: [Expr] = []
        repeat {
            if checkKeyword("in") || check("=") { break }
            if check("*") {
                let l = advance().location
                items.append(.starred(try bitwiseOr(), l))
            } else {
                items.append(try bitwiseOr())
            }
        } while match(",")
        guard !items.isEmpty else { throw invalidSyntax() }
        let target: Expr = items.count == 1 && tokens[index - 1].isOp(",") == false ? items[0] : .tuple(items, loc)
        try checkTarget(target, context: "assign")
        return target
    }

    private mutating func targetList(context: String) throws -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if atStatementEnd { break }
            let t = try bitwiseOr()
            try checkTarget(t, context: context)
            targets.append(t)
        } while match(",")
        if targets.isEmpty { throw invalidSyntax() }
        return targets
    }

    private mutating func yieldExpression() throws -> Expr {
        let loc = advance().location
        if matchKeyword("from") { return .yieldFrom(try test(), loc) }
        if atExpressionEnd || check(")") { return .yield(nil, loc) }
        return .yield(try starExpressions(), loc)
    }

    mutating func namedExpression() throws -> Expr {
        if token.kind == .name, peek().isOp(":=") {
            let loc = token.location
            let n = try name()
            _ = advance()
            return .namedExpr(n, try test(), loc)
        }
        return try test()
    }

    /// `test`: a conditional expression, a lambda, or an `or` chain.
    mutating func test() throws -> Expr {
        try enter()
        defer { depth -= 1 }
        if checkKeyword("lambda") { return try lambda() }
        let loc = token.location
        let body = try orTest()
        if matchKeyword("if") {
            let condition = try orTest()
            guard matchKeyword("else") else { throw error("expected 'else' after 'if' expression", at: loc) }
            return .ifExp(test: condition, body: body, orElse: try test(), loc)
        }
        return body
    }

    private mutating func testNoConditional() throws -> Expr {
        if checkKeyword("lambda") { return try lambda() }
        return try orTest()
    }

    private mutating func lambda() throws -> Expr {
        let loc = advance().location
        let parameters = try parameterList(closing: ":")
        try expect(":")
        functionDepth += 1
        defer { functionDepth -= 1 }
        return .lambda(parameters, try test(), loc)
    }

    private mutating func orTest() throws -> Expr {
        let loc = token.location
        let first = try andTest()
        guard checkKeyword("or") else { return first }
        var items = [first]
        while matchKeyword("or") { items.append(try andTest()) }
        return .boolean(.or, items, loc)
    }

    private mutating func andTest() throws -> Expr {
        let loc = token.location
        let first = try notTest()
        guard checkKeyword("and") else { return first }
        var items = [first]
        while matchKeyword("and") { items.append(try notTest()) }
        return .boolean(.and, items, loc)
    }

    private mutating func notTest() throws -> Expr {
        if checkKeyword("not") {
            try enter()
            defer { depth -= 1 }
            let loc = advance().location
            return .unary(.not, try notTest(), loc)
        }
        return try comparison()
    }

    private mutating func comparison() throws -> Expr {
        let loc = token.location
        let first = try bitwiseOr()
        var rest: [(CompareOp, Expr)] = []
        while true {
            let op: CompareOp
            if token.kind == .op, let o = CompareOp(rawValue: token.text), !token.isOp("=") {
                op = o
                _ = advance()
            } else if checkKeyword("in") {
                op = .in
                _ = advance()
            } else if checkKeyword("not") && peek().isKeyword("in") {
                op = .notIn
                _ = advance()
                _ = advance()
            } else if checkKeyword("is") {
                _ = advance()
                op = matchKeyword("not") ? .isNot : .is
            } else {
                break
            }
            rest.append((op, try bitwiseOr()))
        }
        return rest.isEmpty ? first : .compare(first, rest, loc)
    }

    private mutating func binaryLevel(_ ops: [String: BinaryOp], _ operand: (inout TokenParser) throws -> Expr) throws -> Expr {
        var left = try operand(&self)
        while token.kind == .op, let op = ops[token.text] {
            let loc = left.location
            _ = advance()
            left = .binary(left, op, try operand(&self), loc)
        }
        return left
    }

    private mutating func bitwiseOr() throws -> Expr { try binaryLevel(["|": .bitOr]) { try $0.bitwiseXor() } }
    private mutating func bitwiseXor() throws -> Expr { try binaryLevel(["^": .bitXor]) { try $0.bitwiseAnd() } }
    private mutating func bitwiseAnd() throws -> Expr { try binaryLevel(["&": .bitAnd]) { try $0.shift() } }
    private mutating func shift() throws -> Expr { try binaryLevel(["<<": .lshift, ">>": .rshift]) { try $0.arithmetic() } }
    private mutating func arithmetic() throws -> Expr { try binaryLevel(["+": .add, "-": .sub]) { try $0.term() } }
    private mutating func term() throws -> Expr {
        try binaryLevel(["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]) { try $0.factor() }
    }

    private mutating func factor() throws -> Expr {
        if token.kind == .op, let op = ["+": UnaryOp.plus, "-": .minus, "~": .invert][token.text] {
            try enter()
            defer { depth -= 1 }
            let loc = advance().location
            return .unary(op, try factor(), loc)
        }
        return try power()
    }

    private mutating func power() throws -> Expr {
        if checkKeyword("await") { throw error("Pipebook does not support async and await", at: token.location) }
        let base = try primary()
        if match("**") {
            return .binary(base, .pow, try factor(), base.location)
        }
        return base
    }

    private mutating func primary() throws -> Expr {
        var e = try atom()
        while true {
            if check("(") {
                let loc = e.location
                _ = advance()
                let (args, keywords) = try callArguments()
                try expect(")")
                e = .call(e, args: args, keywords: keywords, loc)
            } else if check("[") {
                _ = advance()
                let key = try subscriptKey()
                try expect("]")
                e = .subscript(e, key, e.location)
            } else if check(".") {
                _ = advance()
                e = .attribute(e, try name(), e.location)
            } else {
                return e
            }
        }
    }

    private mutating func subscriptKey() throws -> Expr {
        let loc = token.location
        var items: [Expr] = []
        var trailingComma = false
        repeat {
            if check("]") { break }
            items.append(try sliceItem())
            trailingComma = check(",")
        } while match(",")
        if items.isEmpty { throw invalidSyntax() }
        return items.count == 1 && !trailingComma ? items[0] : .tuple(items, loc)
    }

    private mutating func sliceItem() throws -> Expr {
        let loc = token.location
        var lower: Expr?
        if !check(":") {
            if check("*") { return try starExpression() }
            lower = try namedExpression()
            if !check(":") { return lower! }
        }
        _ = advance()
        let upper = check(":") || check("]") || check(",") ? nil : try test()
        var step: Expr?
        if match(":") { step = check("]") || check(",") ? nil : try test() }
        return .slice(lower: lower, upper: upper, step: step, loc)
    }

    /// Call arguments up to (not including) the closing parenthesis.
    private mutating func callArguments() throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        while !check(")") {
            let loc = token.location
            if match("**") {
                keywords.append(Keyword(name: nil, value: try test(), location: loc))
            } else if match("*") {
                if keywords.contains(where: { $0.name == nil }) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: loc)
                }
                args.append(.starred(try test(), loc))
            } else if token.kind == .name, peek().isOp("="), !Keywords.reserved.contains(token.text) {
                let n = advance().text
                _ = advance()
                keywords.append(Keyword(name: n, value: try test(), location: loc))
            } else {
                let value = try namedExpression()
                if checkKeyword("for") {
                    let generators = try comprehensionClauses()
                    let genexp = Expr.generatorExp(value, generators, value.location)
                    if !(args.isEmpty && keywords.isEmpty && check(")")) {
                        throw error("Generator expression must be parenthesized", at: value.location)
                    }
                    args.append(genexp)
                    break
                }
                if !keywords.isEmpty {
                    if keywords.contains(where: { $0.name == nil }) {
                        throw error("positional argument follows keyword argument unpacking", at: value.location)
                    }
                    throw error("positional argument follows keyword argument", at: value.location)
                }
                if check("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
                }
                args.append(value)
            }
            if !match(",") { break }
        }
        return (args, keywords)
    }

    private mutating func comprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while checkKeyword("for") {
            _ = advance()
            let target = try targetExpression()
            guard matchKeyword("in") else { throw invalidSyntax() }
            let iter = try orTest()
            var conditions: [Expr] = []
            while matchKeyword("if") { conditions.append(try testNoConditional()) }
            clauses.append(Comprehension(target: target, iter: iter, conditions: conditions))
        }
        if checkKeyword("async") { throw error("Pipebook does not support async and await", at: token.location) }
        return clauses
    }

    private mutating func atom() throws -> Expr {
        let t = token
        let loc = t.location
        switch t.kind {
        case .number:
            _ = advance()
            return .constant(try TokenParser.number(t.text, error: { error("invalid decimal literal", at: loc) }), loc)
        case .string:
            return try strings()
        case .name:
            switch t.text {
            case "None": _ = advance(); return .constant(.none, loc)
            case "True": _ = advance(); return .constant(.bool(true), loc)
            case "False": _ = advance(); return .constant(.bool(false), loc)
            case "yield": throw invalidSyntax()
            default:
                return .name(try name(), loc)
            }
        case .op:
            switch t.text {
            case "(": return try parenthesized()
            case "[": return try listDisplay()
            case "{": return try dictOrSetDisplay()
            case "...": _ = advance(); return .constant(.ellipsis, loc)
            default: throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    private mutating func parenthesized() throws -> Expr {
        let loc = advance().location
        try enter()
        defer { depth -= 1 }
        if match(")") { return .tuple([], loc) }
        if checkKeyword("yield") {
            let y = try yieldExpression()
            try expect(")")
            return y
        }
        let first = try starExpression()
        if checkKeyword("for") {
            let generators = try comprehensionClauses()
            try expect(")")
            return .generatorExp(first, generators, loc)
        }
        if match(")") {
            if case .starred(_, let l) = first { throw error("cannot use starred expression here", at: l) }
            return first
        }
        guard check(",") else { throw missingComma(first) }
        var items = [first]
        while match(",") {
            if check(")") { break }
            items.append(try starExpression())
        }
        guard match(")") else { throw missingComma(items.last!) }
        return .tuple(items, loc)
    }

    /// `[1 2]`: CPython suggests a comma when two expressions stand side by side.
    private func missingComma(_ previous: Expr) -> SyntaxError {
        switch token.kind {
        case .name where !Keywords.reserved.contains(token.text), .number, .string:
            return error("invalid syntax. Perhaps you forgot a comma?", at: previous.location)
        default:
            return invalidSyntax()
        }
    }

    private mutating func listDisplay() throws -> Expr {
        let loc = advance().location
        try enter()
        defer { depth -= 1 }
        if match("]") { return .list([], loc) }
        let first = try starExpression()
        if checkKeyword("for") {
            let generators = try comprehensionClauses()
            try expect("]")
            return .listComp(first, generators, loc)
        }
        var items = [first]
        while match(",") {
            if check("]") { break }
            items.append(try starExpression())
        }
        guard match("]") else { throw missingComma(items.last!) }
        return .list(items, loc)
    }

    private mutating func dictOrSetDisplay() throws -> Expr {
        let loc = advance().location
        try enter()
        defer { depth -= 1 }
        if match("}") { return .dict([], loc) }
        if match("**") {
            return try dictDisplay(first: (nil, try bitwiseOr()), loc)
        }
        let first = try starExpression()
        if match(":") {
            let value = try test()
            if checkKeyword("for") {
                let generators = try comprehensionClauses()
                try expect("}")
                return .dictComp(key: first, value: value, generators, loc)
            }
            return try dictDisplay(first: (first, value), loc)
        }
        if checkKeyword("for") {
            let generators = try comprehensionClauses()
            try expect("}")
            return .setComp(first, generators, loc)
        }
        var items = [first]
        while match(",") {
            if check("}") { break }
            items.append(try starExpression())
        }
        guard match("}") else { throw missingComma(items.last!) }
        return .set(items, loc)
    }

    private mutating func dictDisplay(first: (Expr?, Expr), _ loc: SourceLocation) throws -> Expr {
        var pairs: [(key: Expr?, value: Expr)] = [first]
        while match(",") {
            if check("}") { break }
            if match("**") {
                pairs.append((nil, try bitwiseOr()))
            } else {
                let key = try test()
                guard match(":") else { throw invalidSyntax() }
                pairs.append((key, try test()))
            }
        }
        guard match("}") else { throw missingComma(pairs.last!.value) }
        return .dict(pairs, loc)
    }

    // MARK: Literals

    static func number(_ text: String, error: () -> SyntaxError) throws -> Constant {
        let clean = text.replacingOccurrences(of: "_", with: "")
        let lower = clean.lowercased()
        if lower.hasSuffix("j") {
            return .imaginary(Double(lower.dropLast()) ?? 0)
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            let digits = String(lower.dropFirst(2))
            if let i = Int(digits, radix: radix) { return .int(i) }
            guard let big = BigInt(digits, radix: radix) else { throw error() }
            return .bigInt(big.description)
        }
        if lower.contains(".") || lower.contains("e") {
            guard let d = Double(lower) else { throw error() }
            return .float(d)
        }
        if let i = Int(lower) { return .int(i) }
        return .bigInt(lower)
    }

    /// Adjacent string literals, concatenated; f-strings among them become a joined string.
    private mutating func strings() throws -> Expr {
        let loc = token.location
        var parts: [FStringPart] = []
        var isBytes: Bool?
        var bytes: [UInt8] = []
        var hasFString = false
        // CPython reports a bad escape, and bytes mixed with str, at the token after the strings.
        var end = index
        while tokens[end].kind == .string && end < tokens.count - 1 { end += 1 }
        let after = tokens[end].location
        while token.kind == .string {
            let t = advance()
            let literal: StringLiteral
            do {
                literal = try StringLiteral(t, parser: self)
            } catch var e as SyntaxError where e.message.hasPrefix("(unicode error)") || e.message.hasPrefix("(value error)") {
                e.location = after
                e.sourceLine = after.line >= 1 && after.line <= lines.count ? String(lines[after.line - 1]) : ""
                throw e
            }
            if let b = isBytes, b != literal.isBytes {
                throw error("cannot mix bytes and nonbytes literals", at: after)
            }
            isBytes = literal.isBytes
            if literal.isBytes {
                bytes += literal.bytes
            } else if literal.isFormatted {
                hasFString = true
                parts += try fstringParts(literal.body, raw: literal.isRaw, token: t)
            } else {
                parts.append(.literal(literal.text))
            }
        }
        if isBytes == true { return .constant(.bytes(bytes), loc) }
        if !hasFString {
            let text = parts.map { part -> String in
                if case .literal(let s) = part { return s }
                return ""
            }.joined()
            return .constant(.string(text), loc)
        }
        return .joinedString(TokenParser.mergeLiterals(parts), loc)
    }

    static func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var merged: [FStringPart] = []
        for part in parts {
            if case .literal(let s) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + s)
            } else if case .literal(let s) = part, s.isEmpty {
                continue
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    /// The parts of an f-string body: literal text and `{expression!conversion:spec}` fields.
    func fstringParts(_ body: [Unicode.Scalar], raw: Bool, token: Token) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal: [Unicode.Scalar] = []
        var i = 0
        func flush() throws {
            if !literal.isEmpty {
                parts.append(.literal(raw ? String(String.UnicodeScalarView(literal)) : try StringLiteral.unescape(literal, parser: self, token: token)))
                literal = []
            }
        }
        while i < body.count {
            let c = body[i]
            if c == "{" {
                if i + 1 < body.count && body[i + 1] == "{" {
                    literal.append("{")
                    i += 2
                    continue
                }
                try flush()
                let (field, next) = try fstringField(body, from: i + 1, raw: raw, token: token)
                parts.append(field)
                i = next
            } else if c == "}" {
                if i + 1 < body.count && body[i + 1] == "}" {
                    literal.append("}")
                    i += 2
                    continue
                }
                throw error("f-string: single '}' is not allowed", at: token.location)
            } else if !raw, c == "\\", i + 2 < body.count, body[i + 1] == "N", body[i + 2] == "{",
                      let close = body[(i + 3)...].firstIndex(of: "}") {
                // The braces of a \N{name} escape do not start a replacement field.
                literal += body[i...close]
                i = close + 1
            } else {
                literal.append(c)
                if c == "\\" && i + 1 < body.count && !raw {
                    literal.append(body[i + 1])
                    i += 1
                }
                i += 1
            }
        }
        try flush()
        return parts
    }

    private func fstringField(_ body: [Unicode.Scalar], from start: Int, raw: Bool, token: Token) throws -> (FStringPart, Int) {
        // The expression runs to the first `!`, `:`, `=` or `}` outside brackets and strings.
        var i = start
        var nesting = 0
        var quote: Unicode.Scalar?
        while i < body.count {
            let c = body[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".unicodeScalars.contains(c) {
                nesting += 1
            } else if ")]}".unicodeScalars.contains(c) {
                if nesting == 0 { break }
                nesting -= 1
            } else if nesting == 0 {
                if c == "!" && i + 1 < body.count && body[i + 1] != "=" { break }
                if c == ":" { break }
                if c == "=" && i + 1 < body.count && body[i + 1] != "=" && i > start
                    && !"=!<>".unicodeScalars.contains(body[i - 1]) { break }
            }
            i += 1
        }
        let expressionText = String(String.UnicodeScalarView(body[start..<i]))
        if expressionText.trimmingCharacters(in: .whitespaces).isEmpty {
            throw error("f-string: empty expression not allowed", at: token.location)
        }
        if expressionText.contains("\\") {
            throw error("f-string expression part cannot include a backslash", at: token.location)
        }
        let value: Expr
        do {
            value = try Parser.parseExpression("(" + expressionText + ")", fileName: fileName)
        } catch var e as SyntaxError {
            e.message = "f-string: " + e.message
            e.location = token.location
            e.isIncompleteInput = false
            throw e
        }
        var selfDocumenting: String?
        if i < body.count && body[i] == "=" {
            i += 1
            var j = i
            while j < body.count && body[j] == " " { j += 1 }
            selfDocumenting = expressionText + "=" + String(String.UnicodeScalarView(body[i..<j]))
            i = j
        }
        var conversion: Character?
        if i < body.count && body[i] == "!" {
            guard i + 1 < body.count, "rsa".unicodeScalars.contains(body[i + 1]) else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: token.location)
            }
            conversion = Character(body[i + 1])
            i += 2
        }
        var spec: [FStringPart]?
        if i < body.count && body[i] == ":" {
            var j = i + 1
            var specNesting = 0
            while j < body.count {
                if body[j] == "{" { specNesting += 1 }
                if body[j] == "}" {
                    if specNesting == 0 { break }
                    specNesting -= 1
                }
                j += 1
            }
            spec = try fstringParts(Array(body[(i + 1)..<j]), raw: raw, token: token)
            i = j
        }
        guard i < body.count && body[i] == "}" else {
            throw error("f-string: expecting '}'", at: token.location)
        }
        if selfDocumenting != nil && conversion == nil && spec == nil { conversion = "r" }
        return (.field(value: value, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting), i + 1)
    }
}

/// One string literal token, its prefix read and its escapes decoded.
struct StringLiteral {
    let isBytes: Bool
    let isRaw: Bool
    let isFormatted: Bool
    /// The text between the quotes, undecoded.
    let body: [Unicode.Scalar]
    var text: String = ""
    var bytes: [UInt8] = []

    init(_ token: Token, parser: TokenParser) throws {
        let scalars = Array(token.text.unicodeScalars)
        var prefixLength = 0
        while prefixLength < scalars.count && scalars[prefixLength] != "'" && scalars[prefixLength] != "\"" { prefixLength += 1 }
        let prefix = String(String.UnicodeScalarView(scalars[0..<prefixLength])).lowercased()
        isBytes = prefix.contains("b")
        isRaw = prefix.contains("r")
        isFormatted = prefix.contains("f")
        let quote = scalars[prefixLength]
        let triple = scalars.count >= prefixLength + 6 && scalars[prefixLength + 1] == quote && scalars[prefixLength + 2] == quote
        let q = triple ? 3 : 1
        body = Array(scalars[(prefixLength + q)..<(scalars.count - q)])
        if isFormatted { return }
        if isBytes {
            if body.contains(where: { !$0.isASCII }) {
                throw parser.error("bytes can only contain ASCII literal characters", at: token.location)
            }
            let decoded = isRaw ? String(String.UnicodeScalarView(body)) : try StringLiteral.unescape(body, parser: parser, token: token, bytes: true)
            for s in decoded.unicodeScalars {
                guard s.value < 256 else {
                    throw parser.error("bytes can only contain ASCII literal characters", at: token.location)
                }
                bytes.append(UInt8(s.value))
            }
        } else {
            text = isRaw ? String(String.UnicodeScalarView(body)) : try StringLiteral.unescape(body, parser: parser, token: token)
        }
    }

    /// The character of the `\N{name}` escape whose name starts at `i`, which moves past it.
    private static func namedCharacter(_ s: [Unicode.Scalar], after i: inout Int, parser: TokenParser,
                                       token: Token) throws -> Unicode.Scalar {
        let start = i - 2
        // CPython reports positions in the literal with each non-ASCII character written as a
        // 10-byte \UXXXXXXXX escape, which is how its decoder sees them.
        func position(_ k: Int) -> Int { s[..<k].reduce(0) { $0 + ($1.isASCII ? 1 : 10) } }
        func failure(_ end: Int, _ reason: String) -> Error {
            parser.error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         + "\(position(start))-\(position(end) - 1): \(reason)", at: token.location)
        }
        guard i < s.count, s[i] == "{" else { throw failure(i, "malformed \\N character escape") }
        guard let close = s[(i + 1)...].firstIndex(of: "}") else {
            throw failure(s.count, "malformed \\N character escape")
        }
        if close == i + 1 { throw failure(close, "malformed \\N character escape") }
        guard let scalar = UnicodeNames.scalar(named: String(String.UnicodeScalarView(s[(i + 1)..<close]))) else {
            throw failure(close + 1, "unknown Unicode character name")
        }
        i = close + 1
        return scalar
    }

    /// Decodes backslash escapes as CPython does; unknown escapes stay as they are.
    static func unescape(_ s: [Unicode.Scalar], parser: TokenParser, token: Token, bytes: Bool = false) throws -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        // Positions in CPython's messages count each non-ASCII character as its 10-byte \UXXXXXXXX escape.
        func position(_ k: Int) -> Int { s[..<k].reduce(0) { $0 + ($1.isASCII ? 1 : 10) } }
        func hexValue(_ count: Int, _ name: String) throws -> UInt32 {
            var end = i
            while end < i + count, end < s.count, s[end].properties.isASCIIHexDigit { end += 1 }
            guard end == i + count, let v = UInt32(String(String.UnicodeScalarView(s[i..<end])), radix: 16) else {
                if bytes {
                    throw parser.error("(value error) invalid \\x escape at position \(position(i - 2))", at: token.location)
                }
                throw parser.error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   + "\(position(i - 2))-\(position(end) - 1): truncated \(name) escape", at: token.location)
            }
            i += count
            return v
        }
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else {
                out.append(c)
                i += 1
                continue
            }
            let e = s[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                var n = 1
                while n < 3, i < s.count, s[i] >= "0", s[i] <= "7" {
                    value = value * 8 + s[i].value - 48
                    i += 1
                    n += 1
                }
                out.append(Unicode.Scalar(value) ?? "?")
            case "x":
                out.append(Unicode.Scalar(try hexValue(2, "\\xXX")) ?? "?")
            case "u" where !bytes:
                let v = try hexValue(4, "\\uXXXX")
                guard let scalar = Unicode.Scalar(v) else {
                    throw parser.error("Pipebook does not support lone surrogate code points", at: token.location)
                }
                out.append(scalar)
            case "U" where !bytes:
                let v = try hexValue(8, "\\UXXXXXXXX")
                guard let scalar = Unicode.Scalar(v) else {
                    throw parser.error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                       + "\(position(i - 10))-\(position(i) - 1): illegal Unicode character", at: token.location)
                }
                out.append(scalar)
            case "N" where !bytes:
                out.append(try namedCharacter(s, after: &i, parser: parser, token: token))
            default:
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }
}

