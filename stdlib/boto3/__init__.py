"""A stand-in for boto3, enough for workshop code that makes a Session to hand to sagemaker.

Pipebook answers AWS locally, so there is no client to make: `client()` says so."""
import os


class Session:
    """boto3.Session: only the region matters offline."""

    def __init__(self, region_name=None, **kwargs):
        self.region_name = region_name or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"

    def client(self, service_name, *args, **kwargs):
        raise NotImplementedError(
            f"Pipebook does not support boto3 clients ('{service_name}'): use the sagemaker API instead"
        )


def client(service_name, *args, **kwargs):
    return Session().client(service_name)
