import ArgumentParser
import PipebookNotebook

/// `pipebook convert IN OUT`: between .ipynb and the percent format, chosen by extension.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipebook convert",
        abstract: "Convert a notebook between .ipynb and the percent format (.py), by the files' extensions.")

    @Argument(help: "The notebook to read.")
    var input: String

    @Argument(help: "The file to write.")
    var output: String

    static func main(_ arguments: [String]) -> Int32 {
        do {
            let command = try parse(arguments)
            let notebook = try NotebookFile.read(command.input)
            try NotebookFile.write(notebook, to: command.output)
            return 0
        } catch let error as NotebookFileError {
            return CommandSupport.fail("\(error)")
        } catch {
            return CommandSupport.exit(for: error, command: self)
        }
    }
}
