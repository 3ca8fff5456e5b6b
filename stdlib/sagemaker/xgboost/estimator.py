"""XGBoost: a script-mode estimator on the SageMaker XGBoost image."""
from sagemaker import image_uris
from sagemaker.estimator import Framework


class XGBoost(Framework):
    _framework_name = "xgboost"

    def __init__(self, entry_point, framework_version, source_dir=None, hyperparameters=None, py_version="py3",
                 image_uri=None, image_uri_region=None, **kwargs):
        Framework.__init__(self, entry_point, source_dir=source_dir, hyperparameters=hyperparameters,
                           image_uri=image_uri, **kwargs)
        self.framework_version = framework_version
        self.py_version = py_version

    @staticmethod
    def _image(region, framework_version, py_version, instance_type):
        return image_uris.retrieve("xgboost", region=region, version=framework_version, py_version=py_version,
                                   instance_type=instance_type)
