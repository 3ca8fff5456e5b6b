/// papermill's parameter injection: a code cell tagged `injected-parameters`, placed where
/// papermill places it.
public enum ParameterInjection {
    /// Injects `parameters` into the notebook. Returns a warning when no cell is tagged `parameters`.
    @discardableResult
    public static func inject(_ parameters: [NotebookParameter], into notebook: inout Notebook) -> String? {
        guard !parameters.isEmpty else { return nil }
        let source = "# Parameters\n" + parameters.map { $0.assignment + "\n" }.joined()
        var cell = Cell(kind: .code, source: source)
        cell.tags = ["injected-parameters"]
        var warning: String?
        if let injected = notebook.cells.firstIndex(where: { $0.tags.contains("injected-parameters") }) {
            // A notebook papermill already ran: its injected cell is replaced.
            notebook.cells[injected] = cell
        } else if let tagged = notebook.cells.firstIndex(where: { $0.tags.contains("parameters") }) {
            notebook.cells.insert(cell, at: tagged + 1)
        } else {
            notebook.cells.insert(cell, at: 0)
            warning = "no cell is tagged 'parameters': the parameters were injected at the top of the notebook"
        }
        var papermill = notebook.metadata["papermill"] ?? .emptyObject
        papermill["parameters"] = .object(parameters.map { ($0.name, $0.json) })
        notebook.metadata["papermill"] = papermill
        notebook.assignMissingCellIDs()
        return warning
    }
}
