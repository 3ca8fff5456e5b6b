"""sagemaker.sklearn: scikit-learn's estimator, processor and model."""
from sagemaker.sklearn.estimator import SKLearn
from sagemaker.sklearn.model import SKLearnModel
from sagemaker.sklearn.processing import SKLearnProcessor
