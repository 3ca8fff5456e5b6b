import numpy as np
import pandas as pd
print(pd.DataFrame(np.arange(30).reshape(2, 15) * 1000.5))
print(pd.DataFrame(np.arange(24).reshape(2, 12)))
print(pd.DataFrame({"a": [1.5], 10: [2]}))
