"""LambdaStep: calls an AWS Lambda function with inputs; its outputs become properties."""
from sagemaker.workflow.properties import PropertiesMap
from sagemaker.workflow.retry import _EnumMember
from sagemaker.workflow.steps import Step
from sagemaker.workflow.serialize import referenced_steps


class LambdaOutputTypeEnum:
    String = _EnumMember("LambdaOutputTypeEnum", "String", "String")
    Integer = _EnumMember("LambdaOutputTypeEnum", "Integer", "Integer")
    Boolean = _EnumMember("LambdaOutputTypeEnum", "Boolean", "Boolean")
    Float = _EnumMember("LambdaOutputTypeEnum", "Float", "Float")


class LambdaOutput:
    def __init__(self, output_name=None, output_type=LambdaOutputTypeEnum.String):
        self.output_name = output_name
        self.output_type = output_type

    def to_request(self):
        return {"OutputName": self.output_name, "OutputType": self.output_type.value}


class LambdaStep(Step):
    def __init__(self, name, lambda_func, display_name=None, description=None, inputs=None, outputs=None,
                 cache_config=None, depends_on=None):
        Step.__init__(self, name, display_name, description, "Lambda", depends_on)
        self.lambda_func = lambda_func
        self.inputs = inputs if inputs is not None else {}
        self.outputs = outputs if outputs is not None else []
        self.cache_config = cache_config
        properties = self.properties
        # The SDK names the map `Outputs` in Python and `OutputParameters` in the definition.
        properties.Outputs = PropertiesMap(self, "OutputParameters", "String")

    @property
    def arguments(self):
        return self.inputs

    def to_request(self):
        request = Step.to_request(self)
        if self.cache_config:
            request.update(self.cache_config.config)
        request["FunctionArn"] = self.lambda_func.function_arn
        request["OutputParameters"] = [o.to_request() for o in self.outputs]
        return request

    def _referenced_steps(self):
        return referenced_steps(self.inputs)
