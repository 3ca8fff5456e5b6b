"""Pipeline: its definition (the SDK's JSON, key for key) and the local store's
create/update/upsert/delete; describe, versions, start and executions go through the sagemaker
client, as in the SDK."""
import json

from sagemaker import _engine
from sagemaker.workflow import pipeline_context
from sagemaker.workflow.condition_step import ConditionStep, expand_steps
from botocore._local import call
from sagemaker.workflow.pipeline_execution import _PipelineExecution, given, sagemaker_client
from sagemaker.workflow.pipeline_experiment_config import default_experiment_config
from sagemaker.workflow.serialize import to_json_value

_UNSET = object()


class Pipeline:
    def __init__(self, name="", parameters=None, pipeline_experiment_config=_UNSET, steps=None,
                 sagemaker_session=None, pipeline_definition_config=None):
        self.name = name
        self.parameters = parameters if parameters else []
        if pipeline_experiment_config is _UNSET:
            pipeline_experiment_config = default_experiment_config()
        self.pipeline_experiment_config = pipeline_experiment_config
        self.steps = steps if steps else []
        self.sagemaker_session = sagemaker_session
        self.pipeline_definition_config = pipeline_definition_config

    def _uses_custom_job_prefix(self):
        config = self.pipeline_definition_config
        return config is not None and config.use_custom_job_prefix

    def _all_steps(self):
        """The top-level steps: those listed (collections expanded), then the steps reached only
        through properties or depends_on objects, which the SDK pulls in too."""
        listed = expand_steps(self.steps)
        known = set()
        for step in listed:
            known.add(step.name)
            if isinstance(step, ConditionStep):
                for branch_step in step._branch_steps():
                    known.add(branch_step.name)
        queue = list(listed)
        result = list(listed)
        while queue:
            step = queue.pop(0)
            reached = step._referenced_steps() + expand_steps(step._dependency_objects())
            if isinstance(step, ConditionStep):
                queue.extend(step._branch_steps())
            for other in reached:
                if other.name not in known:
                    known.add(other.name)
                    result.append(other)
                    queue.append(other)
        return result

    def _request(self):
        pipeline_context._building.append(self)
        try:
            request = {
                "Version": "2020-12-01",
                "Metadata": {},
                "Parameters": [p.to_request() for p in self.parameters],
                "PipelineExperimentConfig": (self.pipeline_experiment_config.to_request()
                                             if self.pipeline_experiment_config is not None else None),
                "Steps": [s.to_request() for s in self._all_steps()],
            }
            if request["PipelineExperimentConfig"] is None:
                del request["PipelineExperimentConfig"]
            return to_json_value(request)
        finally:
            pipeline_context._building.pop()

    def definition(self):
        """The pipeline's JSON definition, as the SDK writes it; checked first by the engine
        (duplicate names, unknown steps and parameters, cycles, property paths)."""
        text = json.dumps(self._request())
        _engine.validate_definition(text)
        return text

    # ------------------------------------------------------------------ the local store

    def _options(self, role_arn, description, tags, parallelism_config):
        options = {}
        if role_arn is not None:
            options["RoleArn"] = role_arn
        if description is not None:
            options["Description"] = description
        if tags:
            options["Tags"] = _tags(tags)
        if parallelism_config is not None:
            options["MaxParallelExecutionSteps"] = parallelism_config.max_parallel_execution_steps
        return options

    def create(self, role_arn=None, description=None, tags=None, parallelism_config=None):
        """CreatePipeline: stores version 1; fails when the name is taken."""
        if not role_arn:
            raise ValueError("An AWS IAM role is required to create a Pipeline.")
        definition = self.definition()
        return call("CreatePipeline", _engine.pipeline_call, "create", self.name, definition,
                    self._options(role_arn, description, tags, parallelism_config))

    def update(self, role_arn=None, description=None, parallelism_config=None):
        """UpdatePipeline: a new version when the definition changed."""
        if not role_arn:
            raise ValueError("An AWS IAM role is required to update a Pipeline.")
        definition = self.definition()
        return call("UpdatePipeline", _engine.pipeline_call, "update", self.name, definition,
                    self._options(role_arn, description, None, parallelism_config))

    def upsert(self, role_arn=None, description=None, tags=None, parallelism_config=None):
        """Creates the pipeline or updates it; a new version only when the definition changed."""
        if not role_arn:
            raise ValueError("An AWS IAM role is required to create or update a Pipeline.")
        return _engine.pipeline_call("upsert", self.name, self.definition(),
                                     self._options(role_arn, description, tags, parallelism_config))

    def describe(self, pipeline_version_id=None):
        """DescribePipeline, of the newest version or of pipeline_version_id; times are datetimes."""
        request = given(PipelineName=self.name, PipelineVersionId=pipeline_version_id)
        return sagemaker_client(self.sagemaker_session).describe_pipeline(**request)

    def delete(self):
        return call("DeletePipeline", _engine.pipeline_call, "delete", self.name)

    def list_pipeline_versions(self, sort_order=None, max_results=None, next_token=None):
        """ListPipelineVersions: PipelineVersionSummaries, and NextToken when more remain."""
        request = given(PipelineName=self.name, SortOrder=sort_order, MaxResults=max_results, NextToken=next_token)
        response = sagemaker_client(self.sagemaker_session).list_pipeline_versions(**request)
        return {key: response[key] for key in ("PipelineVersionSummaries", "NextToken") if key in response}

    def start(self, parameters=None, execution_display_name=None, execution_description=None,
              parallelism_config=None, selective_execution_config=None, pipeline_version_id=None):
        """StartPipelineExecution: checks the parameters, then runs the stored pipeline in the
        background of this process and returns its execution at once."""
        options = {}
        if parameters:
            options["PipelineParameters"] = [{"Name": name, "Value": _parameter_text(value)}
                                             for name, value in parameters.items()]
        if execution_display_name is not None:
            options["PipelineExecutionDisplayName"] = execution_display_name
        if execution_description is not None:
            options["PipelineExecutionDescription"] = execution_description
        if parallelism_config is not None:
            options["ParallelismConfiguration"] = parallelism_config.to_request()
        if selective_execution_config is not None:
            selective = selective_execution_config.to_request()
            if "SourcePipelineExecutionArn" not in selective:
                latest = self.list_executions()["PipelineExecutionSummaries"]
                if not latest:
                    raise ValueError("No previous execution of " + self.name + " to take the unselected steps from.")
                selective["SourcePipelineExecutionArn"] = latest[0]["PipelineExecutionArn"]
            options["SelectiveExecutionConfig"] = selective
        if pipeline_version_id is not None:
            options["PipelineVersionId"] = pipeline_version_id
        response = sagemaker_client(self.sagemaker_session).start_pipeline_execution(PipelineName=self.name, **options)
        return _PipelineExecution(arn=response["PipelineExecutionArn"], sagemaker_session=self.sagemaker_session)

    def list_executions(self, sort_by=None, sort_order=None, max_results=None, next_token=None):
        """ListPipelineExecutions: PipelineExecutionSummaries (newest first), and NextToken when more remain."""
        request = given(PipelineName=self.name, SortBy=sort_by, SortOrder=sort_order, MaxResults=max_results,
                           NextToken=next_token)
        response = sagemaker_client(self.sagemaker_session).list_pipeline_executions(**request)
        return {key: response[key] for key in ("PipelineExecutionSummaries", "NextToken") if key in response}

    def __repr__(self):
        try:
            return _engine.dag_text(self.name, json.dumps(self._request())).rstrip("\n")
        except Exception as error:
            return "Pipeline(name=" + repr(self.name) + ") (its definition cannot be built: " + str(error) + ")"


def _tags(tags):
    if isinstance(tags, dict):
        return [{"Key": k, "Value": v} for k, v in tags.items()]
    return list(tags)


def _parameter_text(value):
    """A start parameter as the SDK sends it; booleans as SageMaker spells them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "expr"):
        raise TypeError("Pipeline variables cannot be start parameters")
    return str(value)
