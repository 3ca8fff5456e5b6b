/// A Python `str`: an immutable sequence of Unicode code points.
///
/// Python indexes strings by code point, Swift by grapheme cluster; this class keeps the
/// Swift string and answers code-point questions in O(1) for ASCII text and through a
/// lazily built scalar array otherwise.
public final class PyStr: PyObject {
    /// Changed only by `append(_:toOnlyReferenceIn:loaded:)`, on a string nothing else can see.
    public private(set) var value: String
    private var cachedScalars: [Unicode.Scalar]?
    private var cachedHash: Int?
    private lazy var asciiOnly: Bool = PyStr.isASCII(value)

    public init(_ value: String) {
        self.value = value
    }

    /// A str whose maker knows whether its text is ASCII (the parts of an ASCII string, say),
    /// which saves the scan `isASCII` would otherwise make.
    public init(_ value: String, isASCII: Bool) {
        self.value = value
        super.init()
        asciiOnly = isASCII
    }

    public override var type: PyType { BuiltinTypes.str }

    public var isASCII: Bool { asciiOnly }

    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(ASCIIText.isASCII)
    }

    /// The number of code points, Python's `len()`.
    public var count: Int {
        isASCII ? value.utf8.count : scalars.count
    }

    public var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// The code point at `index` (already bounds-checked by the caller).
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            let utf8 = value.utf8
            return Unicode.Scalar(utf8[utf8.index(utf8.startIndex, offsetBy: index)])
        }
        return scalars[index]
    }

    /// The substring of code points in `range`.
    public func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let utf8 = value.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(value[start..<end])
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    /// `s += tail` where `s` is a variable: when the variable holds the only reference to its
    /// string, the text is extended in place, as CPython does, so that building a string in a
    /// loop takes linear time instead of quadratic. `loaded` is the value the statement read
    /// from the variable; it is released for the check and restored when the answer is false,
    /// in which case nothing has changed.
    static func append(_ tail: PyStr, toOnlyReferenceIn variable: inout Value?, loaded: inout Value?) -> Bool {
        guard holdsSameString(variable, loaded) else { return false }
        loaded = nil
        guard case .object(var object)? = variable else { return false }
        variable = nil
        defer { variable = .object(object) }
        guard isKnownUniquelyReferenced(&object) else {
            loaded = .object(object)
            return false
        }
        let head = unsafeDowncast(object, to: PyStr.self)
        if head.cachedScalars != nil { head.cachedScalars! += tail.scalars }
        head.asciiOnly = head.asciiOnly && tail.asciiOnly
        head.cachedHash = nil
        head.value += tail.value
        return true
    }

    private static func holdsSameString(_ a: Value?, _ b: Value?) -> Bool {
        guard case .object(let x)? = a, case .object(let y)? = b else { return false }
        return x === y && x is PyStr && x.type === BuiltinTypes.str
    }

    /// A stable hash: CPython randomises str hashes per process, so no program may depend on
    /// their values, but a fixed function keeps Pipebook's own runs reproducible.
    public var pythonHash: Int {
        if let h = cachedHash { return h }
        let h = PyStr.hash(of: value)
        cachedHash = h
        return h
    }

    /// The hash a `str` with this text has, computed without making the object.
    public static func hash(of text: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let result = Int(bitPattern: UInt(h))
        return result == -1 ? -2 : result
    }
}

/// A Python `bytes` object.
public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public override var type: PyType { BuiltinTypes.bytes }
}
