"""Regression and binary-classification metrics, computed as scikit-learn computes them."""

import numpy as np
from sklearn.base import as_1d


def _pair(y_true, y_pred):
    y_true, y_pred = as_1d(y_true), as_1d(y_pred)
    if len(y_true) != len(y_pred):
        raise ValueError("Found input variables with inconsistent numbers of samples: [%d, %d]" % (len(y_true), len(y_pred)))
    return y_true, y_pred


def _no_weights(function, sample_weight, multioutput="uniform_average"):
    if sample_weight is not None:
        raise NotImplementedError("Pipebook's scikit-learn does not support sample_weight= in %s" % function)
    if multioutput != "uniform_average":
        raise NotImplementedError("Pipebook's scikit-learn does not support multioutput= in %s" % function)


def mean_squared_error(y_true, y_pred, *, sample_weight=None, multioutput="uniform_average", squared=True):
    _no_weights("mean_squared_error", sample_weight, multioutput)
    y_true, y_pred = _pair(y_true, y_pred)
    error = ((y_true - y_pred) ** 2).reshape(-1, 1).mean(axis=0)[0]
    return error if squared else error ** 0.5


def root_mean_squared_error(y_true, y_pred, *, sample_weight=None, multioutput="uniform_average"):
    return mean_squared_error(y_true, y_pred, sample_weight=sample_weight, multioutput=multioutput) ** 0.5


def mean_absolute_error(y_true, y_pred, *, sample_weight=None, multioutput="uniform_average"):
    _no_weights("mean_absolute_error", sample_weight, multioutput)
    y_true, y_pred = _pair(y_true, y_pred)
    return np.abs(y_true - y_pred).reshape(-1, 1).mean(axis=0)[0]


def r2_score(y_true, y_pred, *, sample_weight=None, multioutput="uniform_average", force_finite=True):
    _no_weights("r2_score", sample_weight, multioutput)
    y_true, y_pred = _pair(y_true, y_pred)
    y_true, y_pred = y_true.reshape(-1, 1).astype(float), y_pred.reshape(-1, 1).astype(float)
    numerator = (1.0 * (y_true - y_pred) ** 2).sum(axis=0)[0]
    denominator = (1.0 * (y_true - y_true.mean(axis=0)) ** 2).sum(axis=0)[0]
    if denominator == 0:
        return 1.0 if numerator == 0 else 0.0
    return 1 - numerator / denominator


def accuracy_score(y_true, y_pred, *, normalize=True, sample_weight=None):
    _no_weights("accuracy_score", sample_weight)
    y_true, y_pred = _pair(y_true, y_pred)
    hits = y_true == y_pred
    return float(hits.mean()) if normalize else float(hits.sum())


def _binary_counts(y_true, y_pred, pos_label):
    y_true, y_pred = _pair(y_true, y_pred)
    labels = set(y_true.tolist()) | set(y_pred.tolist())
    if len(labels) > 2:
        raise ValueError("Target is multiclass but average='binary'. Please choose another average setting, one of "
                         "[None, 'micro', 'macro', 'weighted'].")
    if labels and pos_label not in labels and len(labels) == 2:
        raise ValueError("pos_label=%r is not a valid label. It should be one of %r" % (pos_label, sorted(labels)))
    truth = y_true == pos_label
    guess = y_pred == pos_label
    tp = int((truth & guess).sum())
    fp = int((~truth & guess).sum())
    fn = int((truth & ~guess).sum())
    return tp, fp, fn


def _check_average(function, average):
    if average != "binary":
        raise NotImplementedError("Pipebook's scikit-learn supports average='binary' only in %s" % function)


def precision_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", sample_weight=None,
                    zero_division="warn"):
    _check_average("precision_score", average)
    _no_weights("precision_score", sample_weight)
    tp, fp, fn = _binary_counts(y_true, y_pred, pos_label)
    return tp / (tp + fp) if tp + fp else 0.0


def recall_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", sample_weight=None,
                 zero_division="warn"):
    _check_average("recall_score", average)
    _no_weights("recall_score", sample_weight)
    tp, fp, fn = _binary_counts(y_true, y_pred, pos_label)
    return tp / (tp + fn) if tp + fn else 0.0


def f1_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", sample_weight=None,
             zero_division="warn"):
    _check_average("f1_score", average)
    _no_weights("f1_score", sample_weight)
    tp, fp, fn = _binary_counts(y_true, y_pred, pos_label)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def confusion_matrix(y_true, y_pred, *, labels=None, sample_weight=None, normalize=None):
    _no_weights("confusion_matrix", sample_weight)
    if normalize is not None:
        raise NotImplementedError("Pipebook's scikit-learn does not support normalize= in confusion_matrix")
    y_true, y_pred = _pair(y_true, y_pred)
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred])).tolist()
    position = {l: i for i, l in enumerate(labels)}
    counts = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if t in position and p in position:
            counts[position[t]][position[p]] += 1
    return np.array(counts, dtype=int)


def roc_auc_score(y_true, y_score, *, average="macro", sample_weight=None, max_fpr=None, multi_class="raise",
                  labels=None):
    _no_weights("roc_auc_score", sample_weight)
    if max_fpr is not None:
        raise NotImplementedError("Pipebook's scikit-learn does not support max_fpr= in roc_auc_score")
    y_true, y_score = as_1d(y_true), as_1d(y_score)
    classes = np.unique(y_true).tolist()
    if len(classes) != 2:
        raise ValueError("Only one class present in y_true. ROC AUC score is not defined in that case."
                         if len(classes) < 2 else "multi_class must be in ('ovo', 'ovr')")
    positive = (y_true == classes[1]).tolist()
    scores = y_score.astype(float).tolist()
    # The Mann-Whitney statistic with average ranks for ties equals the area under the ROC curve.
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    rank_sum = sum(r for r, p in zip(ranks, positive) if p)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
