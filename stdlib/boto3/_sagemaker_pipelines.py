"""The sagemaker client's calls on pipelines and their executions, over the local store."""
import json

from botocore._local import call, with_datetimes
from sagemaker import _engine


class PipelineCalls:
    def send_pipeline_execution_step_success(self, CallbackToken, OutputParameters=None, ClientRequestToken=None):
        outcome = {"Status": "Success", "OutputParameters": list(OutputParameters or [])}
        call("SendPipelineExecutionStepSuccess", _engine.native().callback_send, CallbackToken, json.dumps(outcome))
        return {}

    def send_pipeline_execution_step_failure(self, CallbackToken, FailureReason=None, ClientRequestToken=None):
        outcome = {"Status": "Failure", "FailureReason": FailureReason or "The callback reported a failure."}
        call("SendPipelineExecutionStepFailure", _engine.native().callback_send, CallbackToken, json.dumps(outcome))
        return {}

    def describe_pipeline_execution(self, PipelineExecutionArn):
        return with_datetimes(json.loads(call("DescribePipelineExecution", _engine.native().execution_describe, PipelineExecutionArn)))

    def list_pipeline_execution_steps(self, PipelineExecutionArn, **kwargs):
        steps = json.loads(call("ListPipelineExecutionSteps", _engine.native().execution_steps, PipelineExecutionArn))
        return {"PipelineExecutionSteps": with_datetimes(steps)}

    def list_pipeline_executions(self, PipelineName, **kwargs):
        return with_datetimes(json.loads(call("ListPipelineExecutions", _engine.native().execution_list, PipelineName)))

    def stop_pipeline_execution(self, PipelineExecutionArn, **kwargs):
        return json.loads(call("StopPipelineExecution", _engine.native().execution_stop, PipelineExecutionArn))

    def retry_pipeline_execution(self, PipelineExecutionArn, **kwargs):
        return json.loads(call("RetryPipelineExecution", _engine.native().execution_retry, PipelineExecutionArn))
