import PipebookEngine
import PipebookLanguage

/// Registers the native modules stdlib/sagemaker is written over.
public enum PipebookBridge {
    public static func register(on interp: Interpreter) {}
}
