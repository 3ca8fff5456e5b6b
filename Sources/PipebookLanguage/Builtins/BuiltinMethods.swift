import BigInt
import Foundation

extension PyType {
    /// Adds a method written in Swift; the receiver is the first positional argument.
    /// Returned so that the hot ones can get fast entries (`call1`, `call2`).
    @discardableResult
    func method(_ name: String, _ body: @escaping PyNativeFunction.Body) -> PyNativeFunction {
        let function = PyNativeFunction(name: name, owner: self, body: body)
        dict[name] = .object(function)
        return function
    }

    /// Adds a class method: the class it is called on comes first.
    func classMethod(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        dict[name] = .object(PyClassMethod(.object(PyNativeFunction(name: name, body: body))))
    }
}

/// Installs the constructors and methods of the builtin types, once per process.
enum BuiltinMethods {
    private static let installed: Void = {
        installObjectAndType()
        installNumbers()
        installContainers()
        installStr()
        installStrTranslate()
        installBytes()
        installIntBytes()
        installFloatHex()
        installRange()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installContainerSpecialMethods()
        installExceptions()
        installDescriptors()
        installGenerator()
    }()

    static func installOnce() { _ = installed }

    private static func installObjectAndType() {
        let object = BuiltinTypes.object
        object.construct = { interp, cls, args in
            if cls === BuiltinTypes.object && (!args.positional.isEmpty || !args.keywords.isEmpty) {
                throw PyError.typeError("object() takes no arguments")
            }
            return .object(cls === BuiltinTypes.object ? PyBareObject() : PyInstance(cls: cls))
        }
        object.method("__init__") { _, _ in .none }
        object.method("__repr__") { interp, args in
            let v = args[0]
            let t = v.type
            let qualified = t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
            guard case .object(let o) = v else { return .str(try interp.repr(v)) }
            return .str("<\(qualified) object at \(interp.address(o))>")
        }
        object.method("__str__") { interp, args in .str(try interp.str(args[0])) }
        object.method("__eq__") { _, args in
            args[0].isIdentical(to: args[1]) ? .true : .object(PyNotImplemented.shared)
        }
        // The inverse of the object's own __eq__ (not the full comparison, which would try the
        // other operand's and fall back to identity), as CPython's object.__ne__ does.
        object.method("__ne__") { interp, args in
            try args.expect("__ne__", min: 2, max: 2)
            guard let eq = args[0].type.lookup("__eq__") else { return .object(PyNotImplemented.shared) }
            let r = try interp.callValue(interp.bind(eq, to: args[0]), Arguments([args[1]]))
            return interp.isNotImplemented(r) ? r : .bool(!(try interp.isTrue(r)))
        }
        object.method("__hash__") { interp, args in
            guard case .object(let o) = args[0] else { return .int(try interp.hash(args[0])) }
            return .int(interp.identityHash(o))
        }
        object.method("__setattr__") { interp, args in
            try args.expect("__setattr__", min: 3, max: 3)
            guard let name = args[1].stringValue else { throw PyError.typeError("attribute name must be string") }
            try interp.setAttributeDirectly(args[0], name, args[2])
            return .none
        }
        object.method("__getattribute__") { interp, args in
            guard let name = args[1].stringValue else { throw PyError.typeError("attribute name must be string") }
            return try interp.getAttribute(args[0], name)
        }
        object.method("__delattr__") { interp, args in
            guard let name = args[1].stringValue else { throw PyError.typeError("attribute name must be string") }
            try interp.deleteAttribute(args[0], name)
            return .none
        }
        object.method("__format__") { interp, args in .str(try interp.format(args[0], args[1].stringValue ?? "")) }
        object.dict["__new__"] = .object(PyStaticMethod(.object(PyNativeFunction(name: "__new__") { interp, args in
            guard let cls = args.positional.first?.as(PyType.self) else {
                throw PyError.typeError("object.__new__(X): X is not a type object")
            }
            if cls.layout == .builtin, let construct = cls.construct {
                return try construct(interp, cls, Arguments(Array(args.positional.dropFirst())))
            }
            return interp.makeInstance(cls, Arguments(Array(args.positional.dropFirst())))
        })))
        object.classMethod("__init_subclass__") { _, _ in .none }

        let type = BuiltinTypes.type
        type.construct = { interp, _, args in
            switch args.count {
            case 1: return .object(args[0].type)
            case 3:
                guard let name = args[0].stringValue, let bases = args[1].as(PyTuple.self), let ns = args[2].as(PyDict.self) else {
                    throw PyError.typeError("type() argument 1 must be str, not \(args[0].typeName)")
                }
                let namespace = PyAttributes()
                namespace["__module__"] = interp.main.globals["__name__"] ?? .str("__main__")
                for (k, v) in ns.items {
                    guard let key = k.stringValue else { continue }
                    namespace[key] = v
                }
                let baseTypes = try bases.items.map { b -> PyType in
                    guard let t = b.as(PyType.self) else { throw PyError.typeError("bases must be types") }
                    return t
                }
                return .object(try interp.makeClass(name: name, qualname: name, bases: baseTypes, namespace: namespace))
            default:
                throw PyError.typeError("type() takes 1 or 3 arguments")
            }
        }
        type.method("mro") { _, args in
            guard let t = args[0].as(PyType.self) else { throw PyError.typeError("descriptor 'mro' requires a 'type' object") }
            return .object(PyList(t.mro.map { .object($0) }))
        }
        type.method("__subclasses__") { _, _ in .object(PyList()) }

        BuiltinTypes.noneType.construct = { _, _, _ in .none }
    }

