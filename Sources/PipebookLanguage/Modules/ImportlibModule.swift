/// `importlib.import_module`: importing a module whose name is only known at run time, as
/// model servers import the inference script named by SAGEMAKER_PROGRAM.
enum ImportlibModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("importlib")
        m.function("import_module") { interp, args in
            let (values, rest) = try args.leadingParameters("import_module", ["name"])
            var package: Value = args.count > 1 ? args[1] : .none
            for (key, value) in rest {
                guard key == "package" else { throw PyError.typeError("import_module() got an unexpected keyword argument '\(key)'") }
                package = value
            }
            guard let name = values[0].stringValue else {
                throw PyError.typeError("module name must be str, not \(values[0].typeName)")
            }
            var absolute = name
            if name.hasPrefix(".") {
                guard let base = package.stringValue, !base.isEmpty else {
                    throw PyError.typeError("the 'package' argument is required to perform a relative import for '\(name)'")
                }
                let level = name.prefix { $0 == "." }.count
                let globals = Globals()
                globals["__package__"] = .str(base)
                let rest = String(name.dropFirst(level))
                absolute = try interp.resolveRelative(rest.isEmpty ? nil : rest, level: level, globals: globals)
            }
            if absolute.isEmpty { throw PyError(BuiltinTypes.valueError, "Empty module name") }
            return .object(try interp.importModule(absolute))
        }
        return m.module
    }
}
