import Foundation

/// `shutil`: copying, moving and removing files and folder trees, `which` and `disk_usage`,
/// following CPython 3.11's algorithms. Archives and ownership are refused.
enum ShutilModule {
    static let error = PyType(name: "Error", bases: [BuiltinTypes.osError], layout: .exception, isBuiltin: true,
                              moduleName: "shutil")
    static let sameFileError = PyType(name: "SameFileError", bases: [error], layout: .exception, isBuiltin: true,
                                      moduleName: "shutil")

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("shutil")
        m.value("Error", .object(error))
        m.value("SameFileError", .object(sameFileError))
        let module = m.module
        /// The module's own copy2, to recognise it as `copytree`'s default.
        func function(_ name: String) -> Value { module.globals[name] ?? Value.none }

        let copyfile = PythonSignature("copyfile", ["src", "dst"], keywordOnly: ["follow_symlinks"])
        m.function("copyfile") { interp, args in
            let bound = try copyfile.bind(args)
            try copyFile(bound[0]!, bound[1]!, interp)
            return bound[1]!
        }
        for (name, preserveTimes) in [("copy", false), ("copy2", true)] {
            let signature = PythonSignature(name, ["src", "dst"], keywordOnly: ["follow_symlinks"])
            m.function(name) { interp, args in
                let bound = try signature.bind(args)
                var destination = bound[1]!
                let source = try interp.fileSystemPath(bound[0]!)
                if interp.fileStatus(try interp.fileSystemPath(destination))?.isDirectory == true {
                    destination = .str(PosixPath.join(try interp.fileSystemPath(destination), [PosixPath.basename(source)]))
                }
                try copyFile(bound[0]!, destination, interp)
                let target = try interp.fileSystemPath(destination)
                if preserveTimes { try interp.copyStatus(source, target) } else { try interp.copyMode(source, target) }
                return destination
            }
        }
        for (name, preserveTimes) in [("copymode", false), ("copystat", true)] {
            let signature = PythonSignature(name, ["src", "dst"], keywordOnly: ["follow_symlinks"])
            m.function(name) { interp, args in
                let bound = try signature.bind(args)
                let source = try interp.fileSystemPath(bound[0]!), target = try interp.fileSystemPath(bound[1]!)
                if preserveTimes { try interp.copyStatus(source, target) } else { try interp.copyMode(source, target) }
                return .none
            }
        }
        let copytree = PythonSignature("copytree", ["src", "dst", "symlinks", "ignore", "copy_function",
                                                    "ignore_dangling_symlinks", "dirs_exist_ok"], required: 2)
        m.function("copytree") { interp, args in
            let bound = try copytree.bind(args)
            let options = TreeCopy(symlinks: try bound[2].map { try interp.isTrue($0) } ?? false,
                                   ignore: bound[3].flatMap { $0.isNone ? nil : $0 },
                                   copyFunction: bound[4] ?? function("copy2"),
                                   isDefaultCopy: bound[4].map { $0.isIdentical(to: function("copy2")) || $0.isIdentical(to: function("copy")) } ?? true,
                                   ignoreDanglingLinks: try bound[5].map { try interp.isTrue($0) } ?? false,
                                   dirsExistOK: try bound[6].map { try interp.isTrue($0) } ?? false)
            return try options.copy(bound[0]!, bound[1]!, interp)
        }
        let rmtree = PythonSignature("rmtree", ["path", "ignore_errors", "onerror"], required: 1, keywordOnly: ["dir_fd"])
        m.function("rmtree") { interp, args in
            let bound = try rmtree.bind(args)
            let ignoreErrors = try bound[1].map { try interp.isTrue($0) } ?? false
            let onError = bound[2].flatMap { $0.isNone ? nil : $0 }
            let path = try interp.fileSystemPath(bound[0]!)
            try removeTree(disk: interp.diskPath(path), shown: path) { functionName, failedPath, error in
                if ignoreErrors { return }
                guard let onError else { throw error }
                let os = try interp.importModule("os")
                let failed = functionName == "islink" ? try interp.getAttribute(os.globals["path"]!, "islink")
                    : os.globals[functionName] ?? Value.none
                let info = PyTuple([.object(error.exception.cls), .object(error.exception), .none])
                _ = try interp.callValue(onError, Arguments([failed, .str(failedPath), .object(info)]))
            }
            return .none
        }
        let move = PythonSignature("move", ["src", "dst", "copy_function"], required: 2)
        m.function("move") { interp, args in
            let bound = try move.bind(args)
            return try moveFile(bound[0]!, bound[1]!, copyFunction: bound[2] ?? function("copy2"),
                                copytree: function("copytree"), interp)
        }
        let which = PythonSignature("which", ["cmd", "mode", "path"], required: 1)
        m.function("which") { interp, args in
            let bound = try which.bind(args)
            let command = try interp.fileSystemPath(bound[0]!)
            let mode = try bound[1].map(wholeNumber).map { Int32($0) } ?? (F_OK | X_OK)
            func usable(_ file: String) -> Bool {
                guard let status = interp.fileStatus(file) else { return false }
                return access(interp.diskPath(file), mode) == 0 && !status.isDirectory
            }
            if !PosixPath.dirname(command).isEmpty { return usable(command) ? .str(command) : .none }
            let searchPath = try bound[2].flatMap { $0.isNone ? nil : try interp.fileSystemPath($0) }
                ?? (try OSModule.environment(interp).value(for: "PATH")) ?? "/bin:/usr/bin"
            var seen = Set<String>()
            for dir in searchPath.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            where seen.insert(dir).inserted {
                let candidate = PosixPath.join(dir, [command])
                if usable(candidate) { return .str(candidate) }
            }
            return .none
        }
        m.function("disk_usage") { interp, args in
            try args.expect("disk_usage", min: 1, max: 1)
            let path = try interp.fileSystemPath(args[0])
            var s = statvfs()
            if statvfs(interp.diskPath(path), &s) != 0 { throw lastSystemError(path: path) }
            let unit = Int(s.f_frsize)
            return .object(DiskUsage(total: Int(s.f_blocks) * unit, used: (Int(s.f_blocks) - Int(s.f_bfree)) * unit,
                                     free: Int(s.f_bavail) * unit))
        }
        m.function("ignore_patterns") { _, args in
            if !args.keywords.isEmpty { throw PyError.typeError("ignore_patterns() got an unexpected keyword argument '\(args.keywords[0].name)'") }
            let patterns = try args.positional.map { v -> GlobPattern in
                guard let s = v.stringValue else { throw PyError.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)") }
                return GlobPattern(s)
            }
            return .object(PyNativeFunction(name: "_ignore_patterns") { interp, args in
                try args.expect("_ignore_patterns", min: 2, max: 2)
                let ignored = PySet()
                for name in try interp.iterateToArray(args[1]) {
                    let text = try interp.fileSystemPath(name)
                    if patterns.contains(where: { $0.matches(text) }) { try ignored.add(name, interp) }
                }
                return .object(ignored)
            })
        }
        for name in ["make_archive", "unpack_archive", "get_archive_formats", "get_unpack_formats", "chown", "get_terminal_size"] {
            m.function(name) { _, _ in throw PyError.unsupported("shutil.\(name)()") }
        }
        return m.module
    }

    /// `copyfile`: refuses to copy a file onto itself.
    private static func copyFile(_ source: Value, _ destination: Value, _ interp: Interpreter) throws {
        let src = try interp.fileSystemPath(source), dst = try interp.fileSystemPath(destination)
        if isSameFile(src, dst, interp) {
            throw PyError(sameFileError, "\(try interp.repr(source)) and \(try interp.repr(destination)) are the same file")
        }
        do {
            try interp.copyFileContents(src, dst)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.isADirectoryError)
                    && (e.exception.dict["filename"]?.stringValue == dst) && interp.fileStatus(dst) == nil {
            throw PyError(BuiltinTypes.fileNotFoundError, "Directory does not exist: \(dst)")
        }
    }

    private static func isSameFile(_ a: String, _ b: String, _ interp: Interpreter) -> Bool {
        if let x = interp.fileStatus(a), let y = interp.fileStatus(b) {
            return x.raw.st_ino == y.raw.st_ino && x.raw.st_dev == y.raw.st_dev
        }
        return interp.absolutePath(a) == interp.absolutePath(b)
    }

    /// `move`: a rename when it can, otherwise a copy and a removal.
    private static func moveFile(_ source: Value, _ destination: Value, copyFunction: Value, copytree: Value,
                                 _ interp: Interpreter) throws -> Value {
        let src = try interp.fileSystemPath(source), dst = try interp.fileSystemPath(destination)
        var realDestination = destination
        if interp.fileStatus(dst)?.isDirectory == true {
            if isSameFile(src, dst, interp) {
                try interp.renamePath(src, dst)
                return .none
            }
            var trimmed = Substring(src)
            while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            let target = PosixPath.join(dst, [PosixPath.basename(String(trimmed))])
            if interp.fileStatus(target) != nil { throw PyError(error, "Destination path '\(target)' already exists") }
            realDestination = .str(target)
        }
        let target = try interp.fileSystemPath(realDestination)
        do {
            try interp.renamePath(src, target)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
            if interp.fileStatus(src, followLinks: false)?.isSymbolicLink == true {
                let link = try interp.readLink(src)
                if symlink(link, interp.diskPath(target)) != 0 { throw lastSystemError(path: link, path2: target) }
                try interp.removeFile(src)
            } else if interp.fileStatus(src)?.isDirectory == true {
                let absoluteSource = interp.absolutePath(src) + "/", absoluteDestination = interp.absolutePath(dst) + "/"
                if absoluteDestination.hasPrefix(absoluteSource) {
                    throw PyError(error, "Cannot move a directory '\(src)' into itself '\(dst)'.")
                }
                _ = try interp.callValue(copytree, Arguments([.str(src), realDestination],
                                                             keywords: [("copy_function", copyFunction), ("symlinks", .true)]))
                try removeTree(disk: interp.diskPath(src), shown: src) { _, _, error in throw error }
            } else {
                _ = try interp.callValue(copyFunction, Arguments([.str(src), realDestination]))
                try interp.removeFile(src)
            }
        }
        return realDestination
    }
}

