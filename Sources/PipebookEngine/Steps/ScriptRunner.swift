import Foundation

/// A Python script to run for a job, as a container would run it.
public struct ScriptJob: Sendable {
    /// The script's path as the program sees it (`/opt/ml/processing/input/code/preprocess.py`); empty
    /// for a module job.
    public var scriptPath: String
    /// `sys.argv[1:]`.
    public var arguments: [String]
    /// What `os.environ` holds, besides the host's own environment.
    public var environment: [String: String]
    /// Path prefixes the script sees, mapped to real folders: `/opt/ml` → `<job folder>/opt/ml`.
    public var mounts: [(prefix: String, realPath: String)]
    /// The script's working directory as it sees it.
    public var workingDirectory: String
    /// When set, the job runs this module of the host's standard library as `python3 -m MODULE`
    /// does (the working directory first on the import path) instead of `scriptPath`: the
    /// programs a SageMaker image brings itself, such as its model server.
    public var module: String?

    public init(scriptPath: String, arguments: [String], environment: [String: String],
                mounts: [(prefix: String, realPath: String)], workingDirectory: String, module: String? = nil) {
        self.scriptPath = scriptPath
        self.arguments = arguments
        self.environment = environment
        self.mounts = mounts
        self.workingDirectory = workingDirectory
        self.module = module
    }

    /// The real path for a path the script uses.
    public func realPath(for path: String) -> String {
        for (prefix, real) in mounts where path == prefix || path.hasPrefix(prefix + "/") {
            return real + path.dropFirst(prefix.count)
        }
        return path
    }
}

/// Runs step scripts. The engine knows nothing of the language: the bridge implements this
/// with a fresh interpreter per job.
public protocol ScriptRunner: Sendable {
    /// Runs the script to its end. `output` receives stdout and stderr text as it is written.
    /// Returns nil on success, or the failure's last line (`ValueError: bad row`) after writing
    /// the traceback to `output`. `cancel` is set to a closure that interrupts the script.
    func run(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void,
             cancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) -> String?

    /// Calls `handler` (`module.function`) of the script at `scriptPath` with `event` (JSON
    /// text); returns the function's result as JSON text, or throws a StepFailure.
    func callFunction(scriptPath: String, handler: String, event: String,
                      output: @escaping @Sendable (String) -> Void) throws -> String
}

/// What the host gives the engine to run steps with.
public struct StepServices: Sendable {
    /// Runs Processing scripts, script-mode training and Lambda handlers; nil refuses them.
    public var scriptRunner: ScriptRunner?
    /// Pauses between retries; tests shorten them.
    public var retryDelayScale: Double
    /// How often waiting steps (callbacks) look at the store.
    public var pollInterval: TimeInterval

    public init(scriptRunner: ScriptRunner? = nil, retryDelayScale: Double = 1, pollInterval: TimeInterval = 0.1) {
        self.scriptRunner = scriptRunner
        self.retryDelayScale = retryDelayScale
        self.pollInterval = pollInterval
    }
}
