import PipebookLanguage

/// `_pickle_plain`: dumps and loads for stdlib/pickle.py and stdlib/joblib, plain values only.
enum PickleModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_pickle_plain")
        m.function("dumps") { interp, args in
            var writer = PickleWriter(interp, reducer: args.count > 1 ? args[1] : nil)
            try writer.write(args[0])
            return .object(PyBytes(writer.finish()))
        }
        m.function("loads") { interp, args in
            guard let b = args[0].as(PyBytes.self) else {
                throw PyError.typeError("a bytes-like object is required, not '\(args[0].typeName)'")
            }
            var reader = PickleReader(b.bytes, interp, findClass: args.count > 1 ? args[1] : nil)
            return try reader.read()
        }
        return m.module
    }
}
