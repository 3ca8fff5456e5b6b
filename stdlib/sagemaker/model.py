"""Model: model.create() and model.register() as recorded requests for ModelStep."""
from sagemaker.session import Session
from sagemaker.workflow.pipeline_context import StepArguments, is_pipeline_session, runs_outside_pipeline


class Model:
    def __init__(self, image_uri=None, model_data=None, role=None, predictor_cls=None, env=None, name=None,
                 vpc_config=None, sagemaker_session=None, enable_network_isolation=None, model_kms_key=None,
                 image_config=None, source_dir=None, code_location=None, entry_point=None, container_log_level=20,
                 dependencies=None, git_config=None, resources=None, model_reference_arn=None):
        if entry_point is not None:
            raise NotImplementedError("Pipebook does not support models with an entry_point (repacking) yet")
        self.image_uri = image_uri
        self.model_data = model_data
        self.role = role
        self.env = env or {}
        self.name = name
        self.vpc_config = vpc_config
        self.sagemaker_session = sagemaker_session or Session()
        self.enable_network_isolation = enable_network_isolation

    def _container(self, model_data):
        container = {"Image": self.image_uri, "Environment": self.env}
        if model_data is not None:
            container["ModelDataUrl"] = model_data
        return container

    def _create_arguments(self, inputs=None):
        def build(context):
            request = {"ModelName": self.name or context.step_name, "ExecutionRoleArn": self.role,
                       "PrimaryContainer": self._container(self.model_data)}
            if self.vpc_config is not None:
                request["VpcConfig"] = self.vpc_config
            if self.enable_network_isolation:
                request["EnableNetworkIsolation"] = True
            return request

        return StepArguments("create", build)

    def create(self, instance_type=None, accelerator_type=None, serverless_inference_config=None, tags=None,
               accept_eula=None, model_reference_arn=None):
        """Under a PipelineSession: the CreateModel request, for ModelStep(step_args=...)."""
        if not is_pipeline_session(self.sagemaker_session):
            raise runs_outside_pipeline("model creation")
        return self._create_arguments()

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
        container = self._container(self.model_data)
        if image_uri is not None:
            container["Image"] = image_uri

        def build(context):
            return register_request(
                containers=[container], content_types=content_types, response_types=response_types,
                inference_instances=inference_instances, transform_instances=transform_instances,
                model_package_name=model_package_name, model_package_group_name=model_package_group_name,
                model_metrics=model_metrics, marketplace_cert=marketplace_cert, approval_status=approval_status,
                description=description, customer_metadata_properties=customer_metadata_properties, domain=domain,
                task=task, sample_payload_url=sample_payload_url, skip_model_validation=skip_model_validation,
                source_uri=source_uri)

        return StepArguments("register", build)


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
