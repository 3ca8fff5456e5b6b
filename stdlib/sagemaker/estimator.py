"""Estimators: Estimator (any image, e.g. a built-in algorithm) and Framework (script mode,
with an entry_point)."""
import json
import os

from sagemaker import _jobs
from sagemaker.inputs import TrainingInput
from sagemaker.session import Session
from sagemaker.workflow.entities import PipelineVariable


class EstimatorBase:
    """What both kinds of estimator share: resources, output, inputs, the training request."""

    def __init__(self, role=None, instance_count=None, instance_type=None, volume_size=30, volume_kms_key=None,
                 max_run=24 * 60 * 60, input_mode="File", output_path=None, output_kms_key=None,
                 base_job_name=None, sagemaker_session=None, tags=None, subnets=None, security_group_ids=None,
                 model_uri=None, model_channel_name="model", metric_definitions=None,
                 encrypt_inter_container_traffic=False, use_spot_instances=False, max_wait=None,
                 checkpoint_s3_uri=None, checkpoint_local_path=None, rules=None, debugger_hook_config=None,
                 tensorboard_output_config=None, enable_sagemaker_metrics=None, enable_network_isolation=False,
                 profiler_config=None, disable_profiler=False, environment=None, max_retry_attempts=None,
                 source_dir=None, git_config=None, hyperparameters=None, container_log_level=20, code_location=None,
                 entry_point=None, dependencies=None, instance_groups=None, training_repository_access_mode=None,
                 training_repository_credentials_provider_arn=None, enable_infra_check=None,
                 container_entry_point=None, container_arguments=None, disable_output_compression=False,
                 enable_remote_debug=None, enable_session_tag_chaining=None, training_plan=None, **kwargs):
        self.role = role
        self.instance_count = instance_count
        self.instance_type = instance_type
        self.volume_size = volume_size
        self.volume_kms_key = volume_kms_key
        self.max_run = max_run
        self.input_mode = input_mode
        self.output_path = output_path
        self.output_kms_key = output_kms_key
        self.base_job_name = base_job_name
        self.sagemaker_session = sagemaker_session or Session()
        self.metric_definitions = metric_definitions
        self.enable_sagemaker_metrics = enable_sagemaker_metrics
        self.disable_profiler = disable_profiler
        self.environment = environment
        self.max_retry_attempts = max_retry_attempts
        self.source_dir = source_dir
        self.entry_point = entry_point
        self.dependencies = dependencies or []
        self.container_log_level = container_log_level
        self.use_spot_instances = use_spot_instances
        self.max_wait = max_wait
        self.enable_network_isolation = enable_network_isolation
        self.encrypt_inter_container_traffic = encrypt_inter_container_traffic
        self.checkpoint_s3_uri = checkpoint_s3_uri
        self.checkpoint_local_path = checkpoint_local_path
        self.container_entry_point = container_entry_point
        self.container_arguments = container_arguments

    def fit(self, inputs=None, wait=True, logs="All", job_name=None, experiment_config=None):
        """Under a PipelineSession: the training request, for TrainingStep(step_args=...)."""
        return _jobs.record(self.sagemaker_session, "fit", self._builder(inputs), "training job")

    def _step_arguments(self, inputs):
        from sagemaker.workflow.pipeline_context import StepArguments

        return StepArguments("fit", self._builder(inputs))

    def _builder(self, inputs):
        def build(context):
            return self._training_request(context, inputs)

        return build

    def _output_path(self):
        if self.output_path is not None:
            return self.output_path
        return "s3://" + self.sagemaker_session.default_bucket() + "/"

    def _job_name(self, context):
        return context.step_name if context.pipeline_name is not None else _jobs.job_name(
            self.base_job_name or _jobs.base_name_from_image(self.training_image_uri()))

    def _training_request(self, context, inputs):
        hyperparameters = self._hyperparameters_for(context)
        output_path = self._output_path()
        algorithm = {"TrainingInputMode": self.input_mode, "TrainingImage": self.training_image_uri()}
        if self.container_entry_point is not None:
            algorithm["ContainerEntrypoint"] = self.container_entry_point
        if self.container_arguments is not None:
            algorithm["ContainerArguments"] = self.container_arguments
        if self.metric_definitions is not None:
            algorithm["MetricDefinitions"] = self.metric_definitions
        if self.enable_sagemaker_metrics is not None:
            algorithm["EnableSageMakerMetricsTimeSeries"] = self.enable_sagemaker_metrics
        output_config = {"S3OutputPath": output_path}
        if self.output_kms_key is not None:
            output_config["KmsKeyId"] = self.output_kms_key
        stopping = {"MaxRuntimeInSeconds": self.max_run}
        if self.max_wait is not None:
            stopping["MaxWaitTimeInSeconds"] = self.max_wait
        request = {
            "AlgorithmSpecification": algorithm,
            "OutputDataConfig": output_config,
            "TrainingJobName": self._job_name(context),
            "StoppingCondition": stopping,
            "ResourceConfig": self._resource_config(),
            "RoleArn": self.role,
        }
        channels = input_config(inputs)
        if channels is not None:
            request["InputDataConfig"] = channels
        if hyperparameters:
            request["HyperParameters"] = hyperparameters
        if self.environment is not None:
            request["Environment"] = self.environment
        if self.enable_network_isolation:
            request["EnableNetworkIsolation"] = True
        if self.encrypt_inter_container_traffic:
            request["EnableInterContainerTrafficEncryption"] = True
        if self.use_spot_instances:
            request["EnableManagedSpotTraining"] = True
        if self.checkpoint_s3_uri:
            checkpoint = {"S3Uri": self.checkpoint_s3_uri}
            if self.checkpoint_local_path:
                checkpoint["LocalPath"] = self.checkpoint_local_path
            request["CheckpointConfig"] = checkpoint
        request["DebugHookConfig"] = {"S3OutputPath": output_path, "CollectionConfigurations": []}
        if self.disable_profiler:
            request["ProfilerConfig"] = {"DisableProfiler": True}
        else:
            request["ProfilerConfig"] = {"S3OutputPath": output_path, "DisableProfiler": False}
        if self.max_retry_attempts is not None:
            request["RetryStrategy"] = {"MaximumRetryAttempts": self.max_retry_attempts}
        return request

    def _resource_config(self):
        config = {"VolumeSizeInGB": self.volume_size, "InstanceCount": self.instance_count,
                  "InstanceType": self.instance_type}
        if self.volume_kms_key is not None:
            config["VolumeKmsKeyId"] = self.volume_kms_key
        return config


