/// The modules every interpreter can import, written in Swift. Modules written in Python
/// live in stdlib/ and are found on the search path.
extension Interpreter {
    func registerStandardModules() {
        registerModule("sys", builder: SysModule.make)
        // The builtins themselves: `builtins.len`, and a name set here is seen everywhere.
        registerModule("builtins") { PyModule(name: "builtins", globals: $0.builtins) }
        registerModule("math", builder: MathModule.make)
        registerModule("json", builder: JSONModule.make)
        registerModule("copy", builder: CopyModule.make)
        registerModule("itertools", builder: ItertoolsModule.make)
        registerModule("functools", builder: FunctoolsModule.make)
        registerModule("time", builder: TimeModule.make)
        registerModule("datetime", builder: DatetimeModule.make)
        registerModule("random", builder: RandomModule.make)
        registerModule("os", builder: OSModule.make)
        registerModule("posixpath", builder: OSPathModule.make)
        registerModule("os.path") { try $0.importModule("posixpath") }
        registerModule("pathlib", builder: PathlibModule.make)
        registerModule("io", builder: IOModule.make)
        registerModule("tempfile", builder: TempfileModule.make)
        registerModule("shutil", builder: ShutilModule.make)
        registerModule("glob", builder: GlobModule.make)
        registerModule("fnmatch", builder: FnmatchModule.make)
        registerModule("csv", builder: CSVModule.make)
        registerModule("re", builder: RegexModule.make)
        registerModule("hashlib", builder: HashlibModule.make)
        registerModule("importlib", builder: ImportlibModule.make)
    }
}

/// Builds a module from native functions and values.
public final class ModuleBuilder {
    public let module: PyModule

    public init(_ name: String) {
        module = PyModule(name: name)
    }

    public func function(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        module.globals[name] = .object(PyNativeFunction(name: name, body: body))
    }

    public func value(_ name: String, _ value: Value) {
        module.globals[name] = value
    }
}
