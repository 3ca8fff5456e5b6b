import Foundation
import PipebookLanguage

// `pipebook` runs Python programs as `python3` does, and hosts Pipebook's own subcommands.
let arguments = Array(CommandLine.arguments.dropFirst())
if let first = arguments.first, PipelineCommands.names.contains(first) {
    exit(PipelineCommands.main(arguments))
}
if let first = arguments.first, ExecutionCommands.names.contains(first) {
    exit(ExecutionCommands.main(arguments))
}
exit(PythonCommand.main(arguments))
