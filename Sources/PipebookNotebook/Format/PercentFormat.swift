/// The percent text format, as jupytext reads and writes it: a Python file where `# %%` starts a
/// code cell, `# %% [markdown]` a markdown cell whose lines are `# `-commented, and the rest of a
/// marker line holds a title and `key=value` metadata (`# %% Load data tags=["parameters"]`).
///
/// Blank lines between cells are jupytext's `lines_to_next_cell` (one by default), so a file
/// converted to a notebook and back comes out unchanged.
public enum PercentFormat {
    /// Cell metadata that stays in the notebook and out of the text, as jupytext filters it.
    static let metadataLeftOut: Set<String> = ["autoscroll", "collapsed", "scrolled", "trusted", "execution",
                                               "ExecuteTime", "papermill", "lines_to_next_cell"]

    // MARK: Reading

    public static func read(_ text: String, path: String) throws -> Notebook {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let header = PercentHeader.read(lines)
        var index = header?.bodyStart ?? 0
        var cells: [Cell] = []
        var pending = Cell(kind: .code, source: "")
        var body: [String] = []
        var sawMarker = false

        func finishCell(atEnd: Bool) {
            var trailingBlanks = 0
            while let last = body.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
                body.removeLast()
                trailingBlanks += 1
            }
            // Lines before the first marker are a cell only when there is something in them.
            if !sawMarker && body.isEmpty { return }
            if !atEnd && trailingBlanks != 1 {
                if pending.kind == .code || trailingBlanks == 0 {
                    pending.metadata["lines_to_next_cell"] = .int(trailingBlanks)
                } else {
                    // jupytext keeps a markdown cell's extra blank lines in its text.
                    body += Array(repeating: "", count: trailingBlanks - 1)
                }
            }
            pending.source = (pending.kind == .code ? body.map(uncommentMagic) : body.map(uncomment)).joined(separator: "\n")
            cells.append(pending)
        }

