"""Step collections: several steps under one name. RegisterModel registers a model package."""
from sagemaker.workflow.steps import ConfigurableRetryStep, _without


class StepCollection:
    """A named group of steps; its properties are those of its last step."""

    def __init__(self, name, steps, depends_on=None):
        self.name = name
        self.steps = steps
        self.depends_on = depends_on

    @property
    def properties(self):
        return self.steps[-1].properties

    def request_dicts(self):
        return [s.to_request() for s in self.steps]


class _RegisterModelStep(ConfigurableRetryStep):
    """Creates a model package from a recorded model.register() request."""

    def __init__(self, name, step_args, depends_on=None, retry_policies=None, display_name=None, description=None):
        ConfigurableRetryStep.__init__(self, name, "RegisterModel", display_name, description, depends_on,
                                       retry_policies)
        self.step_args = step_args

    @property
    def arguments(self):
        from sagemaker.workflow.pipeline_context import current_pipeline

        request = self.step_args.request(self.name)
        request = _without(request, "CertifyForMarketplace")
        pipeline = current_pipeline()
        if pipeline is not None and pipeline._uses_custom_job_prefix():
            return request
        return _without(request, "ModelPackageName")


class RegisterModel(StepCollection):
    """The older way to register: from an estimator (or a model) and model_data."""

    def __init__(self, name, content_types, response_types, inference_instances=None, transform_instances=None,
                 estimator=None, model_data=None, depends_on=None, repack_model_step_retry_policies=None,
                 register_model_step_retry_policies=None, model_package_group_name=None, model_metrics=None,
                 approval_status=None, image_uri=None, compile_model_family=None, display_name=None,
                 description=None, tags=None, model=None, drift_check_baselines=None,
                 customer_metadata_properties=None, domain=None, sample_payload_url=None, task=None,
                 framework=None, framework_version=None, nearest_model_name=None, data_input_configuration=None,
                 skip_model_validation=None, source_uri=None, model_card=None, model_life_cycle=None, **kwargs):
        from sagemaker.model import register_request
        from sagemaker.workflow.pipeline_context import StepArguments

        if model is not None:
            image = image_uri or model.image_uri
            container = model._container(model_data if model_data is not None else model.model_data)
            if model._runtime_repack_output is not None:
                raise NotImplementedError(
                    "Pipebook does not add the repack step to RegisterModel: register a model with an "
                    "entry_point through ModelStep(step_args=model.register(...))")
        else:
            image = image_uri or estimator.training_image_uri()
            container = {"Image": image, "ModelDataUrl": model_data}
        container["Image"] = image

        def build(context):
            return register_request(
                containers=[container], content_types=content_types, response_types=response_types,
                inference_instances=inference_instances, transform_instances=transform_instances,
                model_package_group_name=model_package_group_name, model_metrics=model_metrics,
                approval_status=approval_status, description=description, domain=domain, task=task,
                sample_payload_url=sample_payload_url, customer_metadata_properties=customer_metadata_properties,
                skip_model_validation=skip_model_validation)

        step = _RegisterModelStep(name + "-RegisterModel", StepArguments("register", build), depends_on=depends_on,
                                  retry_policies=register_model_step_retry_policies, display_name=display_name,
                                  description=description)
        StepCollection.__init__(self, name, [step], depends_on)
