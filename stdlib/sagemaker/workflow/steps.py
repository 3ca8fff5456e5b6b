"""Steps: the Step base, CacheConfig, and the job steps (Processing, Training, Transform,
Tuning, CreateModel)."""
from sagemaker.workflow.entities import Entity
from sagemaker.workflow.properties import step_properties
from sagemaker.workflow.serialize import referenced_steps


class StepTypeEnum:
    CONDITION = "Condition"
    CREATE_MODEL = "Model"
    PROCESSING = "Processing"
    REGISTER_MODEL = "RegisterModel"
    TRAINING = "Training"
    TRANSFORM = "Transform"
    CALLBACK = "Callback"
    TUNING = "Tuning"
    LAMBDA = "Lambda"
    FAIL = "Fail"


class CacheConfig:
    """Reuse a previous run's result for `expire_after` (an ISO 8601 duration)."""

    def __init__(self, enable_caching=False, expire_after=None):
        self.enable_caching = enable_caching
        self.expire_after = expire_after

    @property
    def config(self):
        config = {"Enabled": self.enable_caching}
        if self.expire_after is not None:
            config["ExpireAfter"] = self.expire_after
        return {"CacheConfig": config}


class Step(Entity):
    """A named step of a type, with explicit dependencies."""

    def __init__(self, name, display_name=None, description=None, step_type=None, depends_on=None):
        self.name = name
        self.display_name = display_name
        self.description = description
        self.step_type = step_type
        self._depends_on = list(depends_on) if depends_on else None
        self._properties = None

    @property
    def arguments(self):
        raise NotImplementedError

    @property
    def properties(self):
        if self._properties is None:
            self._properties = step_properties(self, self.step_type)
        return self._properties

    @property
    def depends_on(self):
        return self._depends_on

    @depends_on.setter
    def depends_on(self, value):
        self._depends_on = list(value) if value else None

    def add_depends_on(self, step_names):
        if step_names:
            self._depends_on = (self._depends_on or []) + list(step_names)

    def _depends_on_names(self):
        return [dependency_name(d) for d in (self._depends_on or [])]

    def _dependency_objects(self):
        """Steps named as objects in depends_on (pulled into the definition like properties)."""
        return [d for d in (self._depends_on or []) if not isinstance(d, str)]

    def to_request(self):
        request = {"Name": self.name, "Type": self.step_type, "Arguments": self.arguments}
        if self._depends_on:
            request["DependsOn"] = self._depends_on_names()
        if self.display_name:
            request["DisplayName"] = self.display_name
        if self.description:
            request["Description"] = self.description
        return request

    def _referenced_steps(self):
        return referenced_steps(self.arguments)

    def __repr__(self):
        return type(self).__name__ + "(name=" + repr(self.name) + ", step_type=" + repr(self.step_type) + ")"


def dependency_name(dependency):
    """The step name a depends_on entry stands for: a collection stands for its last step."""
    if isinstance(dependency, str):
        return dependency
    if hasattr(dependency, "steps"):
        return dependency.steps[-1].name
    return dependency.name


class ConfigurableRetryStep(Step):
    """A step that takes retry policies."""

    def __init__(self, name, step_type, display_name=None, description=None, depends_on=None, retry_policies=None):
        Step.__init__(self, name, display_name, description, step_type, depends_on)
        self.retry_policies = list(retry_policies) if retry_policies else []

    def to_request(self):
        request = Step.to_request(self)
        if self.retry_policies:
            request["RetryPolicies"] = [p.to_request() for p in self.retry_policies]
        return request


def _check_step_args(step_args, callers, message):
    if step_args.caller not in callers:
        raise ValueError(message)


def _job_arguments(step_args, source, source_name, callers, message, make):
    """The job request of a step given either `step_args` (checked to come from one of `callers`)
    or, in the older form, the `source` object (a processor, estimator, ...) whose request
    `make()` builds."""
    if (step_args is None) == (source is None):
        raise ValueError("Either step_args or " + source_name + " need to be given.")
    if step_args is None:
        return make()
    _check_step_args(step_args, callers, message)
    return step_args


def _without(request, *keys):
    """The request without job-name fields: the service names each run's jobs itself."""
    return {k: v for k, v in request.items() if k not in keys}


class _JobStep(ConfigurableRetryStep):
    """A step whose arguments are a recorded job request, with a cache config."""

    _job_name_key = None

    def __init__(self, name, step_type, step_args, display_name, description, cache_config, depends_on,
                 retry_policies):
        ConfigurableRetryStep.__init__(self, name, step_type, display_name, description, depends_on, retry_policies)
        self.step_args = step_args
        self.cache_config = cache_config

    @property
    def arguments(self):
        request = self.step_args.request(self.name)
        from sagemaker.workflow.pipeline_context import current_pipeline

        pipeline = current_pipeline()
        if pipeline is not None and pipeline._uses_custom_job_prefix():
            return request
        return _without(request, self._job_name_key)

    def to_request(self):
        request = ConfigurableRetryStep.to_request(self)
        if self.cache_config:
            request.update(self.cache_config.config)
        return request


