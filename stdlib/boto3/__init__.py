"""A stand-in for boto3, enough for workshop code that makes a Session to hand to sagemaker,
and a `sagemaker` client for the calls about pipeline executions (callback steps answer
through `send_pipeline_execution_step_success`/`_failure`). Pipebook answers AWS locally."""
import os


class Session:
    """boto3.Session: only the region matters offline."""

    def __init__(self, region_name=None, **kwargs):
        self.region_name = region_name or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"

    def client(self, service_name, *args, **kwargs):
        if service_name == "sagemaker":
            from boto3._sagemaker_client import SageMakerClient
            return SageMakerClient()
        raise NotImplementedError(
            f"Pipebook does not support boto3 clients ('{service_name}'): use the sagemaker API instead"
        )


def client(service_name, *args, **kwargs):
    return Session().client(service_name)
