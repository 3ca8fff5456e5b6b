from sklearn.datasets import load_breast_cancer

bunch = load_breast_cancer()
print(sorted(k for k in bunch.keys() if k != "DESCR"))
print(bunch.data.shape, bunch.data.dtype, bunch.target.shape, bunch.target.dtype)
print(bunch.data[0, :5], bunch.data[-1, -3:])
print(bunch.target[:10], bunch.target.sum())
print(list(bunch.target_names), bunch.feature_names[:3], bunch.feature_names[-1])
print(bunch.filename, bunch.frame)
X, y = load_breast_cancer(return_X_y=True)
print(X.shape, y[:5])
X, y = load_breast_cancer(return_X_y=True, as_frame=True)
print(X.shape, list(X.columns[:2]), y.name, y.dtype)
print(X.iloc[:3, :4])
print(y.value_counts())
frame = load_breast_cancer(as_frame=True).frame
print(frame.shape, list(frame.columns[-2:]))
