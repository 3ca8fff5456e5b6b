import Foundation

/// `os.stat_result`: what `os.stat()`, `Path.stat()` and `DirEntry.stat()` return. Its first
/// ten fields are also a tuple of ints, as in CPython.
final class StatResult: PyObject, NativeAttributes, NativeRepresentable {
    let status: FileStatus

    init(_ status: FileStatus) { self.status = status }

    override var type: PyType { Self.type }

    private static let tupleFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                      "st_atime", "st_mtime", "st_ctime"]

    /// The tuple part: the times are whole seconds there.
    private var tupleNumbers: [Int] {
        let r = status.raw
        return [Int(r.st_mode), Int(r.st_ino), Int(r.st_dev), Int(r.st_nlink), Int(r.st_uid), Int(r.st_gid),
                Int(r.st_size), Int(r.st_atim.tv_sec), Int(r.st_mtim.tv_sec), Int(r.st_ctim.tv_sec)]
    }

    private var tupleValues: [Value] { tupleNumbers.map { .int($0) } }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        let r = status.raw
        func nanoseconds(_ t: timespec) -> Value { .int(Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec)) }
        switch attribute {
        case "st_atime": return .float(status.accessTime)
        case "st_mtime": return .float(status.modificationTime)
        case "st_ctime": return .float(status.changeTime)
        case "st_atime_ns": return nanoseconds(r.st_atim)
        case "st_mtime_ns": return nanoseconds(r.st_mtim)
        case "st_ctime_ns": return nanoseconds(r.st_ctim)
        case "st_blocks": return .int(Int(r.st_blocks))
        case "st_blksize": return .int(Int(r.st_blksize))
        case "st_rdev": return .int(Int(r.st_rdev))
        case "n_fields": return .int(19)
        case "n_sequence_fields": return .int(10)
        default:
            guard let i = Self.tupleFields.firstIndex(of: attribute) else { return nil }
            return .int(tupleNumbers[i])
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        let fields = zip(Self.tupleFields, tupleNumbers).map { "\($0)=\($1)" }
        return "os.stat_result(" + fields.joined(separator: ", ") + ")"
    }

    static let type: PyType = {
        let t = PyType(name: "stat_result", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "os")
        t.method("__len__") { _, _ in .int(tupleFields.count) }
        t.method("__iter__") { _, args in .object(ArrayIterator(try receiver(args).tupleValues)) }
        t.method("__getitem__") { interp, args in
            try args.expect("__getitem__", min: 2, max: 2)
            return try interp.getItem(.object(PyTuple(try receiver(args).tupleValues)), args[1])
        }
        t.method("__eq__") { interp, args in
            guard let other = args[1].as(StatResult.self) else { return .object(PyNotImplemented.shared) }
            return .bool(try interp.equals(.object(PyTuple(try receiver(args).tupleValues)), .object(PyTuple(other.tupleValues))))
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> StatResult {
        guard let s = args.positional.first?.as(StatResult.self) else {
            throw PyError.typeError("descriptor requires an 'os.stat_result' object")
        }
        return s
    }
}
