"""sagemaker.xgboost: the XGBoost framework estimator."""
from sagemaker.xgboost.estimator import XGBoost
