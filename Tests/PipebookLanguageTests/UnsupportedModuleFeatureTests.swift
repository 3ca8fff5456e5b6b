import XCTest

/// What the modules refuse: each program ends in Pipebook's NotImplementedError saying so,
/// where CPython would have run it.
final class UnsupportedModuleFeatureTests: XCTestCase {
    func testRefusedClearly() {
        let cases: [(source: String, message: String)] = [
            ("import json\nclass E(object): pass\njson.dumps(1, cls=E)\n", "custom JSON encoder classes (cls=)"),
            ("import json\njson.loads('[1]', cls=object)\n", "custom JSON decoder classes (cls=)"),
            ("import json\njson.loads('\"\\\\ud800\"')\n", "strings with lone surrogates (\\ud800 in JSON text)"),
            ("import json\njson.loads(b'\\xff\\xfe[\\x001\\x00]\\x00')\n", "JSON documents in UTF-16 or UTF-32"),
            ("import datetime\ndatetime.tzinfo()\n", "tzinfo objects other than datetime.timezone"),
            ("import datetime\nclass Zone(datetime.tzinfo): pass\n", "subclassing the builtin type 'tzinfo'"),
            ("import string\nstring.Formatter()\n", "string.Formatter"),
            ("import string\nclass T(string.Template):\n    idpattern = '[a-z]+'\n",
             "string.Template subclasses that set idpattern"),
            ("import copy\ncopy.copy(iter([1]))\n", "copying 'list_iterator' objects"),
            ("import copy\ncopy.deepcopy([1], memo=[])\n", "deepcopy() with a memo that is not a dict"),
            ("import functools\nfunctools.total_ordering(5)\n", "total_ordering on something other than a class"),
        ]
        for (source, message) in cases {
            XCTAssertEqual(PythonCases.output(of: source), "!! NotImplementedError: Pipebook does not support \(message)\n",
                           "program:\n\(source)")
        }
    }
}
