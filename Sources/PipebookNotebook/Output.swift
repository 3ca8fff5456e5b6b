/// One output of a code cell, in nbformat's four types.
public enum Output: Equatable {
    /// Text a cell wrote; `name` is `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// The value of the cell's last expression, in every format it offers (`text/plain` at least).
    case executeResult(executionCount: Int?, data: MimeBundle, metadata: JSON)
    /// What `display()` showed.
    case displayData(data: MimeBundle, metadata: JSON)
    /// An exception that ended the cell: its type, message and traceback lines.
    case error(name: String, value: String, traceback: [String])
    /// An output of a type this runner does not know, kept as read.
    case unknown(JSON)
}

/// An object in several formats, by MIME type. Text formats are stored joined; JSON formats
/// (`application/json`, `application/*+json`) hold their JSON value.
public struct MimeBundle: Equatable {
    public var entries: [(mime: String, value: JSON)]

    public init(_ entries: [(mime: String, value: JSON)] = []) { self.entries = entries }

    public static func == (a: MimeBundle, b: MimeBundle) -> Bool {
        JSON.object(a.entries.map { ($0.mime, $0.value) }) == JSON.object(b.entries.map { ($0.mime, $0.value) })
    }

    public subscript(mime: String) -> JSON? {
        entries.first { $0.mime == mime }?.value
    }

    /// The `text/plain` form, which every execute_result has.
    public var plainText: String? { self["text/plain"]?.stringValue }

    static func isJSONMime(_ mime: String) -> Bool {
        mime == "application/json" || (mime.hasPrefix("application/") && mime.hasSuffix("+json"))
    }
}
