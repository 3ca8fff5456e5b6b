"""The sagemaker client's calls on the model registry and models, over the local store.

Each call sends its keyword arguments, as the AWS request, to the engine, which answers in the
AWS response shape; list calls page here (MaxResults, NextToken) over every match."""
import datetime
import json

from botocore._local import call, page, with_datetimes
from botocore.exceptions import ParamValidationError
from sagemaker import _engine

# The required request members of each call, from the service model: botocore checks them
# before sending, so a missing one is a ParamValidationError, not a service error.
_REQUIRED = {
    "CreateModelPackageGroup": ("ModelPackageGroupName",),
    "DescribeModelPackageGroup": ("ModelPackageGroupName",),
    "DeleteModelPackageGroup": ("ModelPackageGroupName",),
    "DescribeModelPackage": ("ModelPackageName",),
    "UpdateModelPackage": ("ModelPackageArn",),
    "DeleteModelPackage": ("ModelPackageName",),
    "CreateModel": ("ModelName",),
    "DescribeModel": ("ModelName",),
    "DeleteModel": ("ModelName",),
}

_TIME_FILTERS = ("CreationTimeAfter", "CreationTimeBefore")


def _registry(operation, request):
    missing = [name for name in _REQUIRED.get(operation, ()) if name not in request]
    if missing:
        raise ParamValidationError(report="\n".join('Missing required parameter in input: "' + m + '"' for m in missing))
    request = dict(request)
    for key in _TIME_FILTERS:
        if key in request:
            request[key] = _epoch(request[key])
    answer = call(operation, _engine.native().registry_call, operation, json.dumps(request))
    return with_datetimes(json.loads(answer))


def _epoch(value):
    """A timestamp argument as seconds since the epoch; naive datetimes are UTC, as botocore sends them."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return value.timestamp()
    return value


def _listed(operation, key, request):
    """A List* call: every match from the engine, then one page of it."""
    request = dict(request)
    max_results = request.pop("MaxResults", None)
    next_token = request.pop("NextToken", None)
    items = _registry(operation, request)[key]
    return page(items, key, max_results, next_token, operation)


class RegistryCalls:
    def create_model_package_group(self, **kwargs):
        return _registry("CreateModelPackageGroup", kwargs)

    def describe_model_package_group(self, **kwargs):
        return _registry("DescribeModelPackageGroup", kwargs)

    def list_model_package_groups(self, **kwargs):
        return _listed("ListModelPackageGroups", "ModelPackageGroupSummaryList", kwargs)

    def delete_model_package_group(self, **kwargs):
        return _registry("DeleteModelPackageGroup", kwargs)

    def create_model_package(self, **kwargs):
        return _registry("CreateModelPackage", kwargs)

    def describe_model_package(self, **kwargs):
        return _registry("DescribeModelPackage", kwargs)

    def list_model_packages(self, **kwargs):
        return _listed("ListModelPackages", "ModelPackageSummaryList", kwargs)

    def update_model_package(self, **kwargs):
        return _registry("UpdateModelPackage", kwargs)

    def delete_model_package(self, **kwargs):
        return _registry("DeleteModelPackage", kwargs)

    def create_model(self, **kwargs):
        return _registry("CreateModel", kwargs)

    def describe_model(self, **kwargs):
        return _registry("DescribeModel", kwargs)

    def list_models(self, **kwargs):
        return _listed("ListModels", "Models", kwargs)

    def delete_model(self, **kwargs):
        return _registry("DeleteModel", kwargs)
