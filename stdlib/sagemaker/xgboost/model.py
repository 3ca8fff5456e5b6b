"""XGBoostModel: a model served by the SageMaker XGBoost image with an entry_point."""
from sagemaker import image_uris
from sagemaker.model import FrameworkModel


class XGBoostModel(FrameworkModel):
    _framework_name = "xgboost"

    def __init__(self, model_data, role, entry_point, framework_version=None, image_uri=None, py_version="py3",
                 predictor_cls=None, model_server_workers=None, **kwargs):
        FrameworkModel.__init__(self, model_data, image_uri, role, entry_point, **kwargs)
        self.framework_version = framework_version
        self.py_version = py_version
        if model_server_workers is not None:
            self.env = dict(self.env)
            self.env["SAGEMAKER_MODEL_SERVER_WORKERS"] = str(model_server_workers)

    def serving_image_uri(self, region_name, instance_type=None, serverless_inference_config=None):
        return image_uris.retrieve("xgboost", region=region_name, version=self.framework_version,
                                   py_version=self.py_version, instance_type=instance_type)
