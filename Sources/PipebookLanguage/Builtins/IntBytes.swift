import BigInt
import Foundation

/// `int.to_bytes` and `int.from_bytes`: an int as a fixed number of bytes, in either byte
/// order, as an unsigned number or in two's complement.
extension BuiltinMethods {
    static func installIntBytes() {
        let int = BuiltinTypes.int
        int.method("to_bytes") { interp, args in
            let a = try bindWithSignedFlag(args, "to_bytes", ["self", "length", "byteorder"])
            let value = args[0].bigIntValue ?? 0
            let length = try a[1].map { try byteCount($0, interp) } ?? 1
            let littleEndian = try isLittleEndian(a[2])
            let signed = try a[3].map { try interp.isTrue($0) } ?? false
            return .object(PyBytes(try twosComplement(value, length: length, signed: signed, littleEndian: littleEndian)))
        }
        int.classMethod("from_bytes") { interp, args in
            let a = try bindWithSignedFlag(args, "from_bytes", ["cls", "bytes", "byteorder"])
            guard let source = a[1] else {
                throw PyError.typeError("from_bytes() missing required argument 'bytes' (pos 1)")
            }
            if source.stringValue != nil { throw PyError.typeError("cannot convert 'str' object to bytes") }
            var bytes = try BuiltinTypes.bytes.construct!(interp, BuiltinTypes.bytes, Arguments([source]))
                .as(PyBytes.self)?.bytes ?? []
            if try isLittleEndian(a[2]) { bytes.reverse() }
            let signed = try a[3].map { try interp.isTrue($0) } ?? false
            var value = BigInt(BigUInt(Data(bytes)))
            if signed, let first = bytes.first, first >= 0x80 { value -= BigInt(1) << (8 * bytes.count) }
            if args[0].as(PyType.self) === BuiltinTypes.bool { return .bool(!value.isZero) }
            return .int(value)
        }
    }

    /// Binds (self or cls, first, byteorder, *, signed): two positional parameters at most.
    private static func bindWithSignedFlag(_ args: Arguments, _ name: String, _ names: [String]) throws -> [Value?] {
        if args.positional.count > 3 {
            throw PyError.typeError("\(name)() takes at most 2 positional arguments (\(args.positional.count - 1) given)")
        }
        return try args.bind(name, names + ["signed"], required: 1)
    }

    private static func byteCount(_ v: Value, _ interp: Interpreter) throws -> Int {
        guard let n = try v.bigIntValue ?? interp.indexValue(v).map({ BigInt($0) }) else {
            throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError.valueError("length argument must be non-negative") }
        guard let length = Int(exactly: n) else {
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        }
        return length
    }

    private static func isLittleEndian(_ v: Value?) throws -> Bool {
        guard let v else { return false }
        guard let order = v.stringValue else {
            throw PyError.typeError("to_bytes() argument 'byteorder' must be str, not \(v.typeName)")
        }
        switch order {
        case "big": return false
        case "little": return true
        default: throw PyError.valueError("byteorder must be either 'little' or 'big'")
        }
    }

    private static func twosComplement(_ value: BigInt, length: Int, signed: Bool, littleEndian: Bool) throws -> [UInt8] {
        if value < 0 && !signed { throw PyError.overflow("can't convert negative int to unsigned") }
        let bits = 8 * length
        let fits = signed
            ? value >= -(BigInt(1) << max(bits - 1, 0)) && value < (BigInt(1) << max(bits - 1, 0)) && (bits > 0 || value == 0)
            : value < (BigInt(1) << bits)
        guard fits else { throw PyError.overflow("int too big to convert") }
        let stored = value < 0 ? value + (BigInt(1) << bits) : value
        let significant = Array(stored.magnitude.serialize())
        var bytes = [UInt8](repeating: 0, count: length - significant.count) + significant
        if littleEndian { bytes.reverse() }
        return bytes
    }
}
