/// A notebook: cells in order, and the notebook's metadata kept exactly as it was read.
public struct Notebook: Equatable {
    public var metadata: JSON
    public var cells: [Cell]

    public init(metadata: JSON = Notebook.pythonMetadata, cells: [Cell] = []) {
        self.metadata = metadata
        self.cells = cells
    }

    /// What Jupyter writes for a new Python 3 notebook, for notebooks made from text files.
    public static let pythonMetadata = JSON.object([
        ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")), ("name", .string("python3"))])),
        ("language_info", .object([("name", .string("python"))])),
    ])

    /// The kernel's language, from the kernelspec or language_info, when the notebook names one.
    public var kernelLanguage: String? {
        metadata["kernelspec"]?["language"]?.stringValue ?? metadata["language_info"]?["name"]?.stringValue
    }

    /// Gives every cell an id that nbformat 4.5 accepts and no other cell has.
    public mutating func assignMissingCellIDs() {
        var seen: Set<String> = []
        for index in cells.indices {
            if !Cell.isValidID(cells[index].id) || seen.contains(cells[index].id) {
                cells[index].id = Cell.newID(avoiding: seen)
            }
            seen.insert(cells[index].id)
        }
    }
}
