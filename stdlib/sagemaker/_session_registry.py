"""sagemaker.Session's calls on the model registry and models, over the sagemaker client."""


class RegistrySessionCalls:
    """Mixed into Session; `self.sagemaker_client` answers the calls."""

    def create_model_package_from_containers(self, containers=None, content_types=None, response_types=None,
                                             inference_instances=None, transform_instances=None, model_package_name=None,
                                             model_package_group_name=None, model_metrics=None, metadata_properties=None,
                                             marketplace_cert=False, approval_status="PendingManualApproval",
                                             description=None, drift_check_baselines=None,
                                             customer_metadata_properties=None, validation_specification=None,
                                             domain=None, sample_payload_url=None, task=None, skip_model_validation="None",
                                             source_uri=None, model_card=None, model_life_cycle=None,
                                             model_package_registration_type=None):
        """CreateModelPackage, making the group first when it does not exist (as the SDK does)."""
        from sagemaker.model import register_request

        if model_package_name is not None and model_package_group_name is not None:
            raise ValueError("model_package_name and model_package_group_name cannot be present at the same time.")
        metrics_object = model_metrics if hasattr(model_metrics, "_to_request_dict") else None
        request = register_request(
            containers=containers, content_types=content_types, response_types=response_types,
            inference_instances=inference_instances, transform_instances=transform_instances,
            model_package_name=model_package_name, model_package_group_name=model_package_group_name,
            model_metrics=metrics_object, marketplace_cert=marketplace_cert, approval_status=approval_status,
            description=description, customer_metadata_properties=customer_metadata_properties, domain=domain,
            task=task, sample_payload_url=sample_payload_url, skip_model_validation=skip_model_validation,
            source_uri=source_uri)
        if containers is None:
            del request["InferenceSpecification"]
        for key, value in (("ModelMetrics", model_metrics if metrics_object is None else None),
                           ("DriftCheckBaselines", drift_check_baselines), ("MetadataProperties", metadata_properties),
                           ("ValidationSpecification", validation_specification), ("ModelCard", model_card),
                           ("ModelLifeCycle", model_life_cycle),
                           ("ModelPackageRegistrationType", model_package_registration_type)):
            if value:
                request[key] = value.__dict__ if hasattr(value, "__dict__") and not isinstance(value, dict) else value
        if model_package_group_name is not None and not model_package_group_name.startswith("arn:"):
            groups = self.sagemaker_client.list_model_package_groups(NameContains=model_package_group_name)
            if not any(g["ModelPackageGroupName"] == model_package_group_name
                       for g in groups["ModelPackageGroupSummaryList"]):
                self.sagemaker_client.create_model_package_group(ModelPackageGroupName=model_package_group_name)
        return self.sagemaker_client.create_model_package(**request)

    def wait_for_model_package(self, model_package_name, poll=5):
        """DescribeModelPackage: a local package is Completed as soon as it is created."""
        return self.sagemaker_client.describe_model_package(ModelPackageName=model_package_name)

    def describe_model(self, name):
        return self.sagemaker_client.describe_model(ModelName=name)

    def delete_model(self, model_name):
        self.sagemaker_client.delete_model(ModelName=model_name)

    def get_most_recently_created_approved_model_package(self, model_package_group_name):
        """The newest Approved version of a group as a ModelPackage, or None."""
        from sagemaker.model import ModelPackage

        found = self.sagemaker_client.list_model_packages(
            ModelPackageGroupName=model_package_group_name, ModelApprovalStatus="Approved",
            SortBy="CreationTime", SortOrder="Descending", MaxResults=1)["ModelPackageSummaryList"]
        if not found:
            return None
        return ModelPackage(model_package_arn=found[0]["ModelPackageArn"], sagemaker_session=self)
