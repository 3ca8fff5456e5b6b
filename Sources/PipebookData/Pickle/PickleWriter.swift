import BigInt
import Foundation
import PipebookLanguage

/// Pickles plain Python values with CPython's protocol 4 opcodes, so that `pickle.load` in
/// CPython reads what Pipebook wrote and the other way round (see `PickleReader`). Containers
/// are not memoized: a value shared by two containers is written twice, which only a program
/// that checks identity after loading could tell.
struct PickleWriter {
    private(set) var bytes: [UInt8] = [0x80, 4]
    private let interp: Interpreter
    /// Called with a value that is not plain: returns `(module, name, args)` for a value that
    /// pickles as `module.name(*args)` (GLOBAL and REDUCE, as CPython's `__reduce__`), or None.
    private let reducer: Value?

    init(_ interp: Interpreter, reducer: Value? = nil) {
        self.interp = interp
        self.reducer = reducer
    }

    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "."))
        return bytes
    }

    mutating func write(_ v: Value) throws {
        switch v {
        case .none: bytes.append(UInt8(ascii: "N"))
        case .bool(let b): bytes.append(b ? 0x88 : 0x89)
        case .int(let i): writeInt(i)
        case .float(let d):
            bytes.append(UInt8(ascii: "G"))
            withUnsafeBytes(of: d.bitPattern.bigEndian) { bytes.append(contentsOf: $0) }
        case .object(let o):
            switch o {
            case let s as PyStr:
                let utf8 = Array(s.value.utf8)
                if utf8.count < 256 {
                    bytes.append(0x8c)
                    bytes.append(UInt8(utf8.count))
                } else {
                    bytes.append(UInt8(ascii: "X"))
                    appendUInt32(UInt32(utf8.count))
                }
                bytes.append(contentsOf: utf8)
            case let b as PyBytes:
                if b.bytes.count < 256 {
                    bytes.append(UInt8(ascii: "C"))
                    bytes.append(UInt8(b.bytes.count))
                } else {
                    bytes.append(UInt8(ascii: "B"))
                    appendUInt32(UInt32(b.bytes.count))
                }
                bytes.append(contentsOf: b.bytes)
            case let big as PyBigInt:
                writeLong(big.value)
            case let l as PyList where l.subclass == nil:
                bytes.append(UInt8(ascii: "]"))
                if !l.items.isEmpty {
                    bytes.append(UInt8(ascii: "("))
                    for item in l.items { try write(item) }
                    bytes.append(UInt8(ascii: "e"))
                }
            case let t as PyTuple where t.subclass == nil:
                switch t.items.count {
                case 0: bytes.append(UInt8(ascii: ")"))
                case 1...3:
                    for item in t.items { try write(item) }
                    bytes.append([0x85, 0x86, 0x87][t.items.count - 1])
                default:
                    bytes.append(UInt8(ascii: "("))
                    for item in t.items { try write(item) }
                    bytes.append(UInt8(ascii: "t"))
                }
            case let d as PyDict where d.subclass == nil:
                bytes.append(UInt8(ascii: "}"))
                if d.count > 0 {
                    bytes.append(UInt8(ascii: "("))
                    for (k, value) in d.items {
                        try write(k)
                        try write(value)
                    }
                    bytes.append(UInt8(ascii: "u"))
                }
            case let s as PySet:
                let items = try interp.iterateToArray(.object(s))
                if s.isFrozen {
                    bytes.append(UInt8(ascii: "("))
                    for item in items { try write(item) }
                    bytes.append(0x91)
                } else {
                    bytes.append(0x8f)
                    if !items.isEmpty {
                        bytes.append(UInt8(ascii: "("))
                        for item in items { try write(item) }
                        bytes.append(0x90)
                    }
                }
            default:
                if let reducer, let reduced = try interp.call(reducer, [v]).as(PyTuple.self), reduced.items.count == 3,
                   let module = reduced.items[0].stringValue, let name = reduced.items[1].stringValue,
                   reduced.items[2].as(PyTuple.self) != nil {
                    try write(.str(module))
                    try write(.str(name))
                    bytes.append(0x93)
                    try write(reduced.items[2])
                    bytes.append(UInt8(ascii: "R"))
                    return
                }
                throw PyError.notImplemented("Pipebook's pickle handles plain values only (None, bool, int, float, str, bytes, list, tuple, dict, set), not \(v.typeName)")
            }
        }
    }

    private mutating func appendUInt32(_ n: UInt32) {
        withUnsafeBytes(of: n.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func writeInt(_ i: Int) {
        if i >= 0 && i < 256 {
            bytes.append(UInt8(ascii: "K"))
            bytes.append(UInt8(i))
        } else if i >= 0 && i < 65536 {
            bytes.append(UInt8(ascii: "M"))
            withUnsafeBytes(of: UInt16(i).littleEndian) { bytes.append(contentsOf: $0) }
        } else if i >= Int(Int32.min) && i <= Int(Int32.max) {
            bytes.append(UInt8(ascii: "J"))
            withUnsafeBytes(of: Int32(i).littleEndian) { bytes.append(contentsOf: $0) }
        } else {
            writeLong(BigInt(i))
        }
    }

    /// LONG1: the two's-complement little-endian bytes of an int.
    private mutating func writeLong(_ n: BigInt) {
        var out: [UInt8] = []
        var x = n
        repeat {
            out.append(UInt8(truncatingIfNeeded: Int(x & 0xff)))
            x >>= 8
        } while !(x == 0 && out.last! & 0x80 == 0) && !(x == -1 && out.last! & 0x80 != 0)
        bytes.append(0x8a)
        bytes.append(UInt8(out.count))
        bytes.append(contentsOf: out)
    }
}
