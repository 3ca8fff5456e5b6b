import PipebookLanguage

/// `_pandas`: the native functions stdlib/pandas is written over (CSV reading and writing).
enum PandasModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_pandas")
        return m.module
    }
}
