/// The modules every interpreter can import, written in Swift. Modules written in Python
/// live in stdlib/ and are found on the search path.
extension Interpreter {
    func registerStandardModules() {
        registerModule("sys", builder: SysModule.make)
        registerModule("math", builder: MathModule.make)
        registerModule("json", builder: JSONModule.make)
        registerModule("copy", builder: CopyModule.make)
        registerModule("itertools", builder: ItertoolsModule.make)
        registerModule("functools", builder: FunctoolsModule.make)
        registerModule("time", builder: TimeModule.make)
        registerModule("datetime", builder: DatetimeModule.make)
        registerModule("random", builder: RandomModule.make)
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
