import PipebookLanguage

/// Asks `stdlib/_display.py` how to show a value: IPython's pretty text and whatever
/// `_repr_html_`, `_repr_markdown_`, `_repr_svg_` or `_repr_json_` offer.
struct DisplayFormatter {
    let interp: Interpreter

    /// The `_display` module, imported into the session the first time it is needed.
    private func module() throws -> Value {
        if let module = interp.globals[Self.moduleName] { return module }
        try interp.run("import _display as \(Self.moduleName)\n", fileName: "<pipebook>")
        return interp.globals[Self.moduleName]!
    }

    static let moduleName = "__pipebook_display__"

    /// The value in every format it offers, and the metadata of those formats.
    func format(_ value: Value) throws -> (MimeBundle, JSON) {
        if let text = try Self.plainRepr(value, interp) {
            return (MimeBundle([("text/plain", .string(text))]), .emptyObject)
        }
        let formatted = try interp.call(try interp.getAttribute(try module(), "format"), [value])
        guard let pair = formatted.as(PyTuple.self), pair.items.count == 2 else {
            throw PyError.typeError("_display.format() returned \(formatted.typeName), not a (data, metadata) pair")
        }
        return (Self.bundle(pair.items[0]), Self.metadata(pair.items[1]))
    }

    /// IPython's text for values whose pretty form is their repr, found without importing the
    /// pretty printer (which costs more than a simple cell): the builtin scalars, and lists,
    /// tuples and dicts of them whose repr fits on IPython's 79-column line. Nil otherwise.
    static func plainRepr(_ value: Value, _ interp: Interpreter) throws -> String? {
        guard isScalar(value) || isShortContainerOfScalars(value) else { return nil }
        let text = try interp.repr(value)
        return isScalar(value) || text.count <= 79 ? text : nil
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .none, .bool, .int, .float: return true
        case .object(let object):
            return object is PyBigInt || (object is PyStr && object.type === BuiltinTypes.str)
                || (object is PyBytes && object.type === BuiltinTypes.bytes)
        }
    }

    private static func isShortContainerOfScalars(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        // Exact types only: a subclass may print itself otherwise; sets are sorted by IPython.
        if let list = object as? PyList, list.type === BuiltinTypes.list {
            return list.items.count <= 40 && list.items.allSatisfy(isScalar)
        }
        if let tuple = object as? PyTuple, tuple.type === BuiltinTypes.tuple {
            return tuple.items.count <= 40 && tuple.items.allSatisfy(isScalar)
        }
        if let dict = object as? PyDict, dict.type === BuiltinTypes.dict {
            return dict.count <= 20 && dict.items.allSatisfy { isScalar($0.key) && isScalar($0.value) }
        }
        return false
    }

    /// The `display` builtin: forwards to `_display.display`, importing it on first use.
    func displayFunction() -> Value {
        .object(PyNativeFunction(name: "display") { interp, args in
            let display = try interp.getAttribute(try DisplayFormatter(interp: interp).module(), "display")
            return try interp.call(display, args.positional, keywords: args.keywords)
        })
    }

    /// A dict of MIME type to text (JSON formats as JSON text) as a bundle.
    static func bundle(_ value: Value) -> MimeBundle {
        guard let dict = value.as(PyDict.self) else { return MimeBundle() }
        return MimeBundle(dict.items.compactMap { key, value in
            guard let mime = key.stringValue, let text = value.stringValue else { return nil }
            if MimeBundle.isJSONMime(mime) { return (mime, (try? JSONParser.parse(text)) ?? .string(text)) }
            return (mime, .string(text))
        })
    }

    /// A dict of MIME type to JSON text as an output's metadata object.
    static func metadata(_ value: Value) -> JSON {
        guard let dict = value.as(PyDict.self) else { return .emptyObject }
        return .object(dict.items.compactMap { key, value in
            guard let mime = key.stringValue, let text = value.stringValue, let json = try? JSONParser.parse(text) else { return nil }
            return (mime, json)
        })
    }
}
