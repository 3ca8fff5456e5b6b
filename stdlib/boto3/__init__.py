"""A local boto3: the SageMaker and S3 calls that workshop code and step scripts make, answered
by Pipebook's store and local S3 in the AWS shapes (dicts, datetime values, NextToken paging).
Any other service fails with a message that says so."""
import os

_CLIENTS = ("sagemaker", "s3")


class Session:
    """boto3.Session: only the region matters offline."""

    def __init__(self, aws_access_key_id=None, aws_secret_access_key=None, aws_session_token=None,
                 region_name=None, botocore_session=None, profile_name=None):
        self.region_name = region_name or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
        self.profile_name = profile_name or "default"

    def client(self, service_name, region_name=None, **kwargs):
        if service_name == "sagemaker":
            from boto3._sagemaker_client import SageMakerClient
            return SageMakerClient(region_name or self.region_name)
        if service_name == "s3":
            from boto3._s3 import S3Client
            return S3Client(region_name or self.region_name)
        raise NotImplementedError(
            "Pipebook's boto3 answers the " + " and ".join(repr(c) for c in _CLIENTS)
            + " clients locally; it has no '" + str(service_name) + "' client"
        )

    def resource(self, service_name, region_name=None, **kwargs):
        if service_name == "s3":
            from boto3._s3 import S3Resource
            return S3Resource(region_name or self.region_name)
        raise NotImplementedError("Pipebook's boto3 has only the 's3' resource; not '" + str(service_name) + "'")


_default_session = None


def _session():
    global _default_session
    if _default_session is None:
        _default_session = Session()
    return _default_session


def client(service_name, *args, **kwargs):
    return _session().client(service_name, *args, **kwargs)


def resource(service_name, *args, **kwargs):
    return _session().resource(service_name, *args, **kwargs)
