import numpy as np
import pandas as pd

df = pd.DataFrame({"a": [1, 2, 3], "b": [0.5, 1.25, np.nan], "c": ["x", "y", "x"]})
print(df)
print(df.shape, list(df.columns), len(df))
print(df.dtypes)
print(df["b"])
print(df["a"] * 2 + 1)
print(df.iloc[0])
print(df.iloc[1:, [0, 2]])
print(df.loc[df["a"] > 1, "c"])
print(df.describe())
print(df["c"].value_counts())
df["d"] = df["a"] / 3
print(df)
print(df.fillna(0))
print(df.isna().sum())
print(df.groupby("c").mean(numeric_only=True))
print(pd.get_dummies(df, columns=["c"]))
print(df.to_csv(index=False))
print(df.sample(frac=1, random_state=3))
print(df.values)
