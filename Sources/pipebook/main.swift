import Foundation
import PipebookLanguage

// `pipebook` runs Python programs as `python3` does, and hosts Pipebook's own subcommands.
// A first argument `run` or `convert` is a subcommand (a script of that name runs as `./run`).
MemoryTuning.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
if let first = arguments.first, PipelineCommands.names.contains(first) {
    exit(PipelineCommands.main(arguments))
}
if let first = arguments.first, ExecutionCommands.names.contains(first) {
    exit(ExecutionCommands.main(arguments))
}
if let first = arguments.first, LineageCommands.names.contains(first) {
    exit(LineageCommands.main(arguments))
}
if let first = arguments.first, RegistryCommands.names.contains(first) {
    exit(RegistryCommands.main(arguments))
}
switch arguments.first {
case "run": exit(RunCommand.main(Array(arguments.dropFirst())))
case "convert": exit(ConvertCommand.main(Array(arguments.dropFirst())))
default: exit(PythonCommand.main(arguments))
}
