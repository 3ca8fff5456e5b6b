"""SKLearnModel: a model served by the SageMaker scikit-learn image with an entry_point."""
from sagemaker import image_uris
from sagemaker.model import FrameworkModel


class SKLearnModel(FrameworkModel):
    _framework_name = "scikit-learn"

    def __init__(self, model_data, role=None, entry_point=None, framework_version=None, py_version="py3",
                 image_uri=None, predictor_cls=None, model_server_workers=None, **kwargs):
        if framework_version is None and image_uri is None:
            raise ValueError("framework_version or image_uri must be provided.")
        FrameworkModel.__init__(self, model_data, image_uri, role, entry_point, **kwargs)
        self.framework_version = framework_version
        self.py_version = py_version
        if model_server_workers is not None:
            self.env = dict(self.env)
            self.env["SAGEMAKER_MODEL_SERVER_WORKERS"] = str(model_server_workers)

    def serving_image_uri(self, region_name, instance_type=None, serverless_inference_config=None):
        return image_uris.retrieve("sklearn", region=region_name, version=self.framework_version,
                                   py_version=self.py_version, instance_type=instance_type)
