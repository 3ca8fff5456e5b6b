"""The sagemaker client's calls on the model registry and models, over the local store.

Each call sends its keyword arguments, as the AWS request, to the engine, which answers in the
AWS response shape; list calls page here (MaxResults, NextToken) over every match."""
import json

from botocore._local import call, page, respond, with_datetimes
from botocore._request import parameters
from sagemaker import _engine

_TIME_FILTERS = ("CreationTimeAfter", "CreationTimeBefore")


def _answer(operation, request):
    """The engine's answer to `request`, a dict of checked parameters (see botocore._request)."""
    request = dict(request)
    for key in _TIME_FILTERS:
        if key in request:
            request[key] = request[key].timestamp()
    return with_datetimes(json.loads(call(operation, _engine.native().registry_call, operation, json.dumps(request))))


def _registry(operation, method, args, kwargs):
    return respond(_answer(operation, parameters("sagemaker." + operation, method, args, kwargs)))


def _listed(operation, key, method, args, kwargs):
    """A List* call: every match from the engine, then one page of it."""
    request = parameters("sagemaker." + operation, method, args, kwargs)
    max_results = request.pop("MaxResults", None)
    next_token = request.pop("NextToken", None)
    items = _answer(operation, request)[key]
    return respond(page(items, key, max_results, next_token, operation))


class RegistryCalls:
    def create_model_package_group(self, *args, **kwargs):
        return _registry("CreateModelPackageGroup", "create_model_package_group", args, kwargs)

    def describe_model_package_group(self, *args, **kwargs):
        return _registry("DescribeModelPackageGroup", "describe_model_package_group", args, kwargs)

    def list_model_package_groups(self, *args, **kwargs):
        return _listed("ListModelPackageGroups", "ModelPackageGroupSummaryList", "list_model_package_groups", args, kwargs)

    def delete_model_package_group(self, *args, **kwargs):
        return _registry("DeleteModelPackageGroup", "delete_model_package_group", args, kwargs)

    def create_model_package(self, *args, **kwargs):
        return _registry("CreateModelPackage", "create_model_package", args, kwargs)

    def describe_model_package(self, *args, **kwargs):
        return _registry("DescribeModelPackage", "describe_model_package", args, kwargs)

    def list_model_packages(self, *args, **kwargs):
        return _listed("ListModelPackages", "ModelPackageSummaryList", "list_model_packages", args, kwargs)

    def update_model_package(self, *args, **kwargs):
        return _registry("UpdateModelPackage", "update_model_package", args, kwargs)

    def delete_model_package(self, *args, **kwargs):
        return _registry("DeleteModelPackage", "delete_model_package", args, kwargs)

    def create_model(self, *args, **kwargs):
        return _registry("CreateModel", "create_model", args, kwargs)

    def describe_model(self, *args, **kwargs):
        return _registry("DescribeModel", "describe_model", args, kwargs)

    def list_models(self, *args, **kwargs):
        return _listed("ListModels", "Models", "list_models", args, kwargs)

    def delete_model(self, *args, **kwargs):
        return _registry("DeleteModel", "delete_model", args, kwargs)
