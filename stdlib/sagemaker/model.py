"""Model and FrameworkModel: model.create() and model.register() as recorded requests for ModelStep."""
import os

from sagemaker import _engine, _jobs
from sagemaker.s3 import parse_s3_url
from sagemaker.session import Session
from sagemaker.workflow.entities import PipelineVariable
from sagemaker.workflow.pipeline_context import StepArguments, is_pipeline_session, runs_outside_pipeline


class Model:
    """A model for CreateModel and CreateModelPackage. With an `entry_point` its inference code
    goes along as the SDK sends it: uploaded as `<name>/sourcedir.tar.gz`, or (with a source_dir,
    or a framework model with network isolation, when model_data is a pipeline variable)
    repacked into model.tar.gz under `code/` by a `_RepackModel` training step that ModelStep
    adds before the create or register step."""

    _framework_name = None

    def __init__(self, image_uri=None, model_data=None, role=None, predictor_cls=None, env=None, name=None,
                 vpc_config=None, sagemaker_session=None, enable_network_isolation=None, model_kms_key=None,
                 image_config=None, source_dir=None, code_location=None, entry_point=None, container_log_level=20,
                 dependencies=None, git_config=None, resources=None, model_reference_arn=None):
        if git_config is not None:
            raise NotImplementedError("Pipebook does not support models whose code comes from git_config")
        self.image_uri = image_uri
        self.model_data = model_data
        self.role = role
        self.env = env or {}
        self.name = name
        self.vpc_config = vpc_config
        self.sagemaker_session = sagemaker_session or Session()
        self._network_isolation = enable_network_isolation
        self.model_kms_key = model_kms_key
        self.source_dir = source_dir
        self.entry_point = entry_point
        self.dependencies = dependencies or []
        self.container_log_level = container_log_level
        self.bucket = None
        self.key_prefix = None
        if code_location is not None:
            self.bucket, self.key_prefix = parse_s3_url(code_location)

    def enable_network_isolation(self):
        return bool(self._network_isolation)

    def _framework(self):
        return self._framework_name

    def is_repack(self):
        """Whether the code is repacked into model.tar.gz (a base Model: entry_point and source_dir)."""
        return bool(self.source_dir and self.entry_point)

    def _serving_image(self, instance_type):
        return self.image_uri

    def _container(self, model_data, instance_type=None):
        """The container definition as the SDK's prepare_container_def makes it; with an
        entry_point this uploads the code (once per call, as the SDK does when the step
        arguments are made) and may mark the model for a runtime repack."""
        image = self._serving_image(instance_type)
        env = dict(self.env)
        self._runtime_repack_output = None
        if self.source_dir or self.dependencies or self.entry_point:
            env.update(self._code_environment(image, model_data))
        return {"Image": image, "Environment": env} if model_data is None else \
            {"Image": image, "Environment": env, "ModelDataUrl": model_data}

    def _code_environment(self, image, model_data):
        bucket = self.bucket or self.sagemaker_session.default_bucket()
        key_prefix = _s3_join(self.key_prefix or "", self.name or _jobs.job_name(_jobs.base_name_from_image(image)))
        repack = self.is_repack()
        script_name = self.env.get("SAGEMAKER_PROGRAM", "")
        directory = self.env.get("SAGEMAKER_SUBMIT_DIRECTORY", "")
        uploaded = False
        if self.entry_point is not None and not repack:
            uri = "s3://" + bucket + "/" + key_prefix + "/sourcedir.tar.gz"
            entries = []
            if self.source_dir is not None and _jobs.is_local(self.source_dir):
                entries.append(["", _jobs.local_path(self.source_dir)])
            else:
                entries.append([os.path.basename(self.entry_point), _jobs.local_path(self.entry_point)])
            for dependency in self.dependencies:
                entries.append([os.path.basename(dependency.rstrip("/")), _jobs.local_path(dependency)])
            _engine.s3_put_archive(entries, uri)
            script_name = os.path.basename(self.entry_point)
            directory = "/opt/ml/model/code" if self.enable_network_isolation() else uri
            uploaded = True
        if repack and model_data is not None and self.entry_point is not None:
            if not isinstance(model_data, PipelineVariable):
                raise NotImplementedError(
                    "Pipebook does not repack an existing model.tar.gz (" + str(model_data) + ") while the "
                    "pipeline is built: give the model_data as a step property (for example "
                    "step_train.properties.ModelArtifacts.S3ModelArtifacts), so that ModelStep adds the "
                    "repack step")
            if not is_pipeline_session(self.sagemaker_session):
                raise runs_outside_pipeline("model repack")
            self._runtime_repack_output = "s3://" + bucket + "/" + key_prefix
            script_name = os.path.basename(self.entry_point)
            directory = "/opt/ml/model/code"
            uploaded = True
        if not uploaded and self.entry_point is not None:
            script_name = self.entry_point
            if self.source_dir is not None:
                directory = self.source_dir if self.source_dir.startswith("s3://") else "file://" + self.source_dir
        return {"SAGEMAKER_PROGRAM": script_name, "SAGEMAKER_SUBMIT_DIRECTORY": directory,
                "SAGEMAKER_CONTAINER_LOG_LEVEL": str(self.container_log_level),
                "SAGEMAKER_REGION": self.sagemaker_session.boto_region_name}

    def _create_arguments(self, inputs=None, instance_type=None):
        container = self._container(self.model_data, instance_type)
        arguments = None

        def build(context):
            primary = dict(container)
            if arguments.repacked_model_data is not None:
                primary["ModelDataUrl"] = arguments.repacked_model_data
            request = {"ModelName": self.name or context.step_name, "ExecutionRoleArn": self.role,
                       "PrimaryContainer": primary}
            if self.vpc_config is not None:
                request["VpcConfig"] = self.vpc_config
            if self.enable_network_isolation():
                request["EnableNetworkIsolation"] = True
            return request

        arguments = self._model_arguments("create", build)
        return arguments

    def _model_arguments(self, caller, build):
        arguments = StepArguments(caller, build)
        arguments.model = self
        arguments.runtime_repack_output = self._runtime_repack_output
        arguments.repacked_model_data = None
        return arguments

    def create(self, instance_type=None, accelerator_type=None, serverless_inference_config=None, tags=None,
               accept_eula=None, model_reference_arn=None):
        """Under a PipelineSession: the CreateModel request, for ModelStep(step_args=...)."""
        if not is_pipeline_session(self.sagemaker_session):
            raise runs_outside_pipeline("model creation")
        return self._create_arguments(instance_type=instance_type)

    def register(self, content_types=None, response_types=None, inference_instances=None, transform_instances=None,
                 model_package_name=None, model_package_group_name=None, image_uri=None, model_metrics=None,
                 metadata_properties=None, marketplace_cert=False, approval_status=None, description=None,
                 drift_check_baselines=None, customer_metadata_properties=None, validation_specification=None,
                 domain=None, task=None, sample_payload_url=None, framework=None, framework_version=None,
                 nearest_model_name=None, data_input_configuration=None, skip_model_validation=None,
                 source_uri=None, model_card=None, model_life_cycle=None, accept_eula=None,
                 model_type=None):
        """Under a PipelineSession: the CreateModelPackage request, for ModelStep(step_args=...)."""
        if not is_pipeline_session(self.sagemaker_session):
            raise runs_outside_pipeline("model registration")
        if image_uri is not None:
            self.image_uri = image_uri
        instance_type = inference_instances[0] if inference_instances else None
        container = self._container(self.model_data, instance_type)
        framework = framework or self._framework()
        if framework is not None:
            container["Framework"] = framework.upper() if isinstance(framework, str) else framework
        if framework_version is not None:
            container["FrameworkVersion"] = framework_version
        arguments = None

        def build(context):
            containers = [dict(container)]
            if arguments.repacked_model_data is not None:
                containers[0]["ModelDataUrl"] = arguments.repacked_model_data
            return register_request(
                containers=containers, content_types=content_types, response_types=response_types,
                inference_instances=inference_instances, transform_instances=transform_instances,
                model_package_name=model_package_name, model_package_group_name=model_package_group_name,
                model_metrics=model_metrics, marketplace_cert=marketplace_cert, approval_status=approval_status,
                description=description, customer_metadata_properties=customer_metadata_properties, domain=domain,
                task=task, sample_payload_url=sample_payload_url, skip_model_validation=skip_model_validation,
                source_uri=source_uri)

        arguments = self._model_arguments("register", build)
        return arguments


