import Foundation
import PipebookBridge
import PipebookData
import PipebookLanguage

extension Interpreter {
    /// An interpreter with every module Pipebook adds to the language: `sagemaker`'s engine
    /// bridge and the data-science libraries. Every program, cell and REPL line runs in one.
    /// `wait()` draws its board in place only when standard output is a terminal, which the
    /// interpreter's `sys.stdout` (a callback) cannot tell.
    static func forPipebook() -> Interpreter {
        let interp = Interpreter()
        PipebookBridge.register(on: interp, outputIsTerminal: isatty(1) != 0)
        PipebookData.register(on: interp)
        return interp
    }
}