/// `copytree` with its options: folders made, files copied by `copy_function`, errors
/// gathered into one `shutil.Error`.
private struct TreeCopy {
    let symlinks: Bool
    let ignore: Value?
    let copyFunction: Value
    /// Whether `copy_function` is shutil's own copy or copy2.
    let isDefaultCopy: Bool
    let ignoreDanglingLinks: Bool
    let dirsExistOK: Bool

    func copy(_ source: Value, _ destination: Value, _ interp: Interpreter) throws -> Value {
        let src = try interp.fileSystemPath(source), dst = try interp.fileSystemPath(destination)
        let names = try interp.directoryEntries(src)
        var ignored: [String] = []
        if let ignore {
            let result = try interp.callValue(ignore, Arguments([.str(src), .object(PyList(names.map { .str($0) }))]))
            ignored = try interp.iterateToArray(result).map(interp.fileSystemPath)
        }
        try interp.makeDirectories(dst, existOK: dirsExistOK)
        var errors: [Value] = []
        for name in names where !ignored.contains(name) {
            let sourceName = PosixPath.join(src, [name]), destinationName = PosixPath.join(dst, [name])
            let entry = DirectoryEntry(name: name, folder: src, interp: interp)
            do {
                if entry.isSymbolicLink {
                    let link = try interp.readLink(sourceName)
                    if symlinks {
                        if symlink(link, interp.diskPath(destinationName)) != 0 {
                            throw lastSystemError(path: link, path2: destinationName)
                        }
                    } else if interp.fileStatus(link) == nil && ignoreDanglingLinks {
                        continue
                    } else if entry.isDirectory() {
                        _ = try copy(.str(sourceName), .str(destinationName), interp)
                    } else {
                        _ = try interp.callValue(copyFunction, Arguments([.str(sourceName), .str(destinationName)]))
                    }
                } else if entry.isDirectory() {
                    _ = try copy(.str(sourceName), .str(destinationName), interp)
                } else {
                    _ = try interp.callValue(copyFunction, Arguments([.str(sourceName), .str(destinationName)]))
                }
            } catch let e as PyError where e.exception.cls.isSubtype(of: ShutilModule.error) {
                if let first = e.exception.args.first { errors += try interp.iterateToArray(first) }
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
                errors.append(.object(PyTuple([.str(sourceName), .str(destinationName), .str(try interp.str(.object(e.exception)))])))
            }
        }
        do {
            try interp.copyStatus(src, dst)
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.osError) {
            errors.append(.object(PyTuple([.str(src), .str(dst), .str(try interp.str(.object(e.exception)))])))
        }
        if !errors.isEmpty { throw PyError(PyExceptionObject(cls: ShutilModule.error, args: [.object(PyList(errors))])) }
        return destination
    }
}

/// What `shutil.disk_usage` returns: the named tuple `usage(total, used, free)`.
final class DiskUsage: PyObject, NativeAttributes, NativeRepresentable {
    let fields: [(String, Int)]

    init(total: Int, used: Int, free: Int) {
        fields = [("total", total), ("used", used), ("free", free)]
    }

    override var type: PyType { Self.type }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        fields.first { $0.0 == attribute }.map { .int($0.1) }
    }

    func pythonRepr(_ interp: Interpreter) throws -> String {
        "usage(" + fields.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + ")"
    }

    static let type: PyType = {
        let t = PyType(name: "usage", bases: [BuiltinTypes.object], layout: .builtin, isBuiltin: true, moduleName: "shutil")
        t.isPythonClassInCPython = true
        func values(_ args: Arguments) -> [Value] { args[0].as(DiskUsage.self)?.fields.map { .int($0.1) } ?? [] }
        t.method("__len__") { _, _ in .int(3) }
        t.method("__iter__") { _, args in .object(ArrayIterator(values(args))) }
        t.method("__getitem__") { interp, args in try interp.getItem(.object(PyTuple(values(args))), args[1]) }
        return t
    }()
}
