import PipebookDigests

/// `hashlib`: MD5, SHA-1 and SHA-2 digests. Scripts name files and cache entries with them; the
/// SHA-3 and BLAKE2 families, which they rarely use, are refused by name.
enum HashlibModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("hashlib")
        for algorithm in HashAlgorithm.allCases {
            m.function(algorithm.rawValue) { _, args in
                let bound = try args.bind(algorithm.rawValue, ["string", "usedforsecurity"])
                return .object(try HashObject(algorithm, initial: bound[0]))
            }
        }
        m.function("new") { _, args in
            let bound = try args.bind("new", ["name", "string", "usedforsecurity"], required: 1)
            guard let name = bound[0]!.stringValue else {
                throw PyError.typeError("new() argument 'name' must be str, not \(bound[0]!.typeName)")
            }
            guard let algorithm = HashAlgorithm(rawValue: name.lowercased()) else {
                if refused.contains(name.lowercased()) { throw PyError.unsupported("hashlib's \(name)") }
                throw PyError.valueError("unsupported hash type \(name)")
            }
            return .object(try HashObject(algorithm, initial: bound[1]))
        }
        m.function("file_digest") { interp, args in
            let bound = try args.bind("file_digest", ["fileobj", "digest"], required: 2)
            let hash: Value
            if let name = bound[1]!.stringValue {
                guard let algorithm = HashAlgorithm(rawValue: name.lowercased()) else {
                    throw PyError.valueError("unsupported hash type \(name)")
                }
                hash = .object(try HashObject(algorithm, initial: nil))
            } else {
                hash = try interp.call(bound[1]!, [])
            }
            _ = try interp.callMethod(hash, "update", Arguments([try interp.callMethod(bound[0]!, "read", Arguments([]))]))
            return hash
        }
        for name in refused {
            m.function(name) { _, _ in throw PyError.unsupported("hashlib.\(name)") }
        }
        for setName in ["algorithms_guaranteed", "algorithms_available"] {
            let names = PySet(frozen: true)
            for algorithm in HashAlgorithm.allCases { try names.add(.str(algorithm.rawValue), interp) }
            m.module.globals[setName] = .object(names)
        }
        return m.module
    }

    private static let refused = ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"]
}

enum HashAlgorithm: String, CaseIterable {
    case md5, sha1, sha224, sha256, sha384, sha512

    var digestSize: Int {
        switch self {
        case .md5: 16
        case .sha1: 20
        case .sha224: 28
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    var blockSize: Int { self == .sha384 || self == .sha512 ? 128 : 64 }

    func digest(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .md5: return MD5.digest(bytes)
        case .sha1: return SHA1.digest(bytes)
        case .sha224:
            var hash = SHA256.sha224()
            hash.update(bytes)
            return hash.digest()
        case .sha256:
            var hash = SHA256()
            hash.update(bytes)
            return hash.digest()
        case .sha384: return SHA512.sha384(bytes)
        case .sha512: return SHA512.digest(bytes)
        }
    }
}

/// A hash object (`_hashlib.HASH`): it keeps what it was fed and digests on demand, so `copy()`
/// and digesting midway are plain.
final class HashObject: PyObject, NativeAttributes, NativeRepresentable {
    let algorithm: HashAlgorithm
    private(set) var fed: [UInt8] = []

    init(_ algorithm: HashAlgorithm, initial: Value?) throws {
        self.algorithm = algorithm
        super.init()
        if let initial, !initial.isNone { try update(initial) }
    }

    override var type: PyType { Self.type }

    func update(_ data: Value) throws {
        if data.stringValue != nil { throw PyError.typeError("Strings must be encoded before hashing") }
        guard let bytes = data.as(PyBytes.self) else {
            throw PyError.typeError("object supporting the buffer API required")
        }
        fed += bytes.bytes
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": .str(algorithm.rawValue)
        case "digest_size": .int(algorithm.digestSize)
        case "block_size": .int(algorithm.blockSize)
        default: nil
        }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<\(algorithm.rawValue) _hashlib.HASH object @ \(interp.address(self))>"
    }

    static let type: PyType = {
        let t = PyType(name: "HASH", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "_hashlib")
        t.method("update") { _, args in
            try args.expect("update", min: 2, max: 2)
            try receiver(args).update(args[1])
            return .none
        }
        t.method("digest") { _, args in
            let hash = try receiver(args)
            return .object(PyBytes(hash.algorithm.digest(hash.fed)))
        }
        t.method("hexdigest") { _, args in
            let hash = try receiver(args)
            return .str(Hex.string(hash.algorithm.digest(hash.fed)))
        }
        t.method("copy") { _, args in
            let hash = try receiver(args)
            let copy = try HashObject(hash.algorithm, initial: nil)
            copy.fed = hash.fed
            return .object(copy)
        }
        return t
    }()

    private static func receiver(_ args: Arguments) throws -> HashObject {
        guard let hash = args.positional.first?.as(HashObject.self) else {
            throw PyError.typeError("descriptor requires a '_hashlib.HASH' object")
        }
        return hash
    }
}
