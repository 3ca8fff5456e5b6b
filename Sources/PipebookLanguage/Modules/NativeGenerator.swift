/// What CPython's library functions written as generators return (`os.walk`, `Path.glob`,
/// `Path.iterdir`, `glob.iglob`), made in Swift: its items are worked out on the first
/// `next()`, when a generator's body would start running.
final class NativeGenerator: PyIterator {
    private let compute: () throws -> [Value]
    private var items: [Value]?
    private var index = 0

    init(_ compute: @escaping () throws -> [Value]) {
        self.compute = compute
    }

    override var type: PyType { Self.type }

    override func next() throws -> Value? {
        if items == nil { items = try compute() }
        guard index < items!.count else { return nil }
        defer { index += 1 }
        return items![index]
    }

    /// The `generator` type of these objects (and of `os.walk`'s).
    static let type: PyType = {
        let t = PyType(name: "generator", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true)
        t.method("__iter__") { _, args in args[0] }
        t.method("__next__") { _, args in
            if let v = try args[0].as(PyIterator.self)?.next() { return v }
            throw PyError(PyExceptionObject(cls: BuiltinTypes.stopIteration, args: []))
        }
        return t
    }()
}
