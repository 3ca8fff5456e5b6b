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
        // TEMPORARY: replaced by the format-spec implementation when it lands.
        throw PyError.unsupported("format specifications yet ('\(spec)')")
    }

    func percentFormat(_ format: String, _ args: Value) throws -> String {
        throw PyError.unsupported("%-formatting yet")
    }
}
