"""The sagemaker client's calls on pipelines and their executions, over the local store.

Each call checks its parameters against the service model (botocore._request), asks the
engine, then filters, sorts and pages the answer as SageMaker does."""
import json

from botocore._local import call, page, respond, with_datetimes
from botocore._request import parameters
from sagemaker import _engine

# StartPipelineExecution's answers by ClientRequestToken: the same token starts nothing new.
_started = {}


class PipelineCalls:
    def list_pipelines(self, *args, **kwargs):
        """ListPipelines: newest first unless SortBy/SortOrder say otherwise."""
        p = parameters("sagemaker.ListPipelines", "list_pipelines", args, kwargs)
        summaries = with_datetimes(json.loads(call("ListPipelines", _engine.native().pipeline_list)))
        prefix = p.get("PipelineNamePrefix", "")
        summaries = _created([s for s in summaries if s["PipelineName"].startswith(prefix)], "CreationTime", p)
        by = {"Name": "PipelineName", "CreationTime": "CreationTime"}[p.get("SortBy", "CreationTime")]
        return respond(page(_sorted(summaries, by, p), "PipelineSummaries", p.get("MaxResults"), p.get("NextToken"),
                            "ListPipelines"))

    def describe_pipeline(self, *args, **kwargs):
        """DescribePipeline, of the newest version or of PipelineVersionId."""
        p = parameters("sagemaker.DescribePipeline", "describe_pipeline", args, kwargs)
        options = {"PipelineVersionId": p["PipelineVersionId"]} if "PipelineVersionId" in p else None
        return respond(with_datetimes(call("DescribePipeline", _engine.pipeline_call, "describe",
                                           _pipeline_name(p["PipelineName"]), None, options)))

    def list_pipeline_versions(self, *args, **kwargs):
        """ListPipelineVersions: newest first unless SortOrder is Ascending."""
        p = parameters("sagemaker.ListPipelineVersions", "list_pipeline_versions", args, kwargs)
        versions = with_datetimes(call("ListPipelineVersions", _engine.pipeline_call, "versions",
                                       _pipeline_name(p["PipelineName"])))["PipelineVersionSummaries"]
        versions = _sorted(_created(versions, "CreationTime", p), "CreationTime", p)
        return respond(page(versions, "PipelineVersionSummaries", p.get("MaxResults"), p.get("NextToken"),
                            "ListPipelineVersions"))

    def describe_pipeline_definition_for_execution(self, *args, **kwargs):
        """The definition the execution ran (the pipeline's version of that moment)."""
        p = parameters("sagemaker.DescribePipelineDefinitionForExecution", "describe_pipeline_definition_for_execution",
                       args, kwargs)
        return respond(with_datetimes(json.loads(call("DescribePipelineDefinitionForExecution",
                                                      _engine.native().execution_definition, p["PipelineExecutionArn"]))))

    def start_pipeline_execution(self, *args, **kwargs):
        """StartPipelineExecution: checks the parameters, then runs the pipeline in the background
        of this process; a ClientRequestToken seen before answers as it did then."""
        p = parameters("sagemaker.StartPipelineExecution", "start_pipeline_execution", args, kwargs,
                       unsupported=("MlflowExperimentName",))
        token = p.pop("ClientRequestToken", None)
        if token is not None and token in _started:
            return respond({"PipelineExecutionArn": _started[token]})
        name = _pipeline_name(p.pop("PipelineName"))
        selective = p.get("SelectiveExecutionConfig")
        if selective is not None and "SourcePipelineExecutionArn" not in selective:
            raise NotImplementedError("Pipebook's boto3 needs SourcePipelineExecutionArn in SelectiveExecutionConfig")
        arn = json.loads(call("StartPipelineExecution", _engine.native().execution_start, name, json.dumps(p)))["PipelineExecutionArn"]
        if token is not None:
            _started[token] = arn
        return respond({"PipelineExecutionArn": arn})

    def list_pipeline_executions(self, *args, **kwargs):
        """ListPipelineExecutions: newest first unless SortBy/SortOrder say otherwise."""
        p = parameters("sagemaker.ListPipelineExecutions", "list_pipeline_executions", args, kwargs)
        name = _pipeline_name(p["PipelineName"])
        call("ListPipelineExecutions", _engine.pipeline_call, "describe", name)  # ResourceNotFound for an unknown pipeline
        summaries = with_datetimes(json.loads(call("ListPipelineExecutions", _engine.native().execution_list, name)))
        summaries = _created(summaries["PipelineExecutionSummaries"], "StartTime", p)
        by = {"CreationTime": "StartTime", "PipelineExecutionArn": "PipelineExecutionArn"}[p.get("SortBy", "CreationTime")]
        return respond(page(_sorted(summaries, by, p), "PipelineExecutionSummaries", p.get("MaxResults"), p.get("NextToken"),
                            "ListPipelineExecutions"))

    def describe_pipeline_execution(self, *args, **kwargs):
        p = parameters("sagemaker.DescribePipelineExecution", "describe_pipeline_execution", args, kwargs)
        return respond(with_datetimes(json.loads(call("DescribePipelineExecution", _engine.native().execution_describe,
                                                      p["PipelineExecutionArn"]))))

    def list_pipeline_execution_steps(self, *args, **kwargs):
        """ListPipelineExecutionSteps: newest first unless SortOrder is Ascending."""
        p = parameters("sagemaker.ListPipelineExecutionSteps", "list_pipeline_execution_steps", args, kwargs)
        if "PipelineExecutionArn" not in p:
            raise NotImplementedError("Pipebook's boto3 needs the PipelineExecutionArn of ListPipelineExecutionSteps")
        steps = with_datetimes(json.loads(call("ListPipelineExecutionSteps", _engine.native().execution_steps,
                                               p["PipelineExecutionArn"])))
        return respond(page(_sorted(steps, "StartTime", p), "PipelineExecutionSteps", p.get("MaxResults"), p.get("NextToken"),
                            "ListPipelineExecutionSteps"))

    def list_pipeline_parameters_for_execution(self, *args, **kwargs):
        p = parameters("sagemaker.ListPipelineParametersForExecution", "list_pipeline_parameters_for_execution", args, kwargs)
        found = json.loads(call("ListPipelineParametersForExecution", _engine.native().execution_parameters,
                                p["PipelineExecutionArn"]))
        return respond(page(found["PipelineParameters"], "PipelineParameters", p.get("MaxResults"), p.get("NextToken"),
                            "ListPipelineParametersForExecution"))

    def stop_pipeline_execution(self, *args, **kwargs):
        p = parameters("sagemaker.StopPipelineExecution", "stop_pipeline_execution", args, kwargs)
        return respond(json.loads(call("StopPipelineExecution", _engine.native().execution_stop, p["PipelineExecutionArn"])))

    def retry_pipeline_execution(self, *args, **kwargs):
        """RetryPipelineExecution: failed and not-run steps run again; succeeded ones are kept."""
        p = parameters("sagemaker.RetryPipelineExecution", "retry_pipeline_execution", args, kwargs,
                       unsupported=("ParallelismConfiguration",))
        return respond(json.loads(call("RetryPipelineExecution", _engine.native().execution_retry, p["PipelineExecutionArn"])))

    def send_pipeline_execution_step_success(self, *args, **kwargs):
        """Answers a callback step's token: the step succeeds with these OutputParameters."""
        p = parameters("sagemaker.SendPipelineExecutionStepSuccess", "send_pipeline_execution_step_success", args, kwargs)
        outcome = {"Status": "Success", "OutputParameters": list(p.get("OutputParameters", []))}
        return respond(json.loads(call("SendPipelineExecutionStepSuccess", _engine.native().callback_send,
                                       p["CallbackToken"], json.dumps(outcome))))

    def send_pipeline_execution_step_failure(self, *args, **kwargs):
        """Answers a callback step's token: the step fails with FailureReason."""
        p = parameters("sagemaker.SendPipelineExecutionStepFailure", "send_pipeline_execution_step_failure", args, kwargs)
        outcome = {"Status": "Failure", "FailureReason": p.get("FailureReason", "The callback reported a failure.")}
        return respond(json.loads(call("SendPipelineExecutionStepFailure", _engine.native().callback_send,
                                       p["CallbackToken"], json.dumps(outcome))))


def _pipeline_name(name_or_arn):
    """A pipeline's name; SageMaker takes its ARN too (arn:aws:sagemaker:...:pipeline/NAME)."""
    if name_or_arn.startswith("arn:") and ":pipeline/" in name_or_arn:
        return name_or_arn.split(":pipeline/", 1)[1]
    return name_or_arn


def _created(items, key, p):
    """The items whose `key` time lies strictly between CreatedAfter and CreatedBefore."""
    after, before = p.get("CreatedAfter"), p.get("CreatedBefore")
    return [item for item in items if (after is None or item[key] > after) and (before is None or item[key] < before)]


def _sorted(items, key, p):
    """The items by `key`, in SortOrder (Descending unless it says Ascending)."""
    return sorted(items, key=lambda item: item[key], reverse=p.get("SortOrder", "Descending") == "Descending")
