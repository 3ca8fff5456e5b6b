"""xgboost for Pipebook's step scripts: DMatrix, train, Booster and the scikit-learn wrappers,
over the engine's XGBoost trainer (the bridge's `_xgboost`), so a Booster from `xgboost.train`
and the model a TrainingStep writes are the same kind of object. See docs/data-science.md."""

from xgboost.core import Booster, DMatrix, XGBoostError
from xgboost.training import train
from xgboost.sklearn import XGBClassifier, XGBModel, XGBRegressor

__version__ = "3.2.0"

__all__ = ["Booster", "DMatrix", "XGBoostError", "train", "XGBModel", "XGBRegressor", "XGBClassifier"]
