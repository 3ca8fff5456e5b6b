/// Writes a notebook again and again as it runs, re-serialising only the cells that changed
/// since the last write, so saving after every cell stays cheap on long notebooks.
final class NotebookSaver {
    let path: String
    private var cached: [(cell: Cell, text: String)] = []

    init(path: String) { self.path = path }

    func save(_ notebook: Notebook) throws {
        var texts: [String] = []
        texts.reserveCapacity(notebook.cells.count)
        for (index, cell) in notebook.cells.enumerated() {
            if index < cached.count, cached[index].cell == cell {
                texts.append(cached[index].text)
                continue
            }
            let text = IpynbFormat.cellText(cell)
            if index < cached.count { cached[index] = (cell, text) } else { cached.append((cell, text)) }
            texts.append(text)
        }
        if cached.count > notebook.cells.count { cached.removeLast(cached.count - notebook.cells.count) }
        let text = NotebookFile.Format(path: path) == .ipynb
            ? IpynbFormat.compose(cellTexts: texts, metadata: notebook.metadata)
            : PercentFormat.write(notebook)
        try NotebookFile.writeAtomically(text, to: path)
    }
}