    /// `str(x)` and `int(x)`, the conversions programs call most, for call sites to make
    /// without building `Arguments`; nil for other classes and other numbers of arguments.
    static func conversion(_ cls: PyType, arity: Int) -> ((Interpreter, Value) throws -> Value)? {
        guard arity == 1 else { return nil }
        if cls === BuiltinTypes.str { return strConversion }
        if cls === BuiltinTypes.int { return intConversion }
        return nil
    }

    /// `str(x)`.
    static func strConversion(_ interp: Interpreter, _ x: Value) throws -> Value {
        switch x {
        case .object(let s as PyStr): return .object(s)
        case .int(let i): return .object(PyStr(String(i), isASCII: true))
        default: return .str(try interp.str(x))
        }
    }

    /// `int(x)`.
    static func intConversion(_ interp: Interpreter, _ x: Value) throws -> Value {
        try interp.toInt(x)
    }

    private static func installNumbers() {
        BuiltinTypes.int.construct = { interp, _, args in
            if args.keywords.isEmpty && args.positional.count == 1 { return try intConversion(interp, args[0]) }
            let a = try args.bind("int", ["x", "base"], positionalOnly: 1)
            guard let x = a[0] else { return .int(0) }
            if let base = a[1] {
                guard let text = x.stringValue ?? x.as(PyBytes.self).map({ String(decoding: $0.bytes, as: UTF8.self) }) else {
                    throw PyError.typeError("int() can't convert non-string with explicit base")
                }
                guard case .int(let b) = base else { throw PyError.typeError("'\(base.typeName)' object cannot be interpreted as an integer") }
                return try interp.parseInt(text, base: b)
            }
            return try interp.toInt(x)
        }
        BuiltinTypes.bool.construct = { interp, _, args in
            try args.expect("bool", min: 0, max: 1)
            return .bool(args.count == 1 ? try interp.isTrue(args[0]) : false)
        }
        BuiltinTypes.float.construct = { interp, _, args in
            try args.expect("float", min: 0, max: 1)
            guard args.count == 1 else { return .float(0) }
            return .float(try interp.toDouble(args[0], parsing: true))
        }
        let int = BuiltinTypes.int
        int.method("bit_length") { _, args in
            if case .int(let i) = args[0] { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            guard let n = args[0].bigIntValue else { return .int(0) }
            return .int(n.isZero ? 0 : String(n.magnitude, radix: 2).count)
        }
        int.method("bit_count") { _, args in
            guard let n = args[0].bigIntValue else { return .int(0) }
            return .int(String(n.magnitude, radix: 2).filter { $0 == "1" }.count)
        }
        int.method("__index__") { _, args in args[0].bigIntValue.map { .int($0) } ?? args[0] }
        int.method("__int__") { _, args in args[0].bigIntValue.map { .int($0) } ?? args[0] }
        int.method("__float__") { interp, args in .float(try interp.toDouble(args[0], parsing: false)) }
        int.method("conjugate") { _, args in args[0] }
        int.method("is_integer") { _, _ in .true }
        int.method("as_integer_ratio") { _, args in .object(PyTuple([args[0].bigIntValue.map { .int($0) } ?? args[0], .int(1)])) }
        let float = BuiltinTypes.float
        float.method("is_integer") { _, args in
            guard case .float(let d) = args[0] else { return .false }
            return .bool(d.isFinite && d == d.rounded())
        }
        float.method("__int__") { interp, args in try interp.toInt(args[0]) }
        float.method("__float__") { _, args in args[0] }
        float.method("conjugate") { _, args in args[0] }
        float.method("as_integer_ratio") { interp, args in
            guard case .float(let d) = args[0] else { return .none }
            if d.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyError.overflow("cannot convert Infinity to integer ratio") }
            var numerator = BigInt(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0))
            var exponent = Int(d.exponent) - 52
            if d == 0 { return .object(PyTuple([.int(0), .int(1)])) }
            if !d.isNormal { exponent = -1074 }
            if d < 0 { numerator = -numerator }
            var denominator = BigInt(1)
            if exponent > 0 { numerator <<= exponent } else { denominator <<= -exponent }
            let g = numerator.magnitude.greatestCommonDivisor(with: denominator.magnitude)
            return .object(PyTuple([.int(numerator / BigInt(g)), .int(denominator / BigInt(g))]))
        }
    }

    private static func installContainers() {
        BuiltinTypes.list.construct = { interp, _, args in
            try args.expect("list", min: 0, max: 1)
            return .object(PyList(args.count == 1 ? try interp.iterateToArray(args[0]) : []))
        }
        BuiltinTypes.tuple.construct = { interp, _, args in
            try args.expect("tuple", min: 0, max: 1)
            if args.count == 1, case .object(let t as PyTuple) = args[0], t.subclass == nil { return .object(t) }
            return .object(PyTuple(args.count == 1 ? try interp.iterateToArray(args[0]) : []))
        }
        BuiltinTypes.dict.construct = { interp, _, args in
            guard args.count <= 1 else { throw PyError.typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if args.count == 1 { try interp.update(d, from: args[0]) }
            for (k, v) in args.keywords { d.set(k, v) }
            return .object(d)
        }
        BuiltinTypes.set.construct = { interp, _, args in
            try args.expect("set", min: 0, max: 1)
            let s = PySet()
            if args.count == 1 { try interp.addAll(s, args[0]) }
            return .object(s)
        }
        BuiltinTypes.frozenset.construct = { interp, _, args in
            try args.expect("frozenset", min: 0, max: 1)
            let s = PySet(frozen: true)
            if args.count == 1 { try interp.addAll(s, args[0]) }
            return .object(s)
        }
        BuiltinTypes.slice.method("indices") { interp, args in
            try args.expect("indices", min: 2, max: 2)
            guard let s = args[0].as(PySlice.self), case .int(let length) = args[1] else {
                throw PyError.typeError("'\(args[1].typeName)' object cannot be interpreted as an integer")
            }
            if length < 0 { throw PyError.valueError("length should not be negative") }
            let (start, stop, step, _) = try interp.sliceIndices(s, length: length)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
        BuiltinTypes.bytes.construct = { interp, _, args in
            let bound = try args.bind("bytes", ["source", "encoding", "errors"])
            for (i, name) in [(1, "encoding"), (2, "errors")] {
                if let v = bound[i], v.stringValue == nil {
                    throw PyError.typeError("bytes() argument '\(name)' must be str, not \(v.typeName)")
                }
            }
            guard let source = bound[0] else {
                if bound[1] != nil { throw PyError.typeError("encoding without a string argument") }
                if bound[2] != nil { throw PyError.typeError("errors without a string argument") }
                return .object(PyBytes([]))
            }
            if source.as(PyStr.self) != nil {
                guard let encoding = bound[1] else { throw PyError.typeError("string argument without an encoding") }
                // str.encode knows the codecs and the error handlers.
                return try interp.callMethod(source, "encode", Arguments([encoding] + (bound[2].map { [$0] } ?? [])))
            }
            if bound[1] != nil { throw PyError.typeError("encoding without a string argument") }
            if bound[2] != nil { throw PyError.typeError("errors without a string argument") }
            switch source {
            case .int(let n):
                if n < 0 { throw PyError.valueError("negative count") }
                return .object(PyBytes([UInt8](repeating: 0, count: n)))
            case .object(let b as PyBytes):
                return .object(b)
            default:
                return .object(PyBytes(try interp.iterateToArray(source).map { v in
                    guard case .int(let i) = v else {
                        throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
                    }
                    guard (0...255).contains(i) else { throw PyError.valueError("bytes must be in range(0, 256)") }
                    return UInt8(i)
                }))
            }
        }
        BuiltinTypes.slice.construct = { _, _, args in
            try args.expect("slice", min: 1, max: 3)
            switch args.count {
            case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
            }
        }
        // `tuple.__new__(cls, items)`, which a subclass's __new__ calls (namedtuple does).
        for type in Interpreter.subclassableBuiltins {
            type.dict["__new__"] = .object(PyStaticMethod(.object(PyNativeFunction(name: "__new__") { interp, args in
                guard let cls = args.positional.first?.as(PyType.self) else {
                    throw PyError.typeError("\(type.name).__new__(X): X is not a type object")
                }
                let rest = Arguments(Array(args.positional.dropFirst()))
                if cls.layout == .builtinSubclass { return try interp.newBuiltinSubclassInstance(cls, rest) }
                return try interp.construct(cls, rest)
            })))
        }
        let tuple = BuiltinTypes.tuple
        tuple.method("count") { interp, args in
            guard let t = args[0].as(PyTuple.self) else { return .int(0) }
            return .int(try t.items.filter { try interp.equals($0, args[1]) }.count)
        }
        tuple.method("index") { interp, args in
            guard let t = args[0].as(PyTuple.self) else { return .int(0) }
            for (i, v) in t.items.enumerated() where try interp.equals(v, args[1]) { return .int(i) }
            throw PyError.valueError("tuple.index(x): x not in tuple")
        }
    }

    private static func installExceptions() {
        let base = BuiltinTypes.baseException
        base.construct = { interp, cls, args in interp.makeInstance(cls, args) }
        base.method("__init__") { _, args in
            if let e = args[0].as(PyExceptionObject.self) { e.args = Array(args.positional.dropFirst()) }
            return .none
        }
        base.method("with_traceback") { _, args in args[0] }
        BuiltinTypes.osError.construct = { interp, cls, args in
            // OSError(errno, message) becomes the subclass for that errno, as in CPython.
            var target = cls
            if cls === BuiltinTypes.osError, args.count >= 2, case .int(let errno) = args[0],
               let sub = BuiltinTypes.osErrorSubclasses[errno] {
                target = sub
            }
            return interp.makeInstance(target, args)
        }
        BuiltinTypes.osError.method("__str__") { interp, args in
            guard let e = args[0].as(PyExceptionObject.self) else { return .str("") }
            if e.args.count >= 2 {
                var text = "[Errno \(try interp.str(e.args[0]))] \(try interp.str(e.args[1]))"
                let filename = e.dict["filename"] ?? (e.args.count >= 3 ? e.args[2] : Value.none)
                if !filename.isNone { text += ": \(try interp.repr(filename))" }
                if let filename2 = e.dict["filename2"], !filename2.isNone { text += " -> \(try interp.repr(filename2))" }
                return .str(text)
            }
            return .str(try interp.str(e.args.first ?? .str("")))
        }
        base.method("add_note") { _, _ in .none }
        for t in BuiltinTypes.exceptions where t !== base && !t.isSubtype(of: BuiltinTypes.osError) { t.construct = base.construct }
        for t in BuiltinTypes.exceptions where t.isSubtype(of: BuiltinTypes.osError) && t !== BuiltinTypes.osError {
            t.construct = base.construct
        }
    }

    /// `send`, `throw` and `close` of generator objects.
    private static func installGenerator() {
        let generator = BuiltinTypes.generator
        generator.method("__iter__") { _, args in args[0] }
        generator.method("__next__") { _, args in
            guard let it = args[0].as(PyIterator.self) else { return .none }
            if let v = try it.next() { return v }
            throw stopIteration(args[0])
        }
        generator.method("send") { _, args in
            try args.expect("send", min: 2, max: 2)
            guard let g = args[0].as(PyGenerator.self) else {
                throw PyError.unsupported("send() on a generator expression")
            }
            if let v = try g.resume(.send(args[1])) { return v }
            throw stopIteration(args[0])
        }
        generator.method("throw") { interp, args in
            try args.expect("throw", min: 2, max: 4)
            guard let g = args[0].as(PyGenerator.self) else {
                throw PyError.unsupported("throw() on a generator expression")
            }
            var error = try interp.makeException(args[1])
            if args.count >= 3, !args[2].isNone, let cls = args[1].as(PyType.self) {
                error = try interp.makeException(try interp.callValue(.object(cls), Arguments([args[2]])))
            }
            if let v = try g.resume(.raise(error)) { return v }
            throw stopIteration(args[0])
        }
        generator.method("close") { _, args in
            try args[0].as(PyGenerator.self)?.close()
            return .none
        }
    }

    private static func stopIteration(_ generator: Value) -> PyError {
        let value = generator.as(PyGenerator.self)?.returnValue ?? Value.none
        return PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: value.isNone ? [] : [value]))
    }

    private static func installDescriptors() {
        BuiltinTypes.staticmethod.construct = { _, _, args in
            try args.expect("staticmethod", min: 1, max: 1)
            return .object(PyStaticMethod(args[0]))
        }
        BuiltinTypes.classmethod.construct = { _, _, args in
            try args.expect("classmethod", min: 1, max: 1)
            return .object(PyClassMethod(args[0]))
        }
        let property = BuiltinTypes.property
        property.construct = { _, _, args in
            let a = try args.bind("property", ["fget", "fset", "fdel", "doc"])
            return .object(PyProperty(getter: a[0] ?? Value.none, setter: a[1] ?? Value.none, deleter: a[2] ?? Value.none, doc: a[3] ?? Value.none))
        }
        property.method("setter") { _, args in
            guard let p = args[0].as(PyProperty.self) else { return .none }
            return .object(PyProperty(getter: p.getter, setter: args[1], deleter: p.deleter, doc: p.doc))
        }
        property.method("getter") { _, args in
            guard let p = args[0].as(PyProperty.self) else { return .none }
            return .object(PyProperty(getter: args[1], setter: p.setter, deleter: p.deleter, doc: p.doc))
        }
        property.method("deleter") { _, args in
            guard let p = args[0].as(PyProperty.self) else { return .none }
            return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: args[1], doc: p.doc))
        }
        BuiltinTypes.superType.construct = { _, _, args in
            guard args.count == 2, let cls = args[0].as(PyType.self) else {
                throw PyError.runtimeError("super(): no arguments")
            }
            let receiver = args[1]
            return .object(PySuper(startAfter: cls, receiver: receiver, lookupType: receiver.as(PyType.self) ?? receiver.type))
        }
    }
}
