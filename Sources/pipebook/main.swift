import Foundation
import PipebookLanguage

// `pipebook` runs Python programs as `python3` does, and hosts Pipebook's own subcommands.
let arguments = Array(CommandLine.arguments.dropFirst())
exit(PythonCommand.main(arguments))
