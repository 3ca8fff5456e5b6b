/// `io.BytesIO`: a binary file in memory.
final class BytesIOObject: PyIterator, NativeAttributes {
    private var bytes: [UInt8] = []
    private var position = 0
    private(set) var isClosed = false

    override var type: PyType { Self.type }

    func checkOpen() throws {
        if isClosed { throw PyError.valueError("I/O operation on closed file.") }
    }

    /// Writes at the current position, overwriting, and padding with zeros past the end.
    func write(_ data: [UInt8]) {
        if position > bytes.count { bytes += Array(repeating: 0, count: position - bytes.count) }
        let end = position + data.count
        bytes.replaceSubrange(position..<min(end, bytes.count), with: data)
        position = end
    }

    func read(_ size: Int?) -> [UInt8] {
        let start = min(position, bytes.count)
        let end = size.map { min(start + $0, bytes.count) } ?? bytes.count
        position = max(position, end)
        return Array(bytes[start..<end])
    }

    func readLine(_ size: Int? = nil) -> [UInt8] {
        let start = min(position, bytes.count)
        let limit = size.map { min(start + $0, bytes.count) } ?? bytes.count
        let end = bytes[start..<limit].firstIndex(of: 0x0A).map { $0 + 1 } ?? limit
        position = max(position, end)
        return Array(bytes[start..<end])
    }

    override func next() throws -> Value? {
        try checkOpen()
        let line = readLine()
        return line.isEmpty ? nil : .object(PyBytes(line))
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        attribute == "closed" ? .bool(isClosed) : nil
    }

    static let type: PyType = {
        let t = PyType(name: "BytesIO", bases: [IOModule.bufferedIOBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
        t.construct = { _, _, args in
            let bound = try args.bind("BytesIO", ["initial_bytes"])
            let buffer = BytesIOObject()
            if let initial = bound[0], !initial.isNone {
                guard let b = initial.as(PyBytes.self) else {
                    throw PyError.typeError("a bytes-like object is required, not '\(initial.typeName)'")
                }
                buffer.bytes = b.bytes
            }
            return .object(buffer)
        }
        IOModule.installStreamMethods(t, closedMessage: "I/O operation on closed file.", flushChecksClosed: true) { ($0 as? BytesIOObject)?.isClosed }
        t.method("close") { _, args in
            try receiver(args).isClosed = true
            return .none
        }
        t.method("getvalue") { _, args in
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .object(PyBytes(buffer.bytes))
        }
        t.method("getbuffer") { _, _ in throw PyError.unsupported("BytesIO.getbuffer() (memoryview)") }
        t.method("write") { _, args in
            try args.expect("write", min: 2, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            guard let data = args[1].as(PyBytes.self) else {
                throw PyError.typeError("a bytes-like object is required, not '\(args[1].typeName)'")
            }
            buffer.write(data.bytes)
            return .int(data.bytes.count)
        }
        for name in ["read", "read1"] {
            t.method(name) { _, args in
                try args.expect(name, min: 1, max: 2)
                let buffer = try receiver(args)
                try buffer.checkOpen()
                return .object(PyBytes(buffer.read(try sizeArgument(args, 1))))
            }
        }
        t.method("readline") { _, args in
            try args.expect("readline", min: 1, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .object(PyBytes(buffer.readLine(try sizeArgument(args, 1))))
        }
        t.method("tell") { _, args in
            let buffer = try receiver(args)
            try buffer.checkOpen()
            return .int(buffer.position)
        }
        t.method("seek") { _, args in
            try args.expect("seek", min: 2, max: 3)
            let buffer = try receiver(args)
            let offset = try wholeNumber(args[1])
            let whence = args.count > 2 ? try wholeNumber(args[2]) : 0
            try buffer.checkOpen()
            switch whence {
            case 0:
                if offset < 0 { throw PyError.valueError("negative seek value \(offset)") }
                buffer.position = offset
            case 1: buffer.position = max(0, buffer.position + offset)
            case 2: buffer.position = max(0, buffer.bytes.count + offset)
            default: throw PyError.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return .int(buffer.position)
        }
        t.method("truncate") { _, args in
            try args.expect("truncate", min: 1, max: 2)
            let buffer = try receiver(args)
            try buffer.checkOpen()
            let size = try sizeArgument(args, 1, indexStyle: true) ?? buffer.position
            if args.count > 1, case .int(let n) = args[1], n < 0 { throw PyError.valueError("negative size value \(n)") }
            if size < buffer.bytes.count { buffer.bytes.removeSubrange(size...) }
            return .int(size)
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> BytesIOObject {
        guard let b = args.positional.first?.as(BytesIOObject.self) else {
            throw PyError.typeError("descriptor requires a '_io.BytesIO' object")
        }
        return b
    }
}
