"""Pipeline and make_pipeline: transformers in order, then a final estimator."""

from sklearn.base import BaseEstimator


class Pipeline(BaseEstimator):
    def __init__(self, steps, *, memory=None, verbose=False):
        if memory is not None:
            raise NotImplementedError("Pipebook's scikit-learn does not support memory= in Pipeline")
        self.steps = list(steps)
        self.memory = memory
        self.verbose = verbose

    @property
    def named_steps(self):
        return dict(self.steps)

    def __getitem__(self, key):
        if isinstance(key, str):
            return self.named_steps[key]
        if isinstance(key, slice):
            return Pipeline(self.steps[key])
        return self.steps[key][1]

    def __len__(self):
        return len(self.steps)

    def _transform_through(self, X, y, fitting):
        for _, step in self.steps[:-1]:
            if step is None or step == "passthrough":
                continue
            X = step.fit_transform(X, y) if fitting else step.transform(X)
        return X

    def fit(self, X, y=None, **fit_params):
        Xt = self._transform_through(X, y, True)
        last = self.steps[-1][1]
        if last is not None and last != "passthrough":
            last.fit(Xt, y, **fit_params)
        return self

    def fit_transform(self, X, y=None, **fit_params):
        Xt = self._transform_through(X, y, True)
        last = self.steps[-1][1]
        if last is None or last == "passthrough":
            return Xt
        return last.fit_transform(Xt, y, **fit_params)

    def transform(self, X):
        Xt = self._transform_through(X, None, False)
        last = self.steps[-1][1]
        return Xt if last is None or last == "passthrough" else last.transform(Xt)

    def predict(self, X):
        return self.steps[-1][1].predict(self._transform_through(X, None, False))

    def predict_proba(self, X):
        return self.steps[-1][1].predict_proba(self._transform_through(X, None, False))

    def score(self, X, y):
        return self.steps[-1][1].score(self._transform_through(X, None, False), y)

    def _dense_output(self, X):
        """transform for ColumnTransformer: a final OneHotEncoder gives its dense form."""
        Xt = self._transform_through(X, None, False)
        last = self.steps[-1][1]
        if hasattr(last, "_dense"):
            return last._dense(Xt), last.sparse_output
        return (Xt if last is None or last == "passthrough" else last.transform(Xt)), False

    def __repr__(self):
        return "Pipeline(steps=[%s])" % ", ".join("(%r, %r)" % (n, s) for n, s in self.steps)


def make_pipeline(*steps, memory=None, verbose=False):
    names = []
    counts = {}
    for s in steps:
        name = type(s).__name__.lower() if not isinstance(s, str) else s
        counts[name] = counts.get(name, 0) + 1
        names.append(name)
    seen = {}
    named = []
    for name, s in zip(names, steps):
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = "%s-%d" % (name, seen[name])
        named.append((name, s))
    return Pipeline(named, memory=memory, verbose=verbose)