def input_config(inputs):
    """InputDataConfig from fit()'s inputs: a dict of channels, one TrainingInput or an S3 URI."""
    if inputs is None:
        return None
    if isinstance(inputs, dict):
        channels = list(inputs.items())
    else:
        channels = [("training", inputs)]
    result = []
    for name, value in channels:
        if isinstance(value, TrainingInput):
            channel = dict(value.config)
        elif isinstance(value, (str, PipelineVariable)):
            channel = dict(TrainingInput(value).config)
        else:
            raise ValueError("Cannot format input " + repr(value)
                             + ". Expecting one of str, TrainingInput, file_input or FileSystemInput")
        channel["ChannelName"] = name
        result.append(channel)
    return result


class Estimator(EstimatorBase):
    """An estimator for any training image; hyperparameters are sent as strings."""

    def __init__(self, image_uri, role=None, instance_count=None, instance_type=None, hyperparameters=None,
                 **kwargs):
        EstimatorBase.__init__(self, role=role, instance_count=instance_count, instance_type=instance_type, **kwargs)
        self.image_uri = image_uri
        self._hyperparameters = dict(hyperparameters) if hyperparameters else {}

    def training_image_uri(self):
        return self.image_uri

    def set_hyperparameters(self, **kwargs):
        for key, value in kwargs.items():
            self._hyperparameters[key] = value

    def hyperparameters(self):
        return {k: _to_string(v) for k, v in self._hyperparameters.items()}

    def _hyperparameters_for(self, context):
        return self.hyperparameters()


def _to_string(value):
    if isinstance(value, PipelineVariable):
        return value.to_string()
    return str(value)


class Framework(EstimatorBase):
    """A script-mode estimator: the framework's image runs `entry_point` (from `source_dir`).
    Subclasses name the framework (`_framework_name`) and its image."""

    _framework_name = None

    def __init__(self, entry_point, source_dir=None, hyperparameters=None, container_log_level=20,
                 code_location=None, image_uri=None, dependencies=None, enable_network_isolation=None,
                 git_config=None, checkpoint_s3_uri=None, checkpoint_local_path=None,
                 enable_sagemaker_metrics=None, **kwargs):
        EstimatorBase.__init__(self, source_dir=source_dir, entry_point=entry_point, dependencies=dependencies,
                               container_log_level=container_log_level, checkpoint_s3_uri=checkpoint_s3_uri,
                               checkpoint_local_path=checkpoint_local_path,
                               enable_sagemaker_metrics=enable_sagemaker_metrics,
                               enable_network_isolation=bool(enable_network_isolation), **kwargs)
        if _jobs.is_local(entry_point) is False and source_dir is None:
            raise ValueError("Invalid entry point script: " + entry_point + ". Must be a path to a local file.")
        self.image_uri = image_uri
        self._hyperparameters = dict(hyperparameters) if hyperparameters else {}

    def set_hyperparameters(self, **kwargs):
        for key, value in kwargs.items():
            self._hyperparameters[key] = value

    def hyperparameters(self):
        return {k: _json_string(v) for k, v in self._hyperparameters.items()}

    def training_image_uri(self):
        if self.image_uri is not None:
            return self.image_uri
        return self._image(self.sagemaker_session.boto_region_name, self.framework_version, self.py_version,
                           self.instance_type)

    def _code_hash_paths(self):
        if self.source_dir and _jobs.is_local(self.source_dir):
            return [self.source_dir] + self.dependencies
        return [self.entry_point] + self.dependencies

    def _hyperparameters_for(self, context):
        uri = _jobs.upload_source_archive(self.sagemaker_session, context, self._code_hash_paths(),
                                          self.entry_point, self.source_dir, self.dependencies)
        hyperparameters = self.hyperparameters()
        hyperparameters["sagemaker_submit_directory"] = json.dumps(uri)
        hyperparameters["sagemaker_program"] = json.dumps(os.path.basename(self.entry_point))
        hyperparameters["sagemaker_container_log_level"] = json.dumps(self.container_log_level)
        hyperparameters["sagemaker_region"] = json.dumps(self.sagemaker_session.boto_region_name)
        return hyperparameters


def _json_string(value):
    if isinstance(value, PipelineVariable):
        return value.to_string()
    return json.dumps(value)