class FrameworkModel(Model):
    """A framework's serving container running `entry_point`: its code is uploaded as
    sourcedir.tar.gz, or repacked into model.tar.gz when network isolation is on."""

    def __init__(self, model_data, image_uri, role, entry_point, source_dir=None, predictor_cls=None, env=None,
                 name=None, container_log_level=20, code_location=None, sagemaker_session=None,
                 dependencies=None, git_config=None, **kwargs):
        Model.__init__(self, image_uri=image_uri, model_data=model_data, role=role, env=env, name=name,
                       source_dir=source_dir, entry_point=entry_point, container_log_level=container_log_level,
                       code_location=code_location, sagemaker_session=sagemaker_session,
                       dependencies=dependencies, git_config=git_config, **kwargs)

    def is_repack(self):
        return self.enable_network_isolation()

    def _serving_image(self, instance_type):
        if self.image_uri:
            return self.image_uri
        return self.serving_image_uri(self.sagemaker_session.boto_region_name, instance_type)


def _s3_join(*parts):
    return "/".join(p.strip("/") for p in parts if p)


def register_request(containers, content_types=None, response_types=None, inference_instances=None,
                     transform_instances=None, model_package_name=None, model_package_group_name=None,
                     model_metrics=None, marketplace_cert=False, approval_status=None, description=None,
                     customer_metadata_properties=None, domain=None, task=None, sample_payload_url=None,
                     skip_model_validation=None, source_uri=None):
    """The CreateModelPackage request, keys in the SDK's order."""
    request = {}
    if model_package_name is not None:
        request["ModelPackageName"] = model_package_name
    if model_package_group_name is not None:
        request["ModelPackageGroupName"] = model_package_group_name
    if description is not None:
        request["ModelPackageDescription"] = description
    if model_metrics:
        request["ModelMetrics"] = model_metrics._to_request_dict()
    if customer_metadata_properties is not None:
        request["CustomerMetadataProperties"] = customer_metadata_properties
    if domain is not None:
        request["Domain"] = domain
    if sample_payload_url is not None:
        request["SamplePayloadUrl"] = sample_payload_url
    if task is not None:
        request["Task"] = task
    if source_uri is not None:
        request["SourceUri"] = source_uri
    specification = {"Containers": containers}
    if content_types is not None:
        specification["SupportedContentTypes"] = content_types
    if response_types is not None:
        specification["SupportedResponseMIMETypes"] = response_types
    if inference_instances is not None:
        specification["SupportedRealtimeInferenceInstanceTypes"] = inference_instances
    if transform_instances is not None:
        specification["SupportedTransformInstanceTypes"] = transform_instances
    request["InferenceSpecification"] = specification
    request["CertifyForMarketplace"] = marketplace_cert
    request["ModelApprovalStatus"] = approval_status or "PendingManualApproval"
    request["SkipModelValidation"] = skip_model_validation or "None"
    return request


