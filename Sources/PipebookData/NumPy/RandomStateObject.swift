import PipebookLanguage

/// The native half of `numpy.random.RandomState`: the generator's state, which
/// stdlib/numpy/random.py drives through `_numpy`'s random_* functions.
final class RandomStateObject: PyObject {
    static let pyType = PyType(name: "_random_state", bases: [BuiltinTypes.object], layout: .builtin,
                               isBuiltin: true, moduleName: "_numpy")
    var generator: LegacyRandom

    init(_ generator: LegacyRandom) {
        self.generator = generator
    }

    override var type: PyType { RandomStateObject.pyType }
}

/// `_numpy.random_*`: what numpy's legacy distributions draw, in numpy's order.
enum RandomFunctions {
    static func install(_ m: ModuleBuilder) {
        m.function("random_state") { _, args in
            if args.count == 0 || args[0].isNone { return .object(RandomStateObject(LegacyRandom())) }
            return .object(RandomStateObject(LegacyRandom(seed: try seed(args[0]))))
        }
        m.function("random_seed") { _, args in
            let state = try NumpyModule.randomState(args[0])
            state.generator = args[1].isNone ? LegacyRandom() : LegacyRandom(seed: try seed(args[1]))
            return .none
        }
        m.function("random_uniform") { _, args in
            let state = try NumpyModule.randomState(args[0])
            let n = try NumpyModule.int(args[1])
            return .object(NDArray(.float((0..<n).map { _ in state.generator.nextDouble() })))
        }
        m.function("random_normal") { _, args in
            let state = try NumpyModule.randomState(args[0])
            let n = try NumpyModule.int(args[1])
            return .object(NDArray(.float((0..<n).map { _ in state.generator.nextGauss() })))
        }
        m.function("random_integers") { _, args in
            // randint(low, high, n): numpy draws offsets in 0...(high - low - 1).
            let state = try NumpyModule.randomState(args[0])
            let low = try NumpyModule.int(args[1]), high = try NumpyModule.int(args[2]), n = try NumpyModule.int(args[3])
            if low >= high { throw PyError.valueError("low >= high") }
            let range = UInt64(high - low - 1)
            return .object(NDArray(.int((0..<n).map { _ in low + Int(state.generator.nextInterval(range)) })))
        }
        m.function("random_shuffle") { _, args in
            // Shuffles along the first axis, in place, as RandomState.shuffle does.
            let state = try NumpyModule.randomState(args[0])
            let a = try NumpyModule.array(args[1])
            var order = Array(0..<a.rows)
            if a.shape.count == 1 { order = Array(0..<a.count) }
            state.generator.shuffle(&order)
            if a.shape.count == 1 {
                a.data = a.data.gather(order)
            } else {
                let c = a.columns
                a.data = a.data.gather(order.flatMap { r in (r * c)..<((r + 1) * c) })
            }
            return .none
        }
    }

    private static func seed(_ v: Value) throws -> UInt32 {
        guard let b = v.bigIntValue else {
            throw PyError.typeError("Cannot cast scalar from dtype('\(v.typeName)') to dtype('int64') according to the rule 'safe'")
        }
        guard b >= 0, b <= 0xffff_ffff else { throw PyError.valueError("Seed must be between 0 and 2**32 - 1") }
        return UInt32(b)
    }
}