class ProcessingStep(_JobStep):
    """A processing job: `step_args=processor.run(...)`, or the older processor= form."""

    _job_name_key = "ProcessingJobName"

    def __init__(self, name, step_args=None, processor=None, display_name=None, description=None, inputs=None,
                 outputs=None, job_arguments=None, code=None, property_files=None, cache_config=None,
                 depends_on=None, retry_policies=None, kms_key=None):
        # The SDK words this case apart for ProcessingStep only.
        if step_args is not None and processor is not None:
            raise ValueError("Either step_args or processor need to be given, but not both.")
        step_args = _job_arguments(step_args, processor, "processor", ("run",),
                                   "The step_args of ProcessingStep must be obtained from processor.run()",
                                   lambda: processor._step_arguments(inputs=inputs, outputs=outputs,
                                                                     arguments=job_arguments, code=code,
                                                                     kms_key=kms_key))
        _JobStep.__init__(self, name, "Processing", step_args, display_name, description, cache_config,
                          depends_on, retry_policies)
        self.property_files = property_files or []

    def to_request(self):
        request = _JobStep.to_request(self)
        if self.property_files:
            request["PropertyFiles"] = [f.expr for f in self.property_files]
        return request


class TrainingStep(_JobStep):
    """A training job: `step_args=estimator.fit(...)`, or the older estimator= form."""

    _job_name_key = "TrainingJobName"

    def __init__(self, name, step_args=None, estimator=None, display_name=None, description=None, inputs=None,
                 cache_config=None, depends_on=None, retry_policies=None):
        step_args = _job_arguments(step_args, estimator, "estimator", ("fit",),
                                   "The step_args of TrainingStep must be obtained from estimator.fit()",
                                   lambda: estimator._step_arguments(inputs))
        _JobStep.__init__(self, name, "Training", step_args, display_name, description, cache_config,
                          depends_on, retry_policies)


class TransformStep(_JobStep):
    """A batch transform job: `step_args=transformer.transform(...)`, or transformer= with inputs."""

    _job_name_key = "TransformJobName"

    def __init__(self, name, step_args=None, transformer=None, inputs=None, display_name=None, description=None,
                 cache_config=None, depends_on=None, retry_policies=None):
        step_args = _job_arguments(step_args, transformer, "transformer", ("transform",),
                                   "The step_args of TransformStep must be obtained from transformer.transform()",
                                   lambda: transformer._step_arguments(inputs))
        _JobStep.__init__(self, name, "Transform", step_args, display_name, description, cache_config,
                          depends_on, retry_policies)


class TuningStep(_JobStep):
    """A hyperparameter tuning job: `step_args=tuner.fit(...)`, or the older tuner= form."""

    _job_name_key = "HyperParameterTuningJobName"

    def __init__(self, name, step_args=None, tuner=None, display_name=None, description=None, inputs=None,
                 job_arguments=None, cache_config=None, depends_on=None, retry_policies=None):
        step_args = _job_arguments(step_args, tuner, "tuner", ("fit",),
                                   "The step_args of TuningStep must be obtained from tuner.fit()",
                                   lambda: tuner._step_arguments(inputs))
        _JobStep.__init__(self, name, "Tuning", step_args, display_name, description, cache_config,
                          depends_on, retry_policies)

    def get_top_model_s3_uri(self, top_k, s3_bucket, prefix=""):
        """The S3 URI of the model of the top_k-th best training job."""
        from sagemaker.workflow.functions import Join

        values = ["s3:/", s3_bucket]
        if prefix != "" and prefix is not None:
            values.append(prefix)
        values += [self.properties.TrainingJobSummaries[top_k].TrainingJobName, "output/model.tar.gz"]
        return Join(on="/", values=values)


class CreateModelStep(ConfigurableRetryStep):
    """Creates a SageMaker model: `step_args=model.create(...)`, or model= with inputs."""

    def __init__(self, name, step_args=None, model=None, inputs=None, depends_on=None, retry_policies=None,
                 display_name=None, description=None):
        ConfigurableRetryStep.__init__(self, name, "Model", display_name, description, depends_on, retry_policies)
        if (step_args is None) == (model is None):
            raise ValueError("Either of them should be provided: step_args or model")
        self.step_args = step_args if step_args is not None else model._create_arguments(inputs)

    @property
    def arguments(self):
        from sagemaker.workflow.pipeline_context import current_pipeline

        request = self.step_args.request(self.name)
        pipeline = current_pipeline()
        if pipeline is not None and pipeline._uses_custom_job_prefix():
            return request
        return _without(request, "ModelName")