class ModelPackage(Model):
    """A registered model package version (`model_package_arn`), for its approval and
    metadata calls, which go to the sagemaker client's update_model_package as the SDK's do."""

    def __init__(self, role=None, model_data=None, algorithm_arn=None, model_package_arn=None, **kwargs):
        Model.__init__(self, role=role, model_data=model_data, image_uri=None, **kwargs)
        if model_package_arn and algorithm_arn:
            raise ValueError(
                "model_package_arn and algorithm_arn are mutually exclusive."
                "Both were provided: model_package_arn: %s algorithm_arn: %s" % (model_package_arn, algorithm_arn)
            )
        if model_package_arn is None and algorithm_arn is None:
            raise ValueError("either model_package_arn or algorithm_arn is required. None was provided.")
        if algorithm_arn is not None:
            raise NotImplementedError("Pipebook has no algorithms to make model packages from: pass model_package_arn")
        self.algorithm_arn = None
        self.model_package_arn = model_package_arn

    def _update(self, **request):
        self.sagemaker_session.sagemaker_client.update_model_package(ModelPackageArn=self.model_package_arn, **request)

    def update_approval_status(self, approval_status, approval_description=None):
        if self.model_package_arn is None:
            raise ValueError("model_package_arn is required to update the status.")
        request = {"ModelApprovalStatus": approval_status}
        if approval_description is not None:
            request["ApprovalDescription"] = approval_description
        self._update(**request)

    def update_customer_metadata(self, customer_metadata_properties):
        self._update(CustomerMetadataProperties=customer_metadata_properties)

    def remove_customer_metadata_properties(self, customer_metadata_properties_to_remove):
        self._update(CustomerMetadataPropertiesToRemove=customer_metadata_properties_to_remove)

    def update_source_uri(self, source_uri):
        self._update(SourceUri=source_uri)

    def update_inference_specification(self, containers=None, image_uris=None, content_types=None, response_types=None,
                                       inference_instances=None, transform_instances=None):
        if (containers is not None) ^ (image_uris is None):
            raise ValueError("Should have either containers or image_uris for inference.")
        specification = {"Containers": containers if image_uris is None else [{"Image": uri} for uri in image_uris]}
        for key, value in (("SupportedContentTypes", content_types), ("SupportedResponseMIMETypes", response_types),
                           ("SupportedRealtimeInferenceInstanceTypes", inference_instances),
                           ("SupportedTransformInstanceTypes", transform_instances)):
            if value is not None:
                specification[key] = value
        self._update(InferenceSpecification=specification)
