import Foundation

/// One cell of a notebook.
public struct Cell: Equatable {
    public enum Kind: String, Sendable {
        case code, markdown, raw
    }

    /// nbformat 4.5's cell id; empty until `Notebook.assignMissingCellIDs` gives one.
    public var id: String
    public var kind: Kind
    public var source: String
    public var metadata: JSON
    /// Outputs of a code cell, in the order they were produced.
    public var outputs: [Output]
    /// Jupyter's `In [n]`: nil for a cell that has not run.
    public var executionCount: Int?
    /// A markdown or raw cell's attachments, kept as read.
    public var attachments: JSON?

    public init(id: String = "", kind: Kind, source: String, metadata: JSON = .emptyObject,
                outputs: [Output] = [], executionCount: Int? = nil, attachments: JSON? = nil) {
        self.id = id
        self.kind = kind
        self.source = source
        self.metadata = metadata
        self.outputs = outputs
        self.executionCount = executionCount
        self.attachments = attachments
    }

    /// The cell's tags (`metadata.tags`), which papermill and nbclient read.
    public var tags: [String] {
        get { metadata["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        set { metadata["tags"] = .array(newValue.map { .string($0) }) }
    }

    /// The first line of its source, for headers and messages.
    public var firstLine: String {
        source.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }

    /// nbformat 4.5's rule for ids: 1 to 64 letters, digits, `-` or `_`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ($0.isASCII && (CharacterSet.alphanumerics.contains($0))) || $0 == "-" || $0 == "_"
        }
    }

    /// A fresh id as nbformat makes them (eight hex digits of a random UUID).
    public static func newID(avoiding taken: Set<String>) -> String {
        while true {
            let id = String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8))
            if !taken.contains(id) { return id }
        }
    }
}
