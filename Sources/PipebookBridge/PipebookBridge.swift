import Foundation
import PipebookEngine
import PipebookLanguage

/// Registers the native modules stdlib/sagemaker is written over. The pipebook command and
/// the tests call this on every interpreter that may import `sagemaker`.
public enum PipebookBridge {
    /// The module's name: private to stdlib (programs import `sagemaker`, never this).
    public static let moduleName = "_pipebook_engine"

    /// Makes `_pipebook_engine` importable. `workspace` is read when the module is first
    /// imported, so PIPEBOOK_HOME and the working directory of that moment count.
    /// `outputIsTerminal`: the host's standard output is a terminal, so `wait()` may draw a
    /// board in place (the interpreter's `sys.stdout` cannot tell: it writes through a callback).
    public static func register(on interp: Interpreter, workspace: @escaping () -> Workspace = { Workspace.current() },
                                outputIsTerminal: Bool = false) {
        interp.registerModule(moduleName) { interp in
            let context = BridgeContext(workspace: workspace(), interp: interp)
            let m = ModuleBuilder(moduleName)
            m.function("output_is_terminal") { _, _ in .bool(outputIsTerminal) }
            WorkspaceFunctions.install(m, context)
            S3Functions.install(m, context)
            StoreFunctions.install(m, context)
            DefinitionFunctions.install(m, context)
            ExecutionFunctions.install(m, context)
            JobFunctions.install(m, context)
            LineageFunctions.install(m, context)
            RegistryFunctions.install(m, context)
            return m.module
        }
        XGBoostModule.register(on: interp)
    }
}

/// What the bridge's functions share: the workspace and how to reach the program's files.
final class BridgeContext {
    let workspace: Workspace
    let s3: LocalS3
    private weak var interp: Interpreter?
    private var openedStore: PipelineStore?
    private var openedExecutor: PipelineExecutor?

    init(workspace: Workspace, interp: Interpreter) {
        self.workspace = workspace
        self.s3 = LocalS3(workspace: workspace)
        self.interp = interp
    }

    /// The store, opened (and migrated) on first use so that importing sagemaker writes nothing.
    func store() throws -> PipelineStore {
        if let openedStore { return openedStore }
        let store = try PipelineStore(workspace: workspace)
        openedStore = store
        // Executions left running by a process that died are marked Failed before anyone reads them.
        try executor().recoverAbandonedExecutions()
        return store
    }

    /// The executor, made with the store; its scripts run in fresh interpreters.
    func executor() throws -> PipelineExecutor {
        if let openedExecutor { return openedExecutor }
        let executor = PipelineExecutor(store: try store(), services: StepServices(scriptRunner: InterpreterScriptRunner(workspace: workspace)))
        openedExecutor = executor
        return executor
    }

    /// The file a program's path names, through the host's file-system mapping.
    func localURL(_ path: String) -> URL {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let real = interp?.fileSystem?.realPath(for: absolute) ?? absolute
        return URL(fileURLWithPath: real).standardizedFileURL
    }
}