        while index < lines.count {
            let line = lines[index]
            if let options = markerOptions(line) {
                finishCell(atEnd: false)
                sawMarker = true
                pending = parseMarker(options)
                body = []
            } else {
                body.append(line)
            }
            index += 1
        }
        finishCell(atEnd: true)
        // Without a header, the notebook gets the kernelspec Jupyter gives a new Python 3 notebook.
        var notebook = Notebook(metadata: header?.metadata ?? Notebook.pythonMetadata, cells: cells)
        notebook.assignMissingCellIDs()
        return notebook
    }

    /// The text after `%%` when the line is a cell marker (`# %%`, `#%%`, `# %%% deeper`).
    static func markerOptions(_ line: String) -> Substring? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        guard rest.hasPrefix("%%") else { return nil }
        rest = rest.drop { $0 == "%" }
        // `# %%writefile` is a commented magic, not a marker.
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return rest
    }

    /// A marker line's cell type, title and metadata.
    static func parseMarker(_ options: Substring) -> Cell {
        var words = options.trimmingCharacters(in: .whitespaces)
        var kind = Cell.Kind.code
        for (tag, tagKind) in [("[markdown]", Cell.Kind.markdown), ("[md]", .markdown), ("[raw]", .raw)] {
            if let range = words.range(of: tag) {
                kind = tagKind
                words.removeSubrange(range)
                break
            }
        }
        var metadata = JSON.emptyObject
        let (title, pairs) = splitMetadata(words.trimmingCharacters(in: .whitespaces))
        if !title.isEmpty { metadata["title"] = .string(title) }
        for (key, value) in pairs { metadata[key] = value }
        return Cell(kind: kind, source: "", metadata: metadata)
    }

    /// Splits `Load data tags=["a", "b"] key="v"` into the title and the key=value pairs.
    private static func splitMetadata(_ text: String) -> (String, [(String, JSON)]) {
        let scalars = Array(text)
        var titleEnd = scalars.count
        var pairs: [(String, JSON)] = []
        var i = 0
        while i < scalars.count {
            // A key starts a word and runs to `=`.
            let atWordStart = i == 0 || scalars[i - 1] == " "
            guard atWordStart, let eq = keyEnd(scalars, from: i) else { i += 1; continue }
            if pairs.isEmpty { titleEnd = i }
            let key = String(scalars[i..<eq])
            let valueEnd = jsonValueEnd(scalars, from: eq + 1)
            let valueText = String(scalars[(eq + 1)..<valueEnd])
            pairs.append((key, (try? JSONParser.parse(valueText)) ?? .string(valueText)))
            i = valueEnd
        }
        return (String(scalars[..<titleEnd]).trimmingCharacters(in: .whitespaces), pairs)
    }

    private static func keyEnd(_ chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || "_.-@/".contains(chars[i]) { i += 1 }
        return i > start && i < chars.count && chars[i] == "=" ? i : nil
    }

    /// Where a JSON value written on one line ends: at a space outside brackets and strings.
    private static func jsonValueEnd(_ chars: [Character], from start: Int) -> Int {
        var depth = 0, inString = false, escaped = false
        var i = start
        while i < chars.count {
            let c = chars[i]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" { inString = true }
            else if c == "[" || c == "{" { depth += 1 }
            else if c == "]" || c == "}" { depth -= 1 }
            else if c == " " && depth <= 0 { return i }
            i += 1
        }
        return i
    }

    /// A markdown line without its comment sign.
    private static func uncomment(_ line: String) -> String {
        if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
        if line.hasPrefix("#") { return String(line.dropFirst()) }
        return line
    }

    /// jupytext comments out IPython magics and shell lines so the file stays valid Python.
    private static func uncommentMagic(_ line: String) -> String {
        for prefix in ["# ", "#"] where line.hasPrefix(prefix) {
            let rest = line.dropFirst(prefix.count)
            if isMagic(rest) { return String(rest) }
        }
        return line
    }

    /// `%name`, `%%name` or `!command`.
    static func isMagic(_ line: Substring) -> Bool {
        if line.hasPrefix("!") { return true }
        let afterPercents = line.drop { $0 == "%" }
        let percents = line.count - afterPercents.count
        return (1...2).contains(percents) && afterPercents.first?.isLetter == true
    }

    // MARK: Writing

    /// The notebook as percent-format text. Notebook metadata is left out (jupytext's
    /// `notebook_metadata_filter: -all`): the text stays plain Python with no YAML header.
    public static func write(_ notebook: Notebook) -> String {
        var out: [String] = []
        for (n, cell) in notebook.cells.enumerated() {
            out.append(markerLine(cell))
            let lines = cell.source.isEmpty ? [] : cell.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            switch cell.kind {
            case .code:
                out += lines.map { isMagic(Substring($0)) ? "# " + $0 : $0 }
            case .markdown, .raw:
                out += lines.map { $0.isEmpty ? "#" : "# " + $0 }
            }
            if n < notebook.cells.count - 1 {
                let blanks = cell.metadata["lines_to_next_cell"]?.intValue ?? 1
                out += Array(repeating: "", count: max(0, blanks))
            }
        }
        return out.map { $0 + "\n" }.joined()
    }

    private static func markerLine(_ cell: Cell) -> String {
        var words = ["# %%"]
        var pairs: [(key: String, value: JSON)] = []
        if case .object(let all) = cell.metadata { pairs = all.filter { !metadataLeftOut.contains($0.key) } }
        if let index = pairs.firstIndex(where: { $0.key == "title" }), let title = pairs[index].value.stringValue,
           !title.contains("{"), !title.contains("=") {
            words.append(title)
            pairs.remove(at: index)
        }
        if cell.kind == .markdown { words.append("[markdown]") }
        if cell.kind == .raw { words.append("[raw]") }
        words += pairs.map { "\($0.key)=\(JSONWriter.compact($0.value))" }
        return words.joined(separator: " ")
    }
}
