"""sagemaker.xgboost: the XGBoost framework estimator and model."""
from sagemaker.xgboost.estimator import XGBoost
from sagemaker.xgboost.model import XGBoostModel
