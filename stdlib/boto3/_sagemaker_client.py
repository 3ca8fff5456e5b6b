"""boto3.client("sagemaker"): each group of calls lives in its own file."""
from boto3._sagemaker_jobs import JobCalls
from boto3._sagemaker_pipelines import PipelineCalls
from boto3._sagemaker_registry import RegistryCalls


class SageMakerClient(PipelineCalls, RegistryCalls, JobCalls):
    def __init__(self, region_name):
        self.region_name = region_name
        self.meta = _Meta(region_name)


class _Meta:
    def __init__(self, region_name):
        self.region_name = region_name
        self.service_model = None
