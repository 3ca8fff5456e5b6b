import PipebookLanguage

/// Registers the native modules that stdlib/numpy, stdlib/pandas and stdlib/sklearn are
/// written over. Programs import `numpy`, `pandas` and `sklearn`; these underscore modules
/// hold only the loops that would be too slow in Python.
public enum PipebookData {
    /// Makes `_numpy`, `_pandas`, `_archives` (gzip and tar), `_pickle_plain` and `_learn`
    /// (scikit-learn's optimisers) importable on `interp`.
    public static func register(on interp: Interpreter) {
        interp.registerModule("_numpy", builder: NumpyModule.make)
        interp.registerModule("_pandas", builder: PandasModule.make)
        interp.registerModule("_archives", builder: ArchivesModule.make)
        interp.registerModule("_pickle_plain", builder: PickleModule.make)
        interp.registerModule("_learn", builder: LearnModule.make)
    }
}
