import Foundation

/// Raising, matching and reporting exceptions.
extension Interpreter {
    /// What `raise value` raises: an instance as is, a class instantiated with no arguments.
    func makeException(_ value: Value) throws -> PyError {
        let exception: PyExceptionObject
        switch value {
        case .object(let e as PyExceptionObject):
            exception = e
        case .object(let t as PyType) where t.isSubtype(of: BuiltinTypes.baseException):
            guard let e = try callValue(value, Arguments()).as(PyExceptionObject.self) else {
                throw PyError.typeError("calling \(t.name) should have returned an instance of BaseException")
            }
            exception = e
        default:
            throw PyError.typeError("exceptions must derive from BaseException")
        }
        if let current = handling.last?.exception, current !== exception, exception.context == nil {
            exception.context = current
        }
        return PyError(exception)
    }

    /// Whether an `except` clause's type (a class or a tuple of classes) catches `exception`.
    func exceptionMatches(_ exception: PyExceptionObject, _ type: Value) throws -> Bool {
        switch type {
        case .object(let t as PyType):
            guard t.isSubtype(of: BuiltinTypes.baseException) else {
                throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return exception.cls.isSubtype(of: t)
        case .object(let tuple as PyTuple):
            for t in tuple.items where try exceptionMatches(exception, t) { return true }
            return false
        default:
            throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// The text of a source line, for tracebacks and syntax errors.
    func sourceLine(_ fileName: String, _ line: Int) -> String? {
        guard let lines = sources[fileName], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// CPython's report of an uncaught exception, chained causes and contexts first.
    public func formatTraceback(_ error: PyError) -> String {
        var seen: Set<ObjectIdentifier> = []
        return formatChain(error.exception, &seen)
    }

    private func formatChain(_ e: PyExceptionObject, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var text = ""
        if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
            text += formatChain(cause, &seen)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            text += formatChain(context, &seen)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            text += "Traceback (most recent call last):\n"
            // Like CPython, a frame repeated more than three times in a row is summarised.
            var previous: TracebackEntry?
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    let more = repeats - 3
                    text += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
                }
            }
            for entry in e.traceback.reversed() {
                if let p = previous, p.fileName == entry.fileName, p.line == entry.line, p.function == entry.function {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    repeats = 1
                }
                previous = entry
                text += "  File \"\(entry.fileName)\", line \(entry.line), in \(entry.function)\n"
                // Like CPython, no source is shown for code that has no file (`<string>`, `<stdin>`).
                if !entry.fileName.hasPrefix("<"), let source = sourceLine(entry.fileName, entry.line) {
                    let trimmed = source.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { text += "    \(trimmed)\n" }
                }
            }
            flushRepeats()
        }
        text += exceptionSummary(e) + "\n"
        return text
    }

    /// `TypeName: message`, the last line of a traceback.
    public func exceptionSummary(_ e: PyExceptionObject) -> String {
        let message = (try? str(.object(e))) ?? ""
        let name = e.cls.moduleName == "builtins" || e.cls.moduleName == "__main__" ? e.cls.qualname : "\(e.cls.moduleName).\(e.cls.qualname)"
        return message.isEmpty ? name : "\(name): \(message)"
    }

    /// Converts an error from the parser into Python's SyntaxError, for `import` and `compile`.
    func pythonError(_ error: Error) -> PyError {
        if let p = error as? PyError { return p }
        if let s = error as? SyntaxError {
            let cls: PyType
            switch s.kind {
            case .syntax: cls = BuiltinTypes.syntaxError
            case .indentation: cls = BuiltinTypes.indentationError
            case .tab: cls = BuiltinTypes.tabError
            }
            let e = PyExceptionObject(cls: cls, args: [.str(s.message)])
            e.dict["msg"] = .str(s.message)
            e.dict["filename"] = .str(s.fileName)
            e.dict["lineno"] = .int(s.location.line)
            e.dict["offset"] = .int(s.location.column)
            e.dict["text"] = .str(s.sourceLine)
            return PyError(e)
        }
        return PyError.runtimeError("\(error)")
    }
}

