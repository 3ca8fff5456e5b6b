/// Jupyter's `.ipynb` format: reads nbformat 4.0 to 4.5, writes 4.5 as nbformat itself does.
public enum IpynbFormat {
    /// The newest minor version this reader knows; it is also the one written.
    public static let newestMinor = 5

    /// Reads a notebook. `path` only names the file in errors.
    public static func read(_ text: String, path: String) throws -> Notebook {
        func problem(_ message: String) -> NotebookFileError { NotebookFileError(path: path, problem: message) }
        let json: JSON
        do {
            json = try JSONParser.parse(text)
        } catch let e as JSONSyntaxError {
            throw problem("not a JSON file: \(e)")
        }
        guard json.isObject else { throw problem("not a Jupyter notebook: the file holds a JSON \(json.typeName), not an object") }
        guard let major = json["nbformat"]?.intValue else {
            throw problem("not a Jupyter notebook: it has no 'nbformat' version number")
        }
        let minor = json["nbformat_minor"]?.intValue ?? 0
        guard major == 4, (0...newestMinor).contains(minor) else {
            throw problem("nbformat \(major).\(minor) is not supported: Pipebook reads nbformat 4.0 to 4.\(newestMinor)")
        }
        guard let cellsJSON = json["cells"]?.arrayValue else {
            throw problem("not a Jupyter notebook: it has no 'cells' list")
        }
        let metadata = json["metadata"] ?? .emptyObject
        guard metadata.isObject else { throw problem("not a Jupyter notebook: its 'metadata' is not an object") }
        var cells: [Cell] = []
        for (index, cellJSON) in cellsJSON.enumerated() {
            cells.append(try readCell(cellJSON, number: index + 1, problem: problem))
        }
        var notebook = Notebook(metadata: metadata, cells: cells)
        notebook.assignMissingCellIDs()
        return notebook
    }

    private static func readCell(_ json: JSON, number: Int, problem: (String) -> NotebookFileError) throws -> Cell {
        guard json.isObject else { throw problem("cell \(number) is not a JSON object") }
        guard let type = json["cell_type"]?.stringValue, let kind = Cell.Kind(rawValue: type) else {
            throw problem("cell \(number) has no known cell_type (code, markdown or raw)")
        }
        guard let source = (json["source"] ?? .string("")).multilineText else {
            throw problem("cell \(number)'s source is not text")
        }
        let metadata = json["metadata"] ?? .emptyObject
        guard metadata.isObject else { throw problem("cell \(number)'s metadata is not an object") }
        var cell = Cell(id: json["id"]?.stringValue ?? "", kind: kind, source: source, metadata: metadata)
        if kind == .code {
            cell.executionCount = json["execution_count"]?.intValue
            cell.outputs = (json["outputs"]?.arrayValue ?? []).map(readOutput)
        } else {
            cell.attachments = json["attachments"]
        }
        return cell
    }

    private static func readOutput(_ json: JSON) -> Output {
        switch json["output_type"]?.stringValue {
        case "stream":
            guard let name = json["name"]?.stringValue, let text = json["text"]?.multilineText else { return .unknown(json) }
            return .stream(name: name, text: text)
        case "execute_result":
            guard let data = readBundle(json["data"]) else { return .unknown(json) }
            return .executeResult(executionCount: json["execution_count"]?.intValue, data: data,
                                  metadata: json["metadata"] ?? .emptyObject)
        case "display_data":
            guard let data = readBundle(json["data"]) else { return .unknown(json) }
            return .displayData(data: data, metadata: json["metadata"] ?? .emptyObject)
        case "error":
            guard let name = json["ename"]?.stringValue, let value = json["evalue"]?.stringValue,
                  let lines = json["traceback"]?.arrayValue?.compactMap(\.stringValue) else { return .unknown(json) }
            return .error(name: name, value: value, traceback: lines)
        default:
            return .unknown(json)
        }
    }

    private static func readBundle(_ json: JSON?) -> MimeBundle? {
        guard case .object(let pairs)? = json else { return nil }
        return MimeBundle(pairs.map { pair in
            if !MimeBundle.isJSONMime(pair.key), let text = pair.value.multilineText { return (pair.key, .string(text)) }
            return (pair.key, pair.value)
        })
    }

    /// The notebook as nbformat 4.5 JSON text, ending in a newline.
    public static func write(_ notebook: Notebook) -> String {
        var notebook = notebook
        notebook.assignMissingCellIDs()
        return compose(cellTexts: notebook.cells.map(cellText), metadata: notebook.metadata)
    }

    /// One cell as it appears inside a written notebook. The runner keeps these, so writing
    /// the notebook after each cell costs one cell's serialisation, not the whole notebook's.
    static func cellText(_ cell: Cell) -> String {
        JSONWriter.write(cellJSON(cell), indent: 2)
    }

    /// The notebook's text from its cells' texts: `json.dumps(nb, sort_keys=True, indent=1)`.
    static func compose(cellTexts: [String], metadata: JSON) -> String {
        var out = "{\n \"cells\": "
        if cellTexts.isEmpty {
            out += "[]"
        } else {
            out += "[\n"
            for (n, text) in cellTexts.enumerated() {
                out += n == 0 ? "  " : ",\n  "
                out += text
            }
            out += "\n ]"
        }
        out += ",\n \"metadata\": " + JSONWriter.write(metadata, indent: 1)
        out += ",\n \"nbformat\": 4,\n \"nbformat_minor\": \(newestMinor)\n}\n"
        return out
    }

    private static func cellJSON(_ cell: Cell) -> JSON {
        var pairs: [(key: String, value: JSON)] = [
            ("cell_type", .string(cell.kind.rawValue)),
            ("id", .string(cell.id)),
            ("metadata", cell.metadata),
            ("source", JSON.lines(cell.source)),
        ]
        if cell.kind == .code {
            pairs.append(("execution_count", cell.executionCount.map { .int($0) } ?? .null))
            pairs.append(("outputs", .array(cell.outputs.map(outputJSON))))
        } else if let attachments = cell.attachments {
            pairs.append(("attachments", attachments))
        }
        return .object(pairs)
    }

    static func outputJSON(_ output: Output) -> JSON {
        switch output {
        case .stream(let name, let text):
            return .object([("output_type", .string("stream")), ("name", .string(name)), ("text", JSON.lines(text))])
        case .executeResult(let count, let data, let metadata):
            return .object([("output_type", .string("execute_result")), ("execution_count", count.map { .int($0) } ?? .null),
                            ("data", bundleJSON(data)), ("metadata", metadata)])
        case .displayData(let data, let metadata):
            return .object([("output_type", .string("display_data")), ("data", bundleJSON(data)), ("metadata", metadata)])
        case .error(let name, let value, let traceback):
            return .object([("output_type", .string("error")), ("ename", .string(name)), ("evalue", .string(value)),
                            ("traceback", .array(traceback.map { .string($0) }))])
        case .unknown(let json):
            return json
        }
    }

    /// Text formats are split into lines as nbformat splits them; JSON formats are left alone.
    private static func bundleJSON(_ bundle: MimeBundle) -> JSON {
        .object(bundle.entries.map { entry in
            if case .string(let text) = entry.value,
               entry.mime.hasPrefix("text/") || entry.mime == "image/svg+xml" || entry.mime == "application/javascript" {
                return (entry.mime, JSON.lines(text))
            }
            return (entry.mime, entry.value)
        })
    }
}
