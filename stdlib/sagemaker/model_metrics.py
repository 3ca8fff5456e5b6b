"""ModelMetrics and MetricsSource: the reports a model package points to."""
from sagemaker.workflow.serialize import to_json_value


class MetricsSource:
    def __init__(self, content_type, s3_uri, content_digest=None):
        self.content_type = content_type
        self.s3_uri = s3_uri
        self.content_digest = content_digest

    def _to_request_dict(self):
        request = {"ContentType": self.content_type, "S3Uri": to_json_value(self.s3_uri)}
        if self.content_digest is not None:
            request["ContentDigest"] = self.content_digest
        return request


class ModelMetrics:
    def __init__(self, model_statistics=None, model_constraints=None, model_data_statistics=None,
                 model_data_constraints=None, bias=None, explainability=None, bias_pre_training=None,
                 bias_post_training=None):
        self.model_statistics = model_statistics
        self.model_constraints = model_constraints
        self.model_data_statistics = model_data_statistics
        self.model_data_constraints = model_data_constraints
        self.bias = bias
        self.explainability = explainability
        self.bias_pre_training = bias_pre_training
        self.bias_post_training = bias_post_training

    def _to_request_dict(self):
        request = {}
        quality = _pair("Statistics", self.model_statistics, "Constraints", self.model_constraints)
        if quality:
            request["ModelQuality"] = quality
        data_quality = _pair("Statistics", self.model_data_statistics, "Constraints", self.model_data_constraints)
        if data_quality:
            request["ModelDataQuality"] = data_quality
        bias = {}
        if self.bias is not None:
            bias["Report"] = self.bias._to_request_dict()
        if self.bias_pre_training is not None:
            bias["PreTrainingReport"] = self.bias_pre_training._to_request_dict()
        if self.bias_post_training is not None:
            bias["PostTrainingReport"] = self.bias_post_training._to_request_dict()
        request["Bias"] = bias
        explainability = {}
        if self.explainability is not None:
            explainability["Report"] = self.explainability._to_request_dict()
        request["Explainability"] = explainability
        return request


def _pair(first_key, first, second_key, second):
    result = {}
    if first is not None:
        result[first_key] = first._to_request_dict()
    if second is not None:
        result[second_key] = second._to_request_dict()
    return result
