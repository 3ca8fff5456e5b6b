/// `fnmatch`: shell-style wildcard matching of names. On POSIX, `fnmatch` is case-sensitive
/// like `fnmatchcase`.
enum FnmatchModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("fnmatch")
        for name in ["fnmatch", "fnmatchcase"] {
            let signature = PythonSignature(name, ["name", "pat"])
            m.function(name) { interp, args in
                let bound = try signature.bind(args)
                return .bool(GlobPattern(try interp.fileSystemPath(bound[1]!)).matches(try interp.fileSystemPath(bound[0]!)))
            }
        }
        let filter = PythonSignature("filter", ["names", "pat"])
        m.function("filter") { interp, args in
            let bound = try filter.bind(args)
            let pattern = GlobPattern(try interp.fileSystemPath(bound[1]!))
            return .object(PyList(try interp.iterateToArray(bound[0]!).filter { pattern.matches(try interp.fileSystemPath($0)) }))
        }
        m.function("translate") { _, _ in throw PyError.unsupported("fnmatch.translate()") }
        return m.module
    }
}
