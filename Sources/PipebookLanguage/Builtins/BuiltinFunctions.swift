import BigInt
import Foundation

/// The functions of the `builtins` module.
enum BuiltinFunctions {
    static func install(into builtins: Globals, interp: Interpreter) {
        /// Returns the function, for the hot ones to get fast entries (`call1`, `call2`).
        @discardableResult
        func define(_ name: String, _ body: @escaping PyNativeFunction.Body) -> PyNativeFunction {
            let function = PyNativeFunction(name: name, body: body)
            builtins[name] = .object(function)
            return function
        }
        let types: [PyType] = [
            BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
            BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict,
            BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice,
            BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.property,
        ]
        for t in types + BuiltinTypes.exceptions { builtins[t.name] = .object(t) }
        builtins["super"] = .object(BuiltinTypes.superType)
        builtins["EnvironmentError"] = .object(BuiltinTypes.osError)
        builtins["IOError"] = .object(BuiltinTypes.osError)
        builtins["None"] = Value.none
        builtins["NotImplemented"] = .object(PyNotImplemented.shared)
        builtins["Ellipsis"] = .object(PyEllipsis.shared)
        builtins["__name__"] = .str("builtins")

        define("print") { interp, args in
            let named = try Arguments([], keywords: args.keywords).bind("print", ["sep", "end", "file", "flush"])
            func text(_ v: Value?, _ fallback: String, _ what: String) throws -> String {
                guard let v, !v.isNone else { return fallback }
                guard let s = v.stringValue else { throw PyError.typeError("\(what) must be None or a string, not \(v.typeName)") }
                return s
            }
            let sep = try text(named[0], " ", "sep"), end = try text(named[1], "\n", "end")
            let out = try args.positional.map { try interp.str($0) }.joined(separator: sep) + end
            if let file = named[2], !file.isNone {
                _ = try interp.callMethod(file, "write", Arguments([.str(out)]))
                if let flush = named[3], try interp.isTrue(flush) { _ = try? interp.callMethod(file, "flush", Arguments()) }
            } else {
                interp.writeStandardOutput(out)
            }
            return .none
        }
        let len = define("len") { interp, args in
            try args.expect("len", min: 1, max: 1)
            return .int(try interp.length(args[0]))
        }
        len.call1 = { interp, x in .int(try interp.length(x)) }
        define("repr") { interp, args in
            try args.expect("repr", min: 1, max: 1)
            return .str(try interp.repr(args[0]))
        }
        define("ascii") { interp, args in
            try args.expect("ascii", min: 1, max: 1)
            return .str(Interpreter.ascii(try interp.repr(args[0])))
        }
        define("format") { interp, args in
            try args.expect("format", min: 1, max: 2)
            let spec = args.count > 1 ? (args[1].stringValue ?? "") : ""
            return .str(try interp.format(args[0], spec))
        }
        let isinstance = define("isinstance") { interp, args in
            try args.expect("isinstance", min: 2, max: 2)
            return .bool(try interp.isInstance(args[0], args[1]))
        }
        isinstance.call2 = { interp, x, classInfo in .bool(try interp.isInstance(x, classInfo)) }
        define("issubclass") { interp, args in
            try args.expect("issubclass", min: 2, max: 2)
            guard let t = args[0].as(PyType.self) else { throw PyError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try interp.isSubclass(t, args[1]))
        }
        define("getattr") { interp, args in
            try args.expect("getattr", min: 2, max: 3)
            guard let name = args[1].stringValue else {
                throw PyError.typeError("attribute name must be string, not '\(args[1].typeName)'")
            }
            if args.count == 3 {
                do {
                    return try interp.lookupAttribute(args[0], name) ?? args[2]
                } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.attributeError) {
                    return args[2]
                }
            }
            return try interp.getAttribute(args[0], name)
        }
        define("setattr") { interp, args in
            try args.expect("setattr", min: 3, max: 3)
            guard let name = args[1].stringValue else {
                throw PyError.typeError("attribute name must be string, not '\(args[1].typeName)'")
            }
            try interp.setAttribute(args[0], name, args[2])
            return .none
        }
        define("hasattr") { interp, args in
            try args.expect("hasattr", min: 2, max: 2)
            guard let name = args[1].stringValue else {
                throw PyError.typeError("attribute name must be string, not '\(args[1].typeName)'")
            }
            do {
                return .bool(try interp.lookupAttribute(args[0], name) != nil)
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.attributeError) {
                return .false
            }
        }
        define("delattr") { interp, args in
            try args.expect("delattr", min: 2, max: 2)
            guard let name = args[1].stringValue else { throw PyError.typeError("attribute name must be string") }
            try interp.deleteAttribute(args[0], name)
            return .none
        }
        define("callable") { interp, args in
            try args.expect("callable", min: 1, max: 1)
            guard case .object(let o) = args[0] else { return .false }
            switch o {
            case is PyFunction, is PyNativeFunction, is PyBoundMethod, is PyType: return .true
            default: return .bool(o.type.lookup("__call__") != nil)
            }
        }
        define("id") { interp, args in
            try args.expect("id", min: 1, max: 1)
            if case .object(let o) = args[0] { return .int(Interpreter.identity(o)) }
            return .int(try interp.hash(args[0]))
        }
        define("hash") { interp, args in
            try args.expect("hash", min: 1, max: 1)
            return .int(try interp.hash(args[0]))
        }
        define("iter") { interp, args in
            try args.expect("iter", min: 1, max: 2)
            if args.count == 2 {
                let function = args[0], sentinel = args[1]
                return .object(ClosureIterator("callable_iterator") {
                    let v = try interp.callValue(function, Arguments())
                    return try interp.equals(v, sentinel) ? nil : v
                })
            }
            return .object(try interp.iterate(args[0]))
        }
        define("next") { interp, args in
            try args.expect("next", min: 1, max: 2)
            if let v = try interp.next(args[0]) { return v }
            if args.count == 2 { return args[1] }
            if let g = args[0].as(PyGenerator.self), !g.returnValue.isNone {
                throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: [g.returnValue]))
            }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        define("abs") { interp, args in
            try args.expect("abs", min: 1, max: 1)
            switch args[0] {
            case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            case .object(let b as PyBigInt): return .int(BigInt(b.value.magnitude))
            default:
                if let m = args[0].type.lookup("__abs__") { return try interp.callValue(interp.bind(m, to: args[0]), Arguments()) }
                throw PyError.typeError("bad operand type for abs(): '\(args[0].typeName)'")
            }
        }
        define("divmod") { interp, args in
            try args.expect("divmod", min: 2, max: 2)
            if let x = Numeric(args[0]), let y = Numeric(args[1]) {
                if !(x.isInteger && y.isInteger), try y.asDouble() == 0 { throw PyError.zeroDivision("float divmod()") }
                if x.isInteger && y.isInteger, case .int(let d) = y, d.isZero {
                    throw PyError.zeroDivision("integer division or modulo by zero")
                }
            }
            return .object(PyTuple([try interp.binary(.floorDiv, args[0], args[1]), try interp.binary(.mod, args[0], args[1])]))
        }
        define("pow") { interp, args in
            let a = try args.bind("pow", ["base", "exp", "mod"], required: 2)
            guard let m = a[2], !m.isNone else { return try interp.binary(.pow, a[0]!, a[1]!) }
            guard let base = a[0]!.bigIntValue, let exp = a[1]!.bigIntValue, let mod = m.bigIntValue else {
                throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if mod.isZero { throw PyError.valueError("pow() 3rd argument cannot be 0") }
            var result: BigInt
            if exp.sign == .minus {
                guard let inverse = base.inverse(mod) else { throw PyError.valueError("base is not invertible for the given modulus") }
                result = inverse.power(-exp, modulus: mod)
            } else {
                result = base.power(exp, modulus: mod)
            }
            if !result.isZero && (result.sign == .minus) != (mod.sign == .minus) { result += mod }
            return .int(result)
        }
        define("round") { interp, args in
            let a = try args.bind("round", ["number", "ndigits"], required: 1)
            return try interp.round(a[0]!, a[1])
        }
        define("chr") { interp, args in
            try args.expect("chr", min: 1, max: 1)
            guard case .int(let i) = args[0] else { throw PyError.typeError("'\(args[0].typeName)' object cannot be interpreted as an integer") }
            guard i >= 0 && i <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(i)) else {
                if i >= 0xD800 && i <= 0xDFFF { throw PyError.unsupported("lone surrogate code points") }
                throw PyError.valueError("chr() arg not in range(0x110000)")
            }
            return .str(String(scalar))
        }
        define("ord") { interp, args in
            try args.expect("ord", min: 1, max: 1)
            if let s = args[0].as(PyStr.self) {
                guard s.count == 1 else {
                    throw PyError.typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            }
            if let b = args[0].as(PyBytes.self), b.bytes.count == 1 { return .int(Int(b.bytes[0])) }
            throw PyError.typeError("ord() expected string of length 1, but \(args[0].typeName) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(name) { interp, args in
                try args.expect(name, min: 1, max: 1)
                guard let n = try interp.integerValue(args[0]) else {
                    throw PyError.typeError("'\(args[0].typeName)' object cannot be interpreted as an integer")
                }
                let digits = String(n.magnitude, radix: radix)
                return .str((n.sign == .minus ? "-" : "") + prefix + digits)
            }
        }
        define("sum") { interp, args in
            let a = try args.bind("sum", ["iterable", "start"], required: 1, positionalOnly: 1)
            var total = a[1] ?? .int(0)
            if total.as(PyStr.self) != nil { throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try interp.iterate(a[0]!)
            while let v = try it.next() {
                if case .int(let x) = total, case .int(let y) = v {
                    let (s, o) = x.addingReportingOverflow(y)
                    if !o { total = .int(s); continue }
                }
                if case .float(let x) = total, case .float(let y) = v {
                    total = .float(x + y)
                    continue
                }
                total = try interp.binary(.add, total, v)
            }
            return total
        }
        define("min") { interp, args in try interp.extreme(args, name: "min", wantMax: false) }
        define("max") { interp, args in try interp.extreme(args, name: "max", wantMax: true) }
        define("any") { interp, args in
            try args.expect("any", min: 1, max: 1)
            let it = try interp.iterate(args[0])
            while let v = try it.next() { if try interp.isTrue(v) { return .true } }
            return .false
        }
        define("all") { interp, args in
            try args.expect("all", min: 1, max: 1)
            let it = try interp.iterate(args[0])
            while let v = try it.next() { if !(try interp.isTrue(v)) { return .false } }
            return .true
        }
        define("sorted") { interp, args in
            guard args.count == 1 else {
                throw PyError.typeError("sorted expected 1 argument, got \(args.count)")
            }
            let named = try Arguments([], keywords: args.keywords).bind("sorted", ["key", "reverse"])
            let list = PyList(Array(try interp.iterateToArray(args[0])))
            try interp.sortList(list, key: named[0], reverse: named[1])
            return .object(list)
        }
        define("reversed") { interp, args in
            try args.expect("reversed", min: 1, max: 1)
            let v = args[0]
            if case .object(let o) = v {
                switch o {
                case let l as PyList:
                    var i = l.items.count - 1
                    return .object(ClosureIterator("list_reverseiterator") {
                        guard i >= 0, i < l.items.count else { return nil }
                        defer { i -= 1 }
                        return l.items[i]
                    })
                case let t as PyTuple: return .object(ArrayIterator(t.items.reversed(), name: "reversed"))
                case let r as PyRange:
                    return .object(RangeIterator(PyRange(start: r.element(r.count - 1), stop: r.start - r.step, step: -r.step)))
                case let s as PyStr: return .object(ArrayIterator(s.scalars.reversed().map { .str(String($0)) }, name: "reversed"))
                case let d as PyDict: return .object(ArrayIterator(d.keys.reversed(), name: "dict_reversekeyiterator"))
                default:
                    if let m = o.type.lookup("__reversed__") { return try interp.callValue(interp.bind(m, to: v), Arguments()) }
                    if o.type.lookup("__len__") != nil && o.type.lookup("__getitem__") != nil {
                        var i = try interp.length(v) - 1
                        return .object(ClosureIterator("reversed") {
                            guard i >= 0 else { return nil }
                            defer { i -= 1 }
                            return try interp.getItem(v, .int(i))
                        })
                    }
                }
            }
            throw PyError.typeError("'\(v.typeName)' object is not reversible")
        }
        define("enumerate") { interp, args in
            let a = try args.bind("enumerate", ["iterable", "start"], required: 1)
            // The start is taken as an integer first, as CPython does: True counts from 1, a float is refused.
            var index = Value.int(0)
            if let start = a[1] {
                guard let n = try interp.integerValue(start) else {
                    throw PyError.typeError("'\(start.typeName)' object cannot be interpreted as an integer")
                }
                index = .int(n)
            }
            return .object(EnumerateIterator(try interp.iterate(a[0]!), start: index))
        }
        define("zip") { interp, args in
            let named = try Arguments([], keywords: args.keywords).bind("zip", ["strict"])
            let strict = try named[0].map { try interp.isTrue($0) } ?? false
            let iterators = try args.positional.map { try interp.iterate($0) }
            if iterators.isEmpty { return .object(ArrayIterator([], name: "zip")) }
            return .object(ClosureIterator("zip") {
                var items: [Value] = []
                items.reserveCapacity(iterators.count)
                for (i, it) in iterators.enumerated() {
                    guard let v = try it.next() else {
                        if strict && i > 0 {
                            throw PyError.valueError("zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")")
                        }
                        if strict && i == 0 {
                            for (j, other) in iterators.enumerated().dropFirst() where try other.next() != nil {
                                throw PyError.valueError("zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
                            }
                        }
                        return nil
                    }
                    items.append(v)
                }
                return .object(PyTuple(items))
            })
        }
        define("map") { interp, args in
            guard args.count >= 2 else { throw PyError.typeError("map() must have at least two arguments.") }
            let function = args[0]
            let iterators = try args.positional.dropFirst().map { try interp.iterate($0) }
            return .object(ClosureIterator("map") {
                var items: [Value] = []
                for it in iterators {
                    guard let v = try it.next() else { return nil }
                    items.append(v)
                }
                return try interp.callValue(function, Arguments(items))
            })
        }
        define("filter") { interp, args in
            try args.expect("filter", min: 2, max: 2)
            let function = args[0]
            let it = try interp.iterate(args[1])
            return .object(ClosureIterator("filter") {
                while let v = try it.next() {
                    let keep = function.isNone ? v : try interp.callValue(function, Arguments([v]))
                    if try interp.isTrue(keep) { return v }
                }
                return nil
            })
        }
        define("vars") { interp, args in
            try args.expect("vars", min: 0, max: 1)
            guard args.count == 1 else { return .object(interp.namespaceDict(interp.main.globals.items)) }
            return try interp.lookupAttribute(args[0], "__dict__")
                ?? { throw PyError.typeError("vars() argument must have __dict__ attribute") }()
        }
        define("dir") { interp, args in
            try args.expect("dir", min: 0, max: 1)
            guard args.count == 1 else { return .object(PyList(interp.main.globals.items.map { .str($0.0) }.sorted { Interpreter.strLess($0.stringValue!, $1.stringValue!) })) }
            return .object(PyList(interp.directory(args[0]).map { .str($0) }))
        }
        define("globals") { interp, args in
            try args.expect("globals", min: 0, max: 0)
            return .object(interp.namespaceDict(interp.main.globals.items))
        }
        define("input") { interp, args in
            try args.expect("input", min: 0, max: 1)
            let prompt = try args.count == 1 ? interp.str(args[0]) : ""
            guard let line = interp.readLine(prompt) else { throw PyError(BuiltinTypes.eofError, "EOF when reading a line") }
            return .str(line)
        }
        define("open") { interp, args in try interp.openFile(args) }
        define("exit") { interp, args in
            throw PyError(PyExceptionObject(cls: BuiltinTypes.systemExit, args: args.positional))
        }
        builtins["quit"] = builtins["exit"]
        for name in ["eval", "exec", "compile", "breakpoint", "aiter", "anext", "locals"] {
            define(name) { _, _ in throw PyError.unsupported("the builtin '\(name)()'") }
        }
        for type in [BuiltinTypes.bytearray, BuiltinTypes.memoryview, BuiltinTypes.complex] {
            type.construct = { _, _, _ in throw PyError.unsupported("the builtin '\(type.name)()'") }
            builtins[type.name] = .object(type)
        }
    }
}
