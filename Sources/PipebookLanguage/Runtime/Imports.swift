import Foundation

/// `import`: modules written in Swift, and `.py` files found on the search paths.
extension Interpreter {
    /// The repository's `stdlib/` folder: Pipebook's modules written in Python. PIPEBOOK_STDLIB
    /// overrides it; otherwise it is found from where this file was compiled.
    public static let standardLibraryPath: String = {
        if let path = ProcessInfo.processInfo.environment["PIPEBOOK_STDLIB"] { return path }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("stdlib").path
    }()

    /// Imports `name` (dotted names import each parent package first) and returns the module.
    func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        let parts = name.split(separator: ".").map(String.init)
        var parent: PyModule?
        if parts.count > 1 { parent = try importModule(parts.dropLast().joined(separator: ".")) }
        // The parent package's __init__ may have imported this very module.
        if let m = modules[name] { return m }
        let module: PyModule
        if let builder = nativeModules[name] {
            module = try builder(self)
            modules[name] = module
        } else if let file = findSource(parts, under: parent) {
            module = try loadSource(name, file: file.path, isPackage: file.isPackage)
        } else {
            let e = PyError(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
            e.exception.dict["name"] = .str(name)
            throw e
        }
        if let parent { parent.globals[parts.last!] = .object(module) }
        return module
    }

    private func findSource(_ parts: [String], under parent: PyModule?) -> (path: String, isPackage: Bool)? {
        let fm = FileManager.default
        let folders: [String]
        if let parent, let path = parent.globals["__path__"], let list = path.as(PyList.self) {
            folders = list.items.compactMap(\.stringValue)
        } else if parent != nil {
            return nil
        } else {
            folders = importFolders()
        }
        let leaf = parts.last!
        for folder in folders {
            let package = "\(folder)/\(leaf)/__init__.py"
            if fm.fileExists(atPath: package) { return (package, true) }
            let file = "\(folder)/\(leaf).py"
            if fm.fileExists(atPath: file) { return (file, false) }
        }
        return nil
    }

    /// Where `import name` looks: the program's `sys.path` once `sys` is loaded (programs add
    /// to it), else the search paths and the standard library. A relative entry, `''`
    /// included, names a folder under the working directory, as in CPython.
    private func importFolders() -> [String] {
        guard let path = modules["sys"]?.globals["path"]?.as(PyList.self) else {
            return searchPaths + [Self.standardLibraryPath]
        }
        return path.items.compactMap(\.stringValue).map { entry in
            entry.hasPrefix("/") ? entry : diskPath(workingDirectory + "/" + entry)
        }
    }

    private func loadSource(_ name: String, file: String, isPackage: Bool) throws -> PyModule {
        guard let data = FileManager.default.contents(atPath: file), let source = String(data: data, encoding: .utf8) else {
            throw PyError(BuiltinTypes.importError, "cannot read \(file)")
        }
        let module = PyModule(name: name)
        module.globals["__file__"] = .str(file)
        if isPackage {
            module.globals["__path__"] = .object(PyList([.str((file as NSString).deletingLastPathComponent)]))
            module.globals["__package__"] = .str(name)
        } else {
            module.globals["__package__"] = .str(name.split(separator: ".").dropLast().joined(separator: "."))
        }
        modules[name] = module
        do {
            let tree = try Parser.parseModule(source, fileName: file)
            sources[file] = source.split(separator: "\n", omittingEmptySubsequences: false)
            let compiled = try Compiler.compileModule(tree, fileName: file, globals: module.globals, interp: self,
                                                      echoLastExpression: false)
            _ = try compiled.run(self)
        } catch {
            modules[name] = nil
            throw pythonError(error)
        }
        return module
    }

    /// The absolute module name of `from ..module import x` written in a module with these globals.
    func resolveRelative(_ module: String?, level: Int, globals: Globals) throws -> String {
        guard level > 0 else { return module ?? "" }
        guard var package = globals["__package__"]?.stringValue, !package.isEmpty else {
            throw PyError(BuiltinTypes.importError, "attempted relative import with no known parent package")
        }
        for _ in 1..<level {
            guard let dot = package.lastIndex(of: ".") else {
                throw PyError(BuiltinTypes.importError, "attempted relative import beyond top-level package")
            }
            package = String(package[..<dot])
        }
        if let module, !module.isEmpty { return "\(package).\(module)" }
        return package
    }
}
