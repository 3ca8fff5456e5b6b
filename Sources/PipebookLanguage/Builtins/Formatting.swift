import BigInt
import Foundation

/// `format(value, spec)`, f-string fields and `str % args`.
extension Interpreter {
    public func format(_ value: Value, _ spec: String) throws -> String {
        switch value {
        case .object(let o) where o is PyInstance || o is PyExceptionObject || !o.type.hasCoreOperators:
            if let m = o.type.lookup("__format__"), !(m.as(PyNativeFunction.self)?.owner?.hasCoreOperators ?? false) {
                let r = try callValue(bind(m, to: value), Arguments([.str(spec)]))
                guard let s = r.stringValue else { throw PyError.typeError("__format__ must return a str, not \(r.typeName)") }
                return s
            }
            if spec.isEmpty { return try str(value) }
            throw PyError.typeError("unsupported format string passed to \(value.typeName).__format__")
        default:
            if spec.isEmpty { return try str(value) }
            return try formatBuiltin(value, spec)
        }
    }

    private func formatBuiltin(_ value: Value, _ spec: String) throws -> String {
        do {
            switch value {
            case .int(let i): return try formatInt(BigInt(i), spec: spec)
            case .bool(let b):
                // bool formats as int once a spec is given, as in CPython.
                return try formatInt(b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let d): return try formatFloat(d, spec: spec)
            case .object(let o as PyBigInt): return try formatInt(o.value, spec: spec)
            case .object(let s as PyStr): return try formatString(s.value, spec: spec)
            default:
                throw PyError.typeError("unsupported format string passed to \(value.typeName).__format__")
            }
        } catch let e as FormatError {
            throw pythonError(e)
        }
    }

    /// `format % args` for a str format.
    func percentFormat(_ format: String, _ args: Value) throws -> String {
        let arguments: PercentFormatArguments<Value>
        switch args {
        case .object(let t as PyTuple): arguments = .tuple(t.items)
        case .object(let o) where !(o is PyStr) && (o is PyDict || o.type.lookup("__getitem__") != nil || o is PyList):
            arguments = .mapping(args)
        default: arguments = .single(args)
        }
        do {
            return try PipebookLanguage.percentFormat(
                PercentFormat(format), arguments,
                lookUp: { mapping, key in try self.getItem(mapping, .str(key)) },
                starValue: { v in
                    guard let i = v.bigIntValue else { throw PyError.typeError("* wants int") }
                    return i
                },
                convert: { v, conversion in try self.percentArgument(v, conversion) })
        } catch let e as FormatError {
            throw pythonError(e)
        }
    }

    /// The value a `%` conversion formats, converted as CPython converts it.
    private func percentArgument(_ v: Value, _ conversion: PercentConversion) throws -> PercentArgument {
        switch conversion.argumentKind {
        case .str?: return .text(try str(v))
        case .repr?: return .text(try repr(v))
        case .ascii?: return .text(Self.ascii(try repr(v)))
        case .integer?:
            if let i = v.bigIntValue { return .integer(i) }
            if case .float(let d) = v, "diu".contains(conversion.type) {
                if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
                return .integer(BigInt(d.rounded(.towardZero)))
            }
            if let i = try indexValue(v) { return .integer(BigInt(i)) }
            if "diu".contains(conversion.type) {
                throw PyError.typeError("%\(conversion.type) format: a real number is required, not \(v.typeName)")
            }
            throw PyError.typeError("%\(conversion.type) format: an integer is required, not \(v.typeName)")
        case .floating?:
            if case .float(let d) = v { return .floating(d) }
            if Numeric(v) != nil { return .floating(try toDouble(v, parsing: false)) }
            if v.type.lookup("__float__") != nil { return .floating(try toDouble(v, parsing: false)) }
            throw PyError.typeError("must be real number, not \(v.typeName)")
        case .character?:
            if case .int(let i) = v {
                guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0, i <= 0x10FFFF else {
                    throw PyError.overflow("%c arg not in range(0x110000)")
                }
                return .text(String(scalar))
            }
            if let s = v.as(PyStr.self), s.count == 1 { return .text(s.value) }
            throw PyError.typeError("%c requires int or char")
        case nil:
            throw conversion.unsupportedTypeError
        }
    }
}
