import Foundation
import PipebookData
import PipebookLanguage
import XCTest

/// What the data libraries do not support must fail, naming what was refused, instead of
/// giving a different answer. (The real libraries accept these, so there is no reference output.)
final class UnsupportedArgumentTests: XCTestCase {
    private let cases: [(program: String, error: String, mentions: String)] = [
        ("import numpy as np\nnp.array([1.0]).astype(np.float32)", "NotImplementedError", "float32"),
        ("import numpy as np\nnp.array([1.0]).astype('int32')", "NotImplementedError", "int32"),
        ("import numpy as np\nnp.array([1, 2]).sum(keepdims=True)", "NotImplementedError", "keepdims"),
        ("import numpy as np\nnp.zeros((2, 2, 2))", "NotImplementedError", "2 dimensions"),
        ("import numpy as np\nnp.random.choice(3, p=[0.5, 0.5, 0.0])", "NotImplementedError", "p="),
        ("import numpy as np\nnp.array([1, 'a'])", "NotImplementedError", "dtype=object"),
        ("import pandas as pd\npd.read_csv('x.csv', usecols=[0])", "NotImplementedError", "usecols"),
        ("import pandas as pd\npd.read_csv('x.csv', index_col=0)", "NotImplementedError", "index_col"),
        ("import pandas as pd\npd.DataFrame({'a': [1]}).to_csv(float_format='%.2f')", "NotImplementedError", "float_format"),
        ("import pandas as pd\npd.DataFrame({'a': [1.0]}).fillna(method='ffill')", "NotImplementedError", "method"),
        ("import pandas as pd\npd.DataFrame({'a': [1]}).sample(weights=[1])", "NotImplementedError", "weights"),
        ("import pandas as pd\npd.Series([1], index=[5]) + pd.Series([1], index=[6])", "NotImplementedError", "align"),
        ("from sklearn.preprocessing import OneHotEncoder\nOneHotEncoder().fit_transform([['a']])",
         "NotImplementedError", "sparse_output=False"),
        ("from sklearn.preprocessing import OneHotEncoder\nOneHotEncoder(min_frequency=2).fit([['a']])",
         "NotImplementedError", "min_frequency"),
        ("from sklearn.model_selection import train_test_split\ntrain_test_split([1, 2, 3, 4], stratify=[0, 0, 1, 1])",
         "NotImplementedError", "stratify"),
        ("from sklearn.metrics import f1_score\nf1_score([0, 1], [0, 1], average='macro')", "NotImplementedError", "average"),
        ("from sklearn.linear_model import LogisticRegression\nLogisticRegression(solver='liblinear').fit([[0.0], [1.0]], [0, 1])",
         "NotImplementedError", "solver"),
        ("from sklearn.linear_model import LogisticRegression\nLogisticRegression(penalty='l1').fit([[0.0], [1.0]], [0, 1])",
         "ValueError", "l1 penalty"),
        ("from sklearn.linear_model import LogisticRegression\nLogisticRegression(multi_class='ovr').fit([[0.0], [1.0]], [0, 1])",
         "NotImplementedError", "multi_class='ovr'"),
        ("from sklearn.linear_model import LogisticRegression\nLogisticRegression(warm_start=True).fit([[0.0], [1.0]], [0, 1])",
         "NotImplementedError", "warm_start"),
        ("from sklearn.linear_model import LogisticRegression\nLogisticRegression(C=0).fit([[0.0], [1.0]], [0, 1])",
         "ValueError", "'C' parameter"),
        ("from sklearn.impute import SimpleImputer\nSimpleImputer(missing_values=-1).fit([[1.0]])",
         "NotImplementedError", "missing_values"),
        // A date as CPython pickles it (GLOBAL datetime.date, REDUCE): Pipebook restores only its own reductions and xgboost's.
        ("import pickle\npickle.loads(b'\\x80\\x04\\x95 \\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x8c\\x08datetime\\x94\\x8c\\x04date\\x94\\x93\\x94C\\x04\\x07\\xe4\\x01\\x01\\x94\\x85\\x94R\\x94.')",
         "NotImplementedError", "datetime.date"),
        // An instance of a script's class as CPython pickles it (NEWOBJ, BUILD): refused at its class, as other classes.
        ("import pickle\npickle.loads(b'\\x80\\x04\\x95#\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x8c\\x08__main__\\x94\\x8c\\x05Point\\x94\\x93\\x94)\\x81\\x94}\\x94\\x8c\\x01x\\x94K\\x01sb.')",
         "NotImplementedError", "__main__.Point"),
        ("import tarfile\ntarfile.open('x.tar.bz2', 'w:bz2')", "CompressionError", "gzip"),
        ("import requests\nrequests.get('https://example.com')", "ConnectionError", "offline"),
    ]

    func testUnsupportedArgumentsAreNamed() throws {
        for c in cases {
            let interp = Interpreter()
            PipebookData.register(on: interp)
            interp.standardOutput = { _ in }
            interp.standardError = { _ in }
            do {
                try interp.run(c.program, fileName: "t.py")
                XCTFail("no error from:\n\(c.program)")
            } catch let e as PyError {
                let summary = interp.exceptionSummary(e.exception)
                let type = summary.prefix { $0 != ":" }
                XCTAssertTrue(type == c.error || type.hasSuffix("." + c.error), "\(c.program)\n→ \(summary)")
                XCTAssertTrue(summary.contains(c.mentions), "\(c.program)\n→ \(summary) does not mention \(c.mentions)")
            }
        }
    }
}
