/// An error CPython raises while converting between numbers and text: `format()`,
/// `str % args`, `int(str)`, `float(str)`.
///
/// `message` is CPython's text, word for word; `kind` names the Python exception class
/// the interpreter should raise with it.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
    }

    public let kind: Kind
    public let message: String

    public init(_ message: String, kind: Kind = .valueError) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
