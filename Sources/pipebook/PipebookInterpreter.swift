import PipebookBridge
import PipebookData
import PipebookLanguage

extension Interpreter {
    /// An interpreter with every module Pipebook adds to the language: `sagemaker`'s engine
    /// bridge and the data-science libraries. Every program, cell and REPL line runs in one.
    static func forPipebook() -> Interpreter {
        let interp = Interpreter()
        PipebookBridge.register(on: interp)
        PipebookData.register(on: interp)
        return interp
    }
}
