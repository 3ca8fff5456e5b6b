import Foundation
import Synchronization

/// Maps the paths a program opens to paths on disk, so a host can give a script its own
/// view of the file system (a step script sees `/opt/ml/processing/input` inside a job folder).
public protocol FileSystemMapper: AnyObject, Sendable {
    /// The real path for a path as the program wrote it (already made absolute against the
    /// program's working directory).
    func realPath(for path: String) -> String
}

/// One Python interpreter: its modules, its output and its settings.
///
/// Interpreters share no mutable state, so several can run at once on different threads;
/// a single interpreter runs one program at a time.
public final class Interpreter {
    /// Where `print` and `sys.stdout.write` go. Called on the interpreter's thread.
    public var standardOutput: (String) -> Void
    /// Where tracebacks and `sys.stderr.write` go.
    public var standardError: (String) -> Void
    /// Answers `input()`: nil means end of file.
    public var readLine: (String) -> String?
    public var fileSystem: FileSystemMapper?
    /// When set, `os.environ` holds these variables instead of the process environment, and
    /// changes to it stay inside this interpreter: step scripts run side by side in one process.
    public var environment: [String: String]?
    /// When set, the working directory the program sees (`os.getcwd()`, relative paths);
    /// `os.chdir` then changes only it. Nil means the process's working directory.
    public var currentDirectory: String?
    /// Folders searched for `import name` as `name.py` or `name/__init__.py`, in order.
    public var searchPaths: [String] = []
    /// `sys.argv`.
    public var arguments: [String] = [""]

    public var recursionLimit = 1000

    let builtins: Globals
    var modules: [String: PyModule] = [:]
    var nativeModules: [String: (Interpreter) throws -> PyModule] = [:]
    /// The source of every file run, by file name, for tracebacks.
    var sources: [String: [Substring]] = [:]
    let main: PyModule

    var depth = 0
    /// The exceptions being handled by `except` blocks, innermost last: what a bare `raise` re-raises.
    var handling: [PyError] = []
    /// Containers whose repr is being built, to print `[...]` for a list inside itself.
    var reprInProgress: Set<ObjectIdentifier> = []
    /// The lowest address the running thread's stack may reach before a RecursionError.
    var stackLimit: UInt = 0
    private let interruptRequested = Atomic<Bool>(false)
    var currentFileName = "<stdin>"
    /// One str object per attribute name the compiler has seen: every site that stores or
    /// reads `x.name` uses the same key object, so instance-dict lookups match by identity.
    var attributeNames: [String: PyStr] = [:]

    public init() {
        BuiltinMethods.installOnce()
        standardOutput = { text in FileHandle.standardOutput.write(Data(text.utf8)) }
        standardError = { text in FileHandle.standardError.write(Data(text.utf8)) }
        readLine = { prompt in
            FileHandle.standardOutput.write(Data(prompt.utf8))
            return Swift.readLine(strippingNewline: true)
        }
        builtins = Globals()
        main = PyModule(name: "__main__")
        main.globals["__builtins__"] = .none
        BuiltinFunctions.install(into: builtins, interp: self)
        registerStandardModules()
        modules["__main__"] = main
    }

    /// The globals of the `__main__` module, where `run` puts what a program defines.
    public var globals: Globals { main.globals }

    /// The names of the builtins, for completion.
    public var builtinNames: [String] { builtins.items.map(\.0) }

    /// The sorted attribute names of a value, as `dir()` gives them.
    public func attributeNames(of value: Value) -> [String] { directory(value) }

    /// Makes a module written in Swift importable under `name`. The builder runs on first import.
    public func registerModule(_ name: String, builder: @escaping (Interpreter) throws -> PyModule) {
        nativeModules[name] = builder
    }

    /// Asks the running program to stop: it raises KeyboardInterrupt at the next loop
    /// iteration or call. Safe to call from any thread.
    public func interrupt() {
        interruptRequested.store(true, ordering: .relaxed)
    }

    @inline(__always)
    func checkInterrupt() throws {
        if interruptRequested.load(ordering: .relaxed) {
            interruptRequested.store(false, ordering: .relaxed)
            throw PyError(BuiltinTypes.keyboardInterrupt, "")
        }
    }

    /// Runs a whole program in `__main__`, as `python FILE` does.
    public func run(_ source: String, fileName: String) throws {
        _ = try runCell(source, fileName: fileName, echoLastExpression: false)
    }

    /// Runs source in `__main__` and, when `echoLastExpression` is set and the last statement
    /// is an expression, returns its value (the REPL and notebooks show it).
    public func runCell(_ source: String, fileName: String, echoLastExpression: Bool = true) throws -> Value? {
        let module = try Parser.parseModule(source, fileName: fileName)
        sources[fileName] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let compiled = try Compiler.compileModule(module, fileName: fileName, globals: main.globals,
                                                  interp: self, echoLastExpression: echoLastExpression)
        return try onLargeStack { try compiled.run(self) }
    }

    /// Evaluates one expression in `__main__`.
    public func evaluate(_ expression: String, fileName: String = "<string>") throws -> Value {
        let expr = try Parser.parseExpression(expression, fileName: fileName)
        let compiled = try Compiler.compileExpression(expr, fileName: fileName, globals: main.globals, interp: self)
        return try onLargeStack { try compiled.run(self) ?? Value.none }
    }

    /// Calls a Python callable from Swift.
    public func call(_ callable: Value, _ arguments: [Value], keywords: [(name: String, value: Value)] = []) throws -> Value {
        try onLargeStack { try self.callValue(callable, Arguments(arguments, keywords: keywords)) }
    }

    /// Runs `body` on a thread whose stack can hold `recursionLimit` Python frames, unless
    /// this thread already is one.
    func onLargeStack<T>(_ body: () throws -> T) throws -> T {
        if stackLimit != 0 && StackBounds.currentAddress() > stackLimit { return try body() }
        return try withoutActuallyEscaping(body) { body in
            // The thread holds its closure until it exits, after we resume: it must reach `body`
            // only through this box, emptied before the hand-back, or `body` would escape.
            let work = WorkBox(body)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                self.stackLimit = StackBounds.limitForCurrentThread(size: StackBounds.mainSize)
                work.run()
                self.stackLimit = 0
                done.signal()
            }
            thread.stackSize = StackBounds.mainSize
            thread.start()
            done.wait()
            return try work.result!.get()
        }
    }
}

/// A piece of work handed to another thread, and its result.
private final class WorkBox<T> {
    private var body: (() throws -> T)?
    var result: Result<T, Error>?

    init(_ body: @escaping () throws -> T) { self.body = body }

    func run() {
        result = Result { try body!() }
        body = nil
    }
}

/// Stack arithmetic for the recursion guard: Python recursion must end in RecursionError,
/// never in a crash, whatever `sys.setrecursionlimit` says.
enum StackBounds {
    /// The stack of the thread that runs Python code.
    static let mainSize = 1 << 30
    /// The stack of a generator's thread.
    static let generatorSize = 64 << 20
    /// Room kept free below the limit for Swift code that runs between checks.
    static let reserve = 256 << 10

    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The limit for a thread that was started with a stack of `size` bytes and is near its top now.
    static func limitForCurrentThread(size: Int) -> UInt {
        currentAddress() - UInt(size) + UInt(reserve) + (64 << 10)
    }
}
