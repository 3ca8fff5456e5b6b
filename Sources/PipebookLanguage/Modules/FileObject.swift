import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `open()` returns: an OS file descriptor. `TextFile` and `BinaryFile` add reading
/// (in CPython's chunks) and the Python methods of each kind.
///
/// Writes go straight to the descriptor: CPython buffers them until `flush()`, `close()` or
/// the end of the program, and Pipebook has no end-of-program hook to flush with, so a file
/// a program never closes still gets all it was written. Only another handle reading the file
/// before a flush could tell the difference.
class FileObject: PyIterator, NativeAttributes {
    /// CPython's buffer size: files are read in pieces of this size.
    static let chunkSize = 8192

    /// What `file.name` shows: the path as given (a str), or the descriptor passed to `open()`.
    private(set) var name: Value
    /// What `file.mode` shows.
    let mode: String
    let canRead: Bool
    let canWrite: Bool
    /// Whether closing the file closes its descriptor (`open(fd, closefd=False)` does not).
    let ownsDescriptor: Bool
    private(set) var descriptor: Int32

    init(descriptor: Int32, name: Value, mode: String, canRead: Bool, canWrite: Bool, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.mode = mode
        self.canRead = canRead
        self.canWrite = canWrite
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if descriptor >= 0 && ownsDescriptor { _ = systemClose(descriptor) }
    }

    var isClosed: Bool { descriptor < 0 }

    /// Gives a file opened by descriptor the name of its path, as tempfile does.
    func rename(_ newName: Value) { name = newName }

    /// What a read or write reports on a closed file; each kind says it its own way.
    func closedError(_ message: String = "I/O operation on closed file.") -> PyError { .valueError(message) }

    func checkOpen(_ message: String = "I/O operation on closed file.") throws {
        if isClosed { throw closedError(message) }
    }

    // MARK: The descriptor

    /// Reads up to `count` bytes from the descriptor; an empty result means the end of the file.
    func readRaw(_ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let n = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, count) }
            if n >= 0 {
                bytes.removeLast(count - n)
                return bytes
            }
            if errno != EINTR { throw lastSystemError() }
        }
    }

    /// Everything from the descriptor's position to the end of the file.
    func readRawToEnd() throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try readRaw(max(Self.chunkSize, all.count))
            if chunk.isEmpty { return all }
            all.append(contentsOf: chunk)
        }
    }

    /// Writes all of `bytes` at the descriptor's position.
    func writeRaw(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw lastSystemError()
            }
            offset += n
        }
    }

    /// The descriptor's position, after pending writes.
    func rawPosition() throws -> Int {
        let p = lseek(descriptor, 0, SEEK_CUR)
        if p < 0 { throw lastSystemError() }
        return Int(p)
    }

    func rawSeek(_ offset: Int, whence: Int32) throws -> Int {
        let p = lseek(descriptor, off_t(offset), whence)
        if p < 0 { throw lastSystemError() }
        return Int(p)
    }

    func rawTruncate(_ size: Int) throws {
        if ftruncate(descriptor, off_t(size)) != 0 { throw lastSystemError() }
    }

    /// Closes; closing twice does nothing, as in CPython.
    func close() throws {
        guard descriptor >= 0 else { return }
        if ownsDescriptor { _ = systemClose(descriptor) }
        descriptor = -1
    }

    // MARK: Python

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return name
        case "mode": return .str(mode)
        case "closed": return .bool(isClosed)
        default: return nil
        }
    }

    /// `__exit__`, `fileno()`, `isatty()` and the other methods both kinds of file share.
    static func installCommonMethods(_ type: PyType, closedMessage: String) {
        type.method("close") { _, args in
            try args.expect("close", min: 1, max: 1)
            try receiver(args, type).close()
            return .none
        }
        type.method("flush") { _, args in
            try args.expect("flush", min: 1, max: 1)
            let file = try receiver(args, type)
            try file.checkOpen(file is TextFile || !file.canWrite ? "I/O operation on closed file." : "flush of closed file")
            return .none
        }
        type.method("__enter__") { _, args in
            try args.expect("__enter__", min: 1, max: 1)
            try receiver(args, type).checkOpen()
            return args[0]
        }
        type.method("__exit__") { _, args in
            try receiver(args, type).close()
            return .none
        }
        type.method("__iter__") { _, args in
            try receiver(args, type).checkOpen()
            return args[0]
        }
        type.method("__next__") { _, args in
            if let line = try receiver(args, type).next() { return line }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        type.method("fileno") { _, args in
            let file = try receiver(args, type)
            try file.checkOpen(closedMessage)
            return .int(Int(file.descriptor))
        }
        type.method("isatty") { _, args in
            let file = try receiver(args, type)
            try file.checkOpen(closedMessage)
            return .bool(systemIsatty(file.descriptor) != 0)
        }
        // A file that cannot read says so even when closed, and likewise for writing, as in CPython.
        type.method("readable") { _, args in
            let file = try receiver(args, type)
            if file.canRead { try file.checkOpen(closedMessage) }
            return .bool(file.canRead)
        }
        type.method("writable") { _, args in
            let file = try receiver(args, type)
            if file.canWrite { try file.checkOpen(closedMessage) }
            return .bool(file.canWrite)
        }
        type.method("seekable") { _, args in
            let file = try receiver(args, type)
            try file.checkOpen(closedMessage)
            return .bool(lseek(file.descriptor, 0, SEEK_CUR) >= 0)
        }
        type.method("writelines") { interp, args in
            try args.expect("writelines", min: 2, max: 2)
            let file = try receiver(args, type)
            try file.checkOpen()
            let it = try interp.iterate(args[1])
            while let line = try it.next() { _ = try interp.callMethod(args[0], "write", Arguments([line])) }
            return .none
        }
    }

    /// The file a method was called on.
    static func receiver(_ args: Arguments, _ type: PyType) throws -> FileObject {
        guard let file = args.positional.first?.as(FileObject.self) else {
            throw PyError.typeError("descriptor requires a '_io.\(type.name)' object")
        }
        return file
    }
}

// The C calls, reached from outside the class, whose methods of the same names hide them.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
private func systemIsatty(_ fd: Int32) -> Int32 { isatty(fd) }

/// `io.UnsupportedOperation`: both an OSError and a ValueError, as in CPython.
enum UnsupportedOperation {
    static let type = PyType(name: "UnsupportedOperation", bases: [BuiltinTypes.osError, BuiltinTypes.valueError],
                             layout: .exception, isBuiltin: true, moduleName: "io")

    static func error(_ message: String) -> PyError { PyError(type, message) }
}
