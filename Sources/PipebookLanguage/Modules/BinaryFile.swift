import Foundation

/// A file opened in binary mode: `_io.BufferedReader` (`rb`), `_io.BufferedWriter` (`wb`,
/// `ab`, `xb`) or `_io.BufferedRandom` (any mode with `+`). It reads and writes bytes.
final class BinaryFile: FileObject, NativeRepresentable {
    /// Bytes read ahead from the descriptor; `readIndex` is where the program has got to.
    private var readBuffer: [UInt8] = []
    private var readIndex = 0

    private var available: Int { readBuffer.count - readIndex }

    override var type: PyType {
        if canRead && canWrite { return Self.bufferedRandom }
        return canRead ? Self.bufferedReader : Self.bufferedWriter
    }

    // MARK: Reading

    /// Reads the next chunk into the buffer; false at the end of the file.
    private func fill() throws -> Bool {
        let chunk = try readRaw(Self.chunkSize)
        if chunk.isEmpty { return false }
        if readIndex > 0 {
            readBuffer.removeFirst(readIndex)
            readIndex = 0
        }
        readBuffer.append(contentsOf: chunk)
        return true
    }

    private func take(_ count: Int) -> [UInt8] {
        defer { readIndex += count }
        return Array(readBuffer[readIndex..<(readIndex + count)])
    }

    /// `read(size)`: `size` bytes, fewer only at the end of the file; nil reads all the rest.
    func read(_ size: Int?) throws -> [UInt8] {
        guard let size else {
            let rest = take(available) + (try readRawToEnd())
            readBuffer = []
            readIndex = 0
            return rest
        }
        while available < size, try fill() {}
        return take(min(size, available))
    }

    /// `readline(size)`: up to and including the next `\n`, at most `size` bytes.
    func readLine(_ size: Int? = nil) throws -> [UInt8] {
        var searched = 0
        while true {
            if let newline = readBuffer[(readIndex + searched)...].firstIndex(of: 0x0A) {
                return take(min(newline + 1 - readIndex, size ?? .max))
            }
            searched = available
            if let size, available >= size { return take(size) }
            if try !fill() { return take(min(available, size ?? .max)) }
        }
    }

    override func next() throws -> Value? {
        if !canRead { throw UnsupportedOperation.error("read") }
        try checkOpen("readline of closed file")
        let line = try readLine()
        return line.isEmpty ? nil : .object(PyBytes(line))
    }

    // MARK: Writing and position

    func write(_ bytes: [UInt8]) throws {
        if !canWrite { throw UnsupportedOperation.error("write") }
        try checkOpen("write to closed file")
        try discardReadAhead()
        try writeRaw(bytes)
    }

    /// Moves the descriptor back to where the program has read to, forgetting the read-ahead.
    private func discardReadAhead() throws {
        if available > 0 { _ = try rawSeek(-available, whence: SEEK_CUR) }
        readBuffer = []
        readIndex = 0
    }

    func tell() throws -> Int { try rawPosition() - available }

    func seek(_ offset: Int, whence: Int) throws -> Int {
        let origin: Int32
        switch whence {
        case 0: origin = SEEK_SET
        case 1: origin = SEEK_CUR
        case 2: origin = SEEK_END
        default: throw PyError.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
        try discardReadAhead()
        return try rawSeek(offset, whence: origin)
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<_io.\(type.name) name=\(try interp.repr(name))>"
    }

    // MARK: The Python types

    static let bufferedReader = makeType("BufferedReader")
    static let bufferedWriter = makeType("BufferedWriter")
    static let bufferedRandom = makeType("BufferedRandom")

    private static func makeType(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [IOModule.bufferedIOBase], layout: .builtin, isBuiltin: true, moduleName: "_io")
        installCommonMethods(t, closedMessage: "I/O operation on closed file")
        t.method("read") { _, args in
            try args.expect("read", min: 1, max: 2)
            let file = try readableReceiver(args, closedMessage: "read of closed file")
            return .object(PyBytes(try file.read(sizeArgument(args, 1))))
        }
        t.method("read1") { _, args in
            try args.expect("read1", min: 1, max: 2)
            let file = try readableReceiver(args, closedMessage: "read of closed file")
            return .object(PyBytes(try file.read(sizeArgument(args, 1))))
        }
        t.method("readline") { _, args in
            try args.expect("readline", min: 1, max: 2)
            let file = try readableReceiver(args, closedMessage: "readline of closed file")
            return .object(PyBytes(try file.readLine(sizeArgument(args, 1))))
        }
        t.method("readlines") { _, args in
            try args.expect("readlines", min: 1, max: 2)
            let file = try receiver(args)
            try file.checkOpen()
            return .object(try IOModule.readLines(hint: try sizeArgument(args, 1), file.next) {
                $0.as(PyBytes.self)!.bytes.count
            })
        }
        t.method("write") { _, args in
            try args.expect("write", min: 2, max: 2)
            let file = try receiver(args)
            guard let bytes = args[1].as(PyBytes.self) else {
                throw PyError.typeError("a bytes-like object is required, not '\(args[1].typeName)'")
            }
            try file.write(bytes.bytes)
            return .int(bytes.bytes.count)
        }
        t.method("tell") { _, args in
            try args.expect("tell", min: 1, max: 1)
            let file = try receiver(args)
            try file.checkOpen("I/O operation on closed file")
            return .int(try file.tell())
        }
        t.method("seek") { _, args in
            try args.expect("seek", min: 2, max: 3)
            let file = try receiver(args)
            let offset = try wholeNumber(args[1])
            let whence = args.count > 2 ? try wholeNumber(args[2]) : 0
            try file.checkOpen("seek of closed file")
            return .int(try file.seek(offset, whence: whence))
        }
        t.method("truncate") { _, args in
            try args.expect("truncate", min: 1, max: 2)
            let file = try receiver(args)
            try file.checkOpen("truncate of closed file")
            if !file.canWrite { throw UnsupportedOperation.error("truncate") }
            let size = try sizeArgument(args, 1) ?? file.tell()
            try file.discardReadAhead()
            try file.rawTruncate(size)
            return .int(size)
        }
        return t
    }

    private static func receiver(_ args: Arguments) throws -> BinaryFile {
        guard let file = args.positional.first?.as(BinaryFile.self) else {
            throw PyError.typeError("descriptor requires a binary file object")
        }
        return file
    }

    private static func readableReceiver(_ args: Arguments, closedMessage: String) throws -> BinaryFile {
        let file = try receiver(args)
        if !file.canRead { throw UnsupportedOperation.error("read") }
        try file.checkOpen(closedMessage)
        return file
    }
}
