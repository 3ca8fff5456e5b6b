import BigInt
import Foundation
import PipebookLanguage

/// Unpickles plain Python values written by CPython (protocols 2 to 5) or by `PickleWriter`,
/// and, given `findClass`, the objects of the classes it returns: made by REDUCE
/// (`callable(*args)`) or, as CPython pickles an instance, by NEWOBJ (`cls.__new__(cls, *args)`)
/// and BUILD (`__setstate__(state)`, else the state into its `__dict__`). A pickle of anything
/// else (a class instance, a numpy array) names the class it needed.
struct PickleReader {
    private let data: [UInt8]
    private var position = 0
    private var stack: [Value] = []
    private var marks: [Int] = []
    private var memo: [Int: Value] = [:]
    private let interp: Interpreter
    /// Called as `findClass(module, name)` for GLOBAL and STACK_GLOBAL: returns the callable
    /// REDUCE calls, or raises for a class Pipebook does not restore.
    private let findClass: Value?

    init(_ data: [UInt8], _ interp: Interpreter, findClass: Value? = nil) {
        self.data = data
        self.interp = interp
        self.findClass = findClass
    }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard position + n <= data.count else { throw PyError(BuiltinTypes.eofError, "Ran out of input") }
        defer { position += n }
        return data[position..<(position + n)]
    }

    private mutating func uint(_ n: Int) throws -> Int {
        var value = 0
        for (k, b) in try take(n).enumerated() { value |= Int(b) << (8 * k) }
        return value
    }

    private mutating func popMark() throws -> [Value] {
        guard let mark = marks.popLast() else { throw PyError(unpicklingError, "could not find MARK") }
        let items = Array(stack[mark...])
        stack.removeSubrange(mark...)
        return items
    }

    private var unpicklingError: PyType { BuiltinTypes.valueError }

    mutating func read() throws -> Value {
        while true {
            let op = try take(1).first!
            switch op {
            case 0x80: _ = try take(1)
            case 0x95: _ = try take(8)
            case UInt8(ascii: "."):
                guard let top = stack.popLast() else { throw PyError(unpicklingError, "unpickling stack underflow") }
                return top
            case UInt8(ascii: "N"): stack.append(.none)
            case 0x88: stack.append(.true)
            case 0x89: stack.append(.false)
            case UInt8(ascii: "K"): stack.append(.int(try uint(1)))
            case UInt8(ascii: "M"): stack.append(.int(try uint(2)))
            case UInt8(ascii: "J"): stack.append(.int(Int(Int32(truncatingIfNeeded: try uint(4)))))
            case 0x8a, 0x8b:
                let n = try uint(op == 0x8a ? 1 : 4)
                let raw = Array(try take(n))
                var value = BigInt(0)
                for b in raw.reversed() { value = value << 8 | BigInt(b) }
                if let last = raw.last, last & 0x80 != 0 { value -= BigInt(1) << (8 * n) }
                stack.append(.int(value))
            case UInt8(ascii: "G"):
                var bits: UInt64 = 0
                for b in try take(8) { bits = bits << 8 | UInt64(b) }
                stack.append(.float(Double(bitPattern: bits)))
            case 0x8c, UInt8(ascii: "X"), 0x8d:
                let n = try uint(op == 0x8c ? 1 : op == UInt8(ascii: "X") ? 4 : 8)
                stack.append(.str(String(decoding: try take(n), as: UTF8.self)))
            case UInt8(ascii: "C"), UInt8(ascii: "B"), 0x8e:
                let n = try uint(op == UInt8(ascii: "C") ? 1 : op == UInt8(ascii: "B") ? 4 : 8)
                stack.append(.object(PyBytes(Array(try take(n)))))
            case 0x96:
                // BYTEARRAY8 (protocol 5): Pipebook has no bytearray, and reads one as bytes.
                stack.append(.object(PyBytes(Array(try take(try uint(8))))))
            case UInt8(ascii: "]"): stack.append(.object(PyList()))
            case UInt8(ascii: ")"): stack.append(.object(PyTuple.empty))
            case UInt8(ascii: "}"): stack.append(.object(PyDict()))
            case 0x8f: stack.append(.object(PySet()))
            case UInt8(ascii: "("): marks.append(stack.count)
            case UInt8(ascii: "a"):
                let item = stack.removeLast()
                stack.last?.as(PyList.self)?.items.append(item)
            case UInt8(ascii: "e"):
                let items = try popMark()
                stack.last?.as(PyList.self)?.items.append(contentsOf: items)
            case 0x85, 0x86, 0x87:
                let n = Int(op - 0x84)
                let items = Array(stack.suffix(n))
                stack.removeLast(n)
                stack.append(.object(PyTuple(items)))
            case UInt8(ascii: "t"): stack.append(.object(PyTuple(try popMark())))
            case UInt8(ascii: "s"):
                let value = stack.removeLast(), key = stack.removeLast()
                try stack.last?.as(PyDict.self)?.set(key, value, interp)
            case UInt8(ascii: "u"):
                let items = try popMark()
                guard let dict = stack.last?.as(PyDict.self) else { throw PyError(unpicklingError, "SETITEMS without a dict") }
                for k in stride(from: 0, to: items.count - 1, by: 2) { try dict.set(items[k], items[k + 1], interp) }
            case 0x90:
                let items = try popMark()
                guard let set = stack.last?.as(PySet.self) else { throw PyError(unpicklingError, "ADDITEMS without a set") }
                for item in items { try set.add(item, interp) }
            case 0x91:
                let set = PySet(frozen: true)
                for item in try popMark() { try set.add(item, interp) }
                stack.append(.object(set))
            case 0x94: memo[memo.count] = stack.last!
            case UInt8(ascii: "q"): memo[try uint(1)] = stack.last!
            case UInt8(ascii: "r"): memo[try uint(4)] = stack.last!
            case UInt8(ascii: "h"), UInt8(ascii: "j"):
                let key = try uint(op == UInt8(ascii: "h") ? 1 : 4)
                guard let v = memo[key] else { throw PyError(unpicklingError, "Memo value not found at index \(key)") }
                stack.append(v)
            case UInt8(ascii: "c"), 0x93 where findClass != nil:
                let name = try className(op)
                guard let dot = name.lastIndex(of: ".") else { throw PyError(unpicklingError, "a GLOBAL without its module and name") }
                if op == 0x93 {
                    stack.removeLast(2)
                } else {
                    var seen = 0, end = position
                    while end < data.count && seen < 2 { if data[end] == 10 { seen += 1 }; end += 1 }
                    guard seen == 2 else { throw PyError(unpicklingError, "a GLOBAL without its module and name") }
                    position = end
                }
                stack.append(try interp.call(findClass!, [.str(String(name[..<dot])), .str(String(name[name.index(after: dot)...]))]))
            case UInt8(ascii: "R") where findClass != nil:
                let args = stack.removeLast(), callable = stack.removeLast()
                guard let t = args.as(PyTuple.self) else { throw PyError(unpicklingError, "REDUCE needs a tuple of arguments") }
                stack.append(try interp.call(callable, t.items))
            case 0x81 where findClass != nil:
                let args = stack.removeLast(), cls = stack.removeLast()
                guard let t = args.as(PyTuple.self) else { throw PyError(unpicklingError, "NEWOBJ needs a tuple of arguments") }
                stack.append(try interp.call(try interp.getAttribute(cls, "__new__"), [cls] + t.items))
            case UInt8(ascii: "b") where findClass != nil:
                let state = stack.removeLast()
                guard let object = stack.last else { throw PyError(unpicklingError, "unpickling stack underflow") }
                if let setstate = try interp.lookupAttribute(object, "__setstate__") {
                    _ = try interp.call(setstate, [state])
                } else if let dict = state.as(PyDict.self) {
                    for (key, value) in dict.items {
                        guard let name = key.stringValue else { throw PyError(unpicklingError, "BUILD with a state key that is not a str") }
                        try interp.setAttribute(object, name, value)
                    }
                } else {
                    throw PyError.notImplemented("Pipebook's pickle restores an object's state from a dict only, not \(state.typeName) (\(object.typeName))")
                }
            case UInt8(ascii: "c"), 0x93:
                throw PyError.notImplemented("Pipebook's pickle loads plain values only; this pickle holds an instance of a class (\(try className(op)))")
            default:
                throw PyError(unpicklingError, "invalid load key, '\\x\(String(format: "%02x", op))'.")
            }
        }
    }

    private mutating func className(_ op: UInt8) throws -> String {
        if op == 0x93, stack.count >= 2, let name = stack[stack.count - 1].stringValue, let module = stack[stack.count - 2].stringValue {
            return "\(module).\(name)"
        }
        if op == UInt8(ascii: "c") {
            let rest = data[position...]
            let lines = rest.split(separator: UInt8(ascii: "\n"), maxSplits: 2)
            if lines.count >= 2 { return String(decoding: lines[0], as: UTF8.self) + "." + String(decoding: lines[1], as: UTF8.self) }
        }
        return "unknown"
    }
}
