"""CallbackStep: sends a message to an SQS queue and waits for the answer, whose outputs
become properties."""
from sagemaker.workflow.properties import PropertiesMap
from sagemaker.workflow.retry import _EnumMember
from sagemaker.workflow.steps import Step
from sagemaker.workflow.serialize import referenced_steps


class CallbackOutputTypeEnum:
    String = _EnumMember("CallbackOutputTypeEnum", "String", "String")
    Integer = _EnumMember("CallbackOutputTypeEnum", "Integer", "Integer")
    Boolean = _EnumMember("CallbackOutputTypeEnum", "Boolean", "Boolean")
    Float = _EnumMember("CallbackOutputTypeEnum", "Float", "Float")


class CallbackOutput:
    def __init__(self, output_name=None, output_type=CallbackOutputTypeEnum.String):
        self.output_name = output_name
        self.output_type = output_type

    def to_request(self):
        return {"OutputName": self.output_name, "OutputType": self.output_type.value}


class CallbackStep(Step):
    def __init__(self, name, sqs_queue_url, inputs, outputs, display_name=None, description=None,
                 cache_config=None, depends_on=None):
        Step.__init__(self, name, display_name, description, "Callback", depends_on)
        self.sqs_queue_url = sqs_queue_url
        self.inputs = inputs
        self.outputs = outputs
        self.cache_config = cache_config
        properties = self.properties
        properties.Outputs = PropertiesMap(self, "OutputParameters", "String")

    @property
    def arguments(self):
        return self.inputs

    def to_request(self):
        request = Step.to_request(self)
        if self.cache_config:
            request.update(self.cache_config.config)
        request["SqsQueueUrl"] = self.sqs_queue_url
        request["OutputParameters"] = [o.to_request() for o in self.outputs]
        return request

    def _referenced_steps(self):
        return referenced_steps(self.inputs)
