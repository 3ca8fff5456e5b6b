"""sagemaker.Session: the region, the default bucket and uploads, over Pipebook's local S3."""
import os

from sagemaker import _engine
from sagemaker._session_registry import RegistrySessionCalls


class Session(RegistrySessionCalls):
    """The SDK's Session, answered locally: region us-east-1 unless AWS_DEFAULT_REGION says
    otherwise, account 000000000000, S3 in the workspace's s3/ folder."""

    def __init__(self, boto_session=None, sagemaker_client=None, sagemaker_runtime_client=None,
                 default_bucket=None, default_bucket_prefix=None, **kwargs):
        region = getattr(boto_session, "region_name", None) if boto_session is not None else None
        self.boto_session = boto_session
        self.boto_region_name = region or _engine.workspace()["region"]
        self._default_bucket_name_override = default_bucket
        self._default_bucket = None
        self.default_bucket_prefix = default_bucket_prefix
        self.local_mode = False
        self._sagemaker_client = sagemaker_client

    @property
    def sagemaker_client(self):
        """The boto3 sagemaker client given to the Session, else the local one (made on first use)."""
        if self._sagemaker_client is None:
            import boto3
            self._sagemaker_client = boto3.client("sagemaker", region_name=self.boto_region_name)
        return self._sagemaker_client

    def default_bucket(self):
        """The bucket given to the Session, else sagemaker-<region>-000000000000; it exists."""
        if self._default_bucket is None:
            name = self._default_bucket_name_override or (
                "sagemaker-" + self.boto_region_name + "-" + _engine.workspace()["account"]
            )
            _engine.s3_create_bucket(name)
            self._default_bucket = name
        return self._default_bucket

    def account_id(self):
        return _engine.workspace()["account"]

    def get_caller_identity_arn(self):
        return _engine.workspace()["role"]

    def upload_data(self, path, bucket=None, key_prefix="data", callback=None, extra_args=None):
        """Uploads a file or a folder; returns s3://bucket/key_prefix[/file name] as the SDK does."""
        bucket = bucket or self.default_bucket()
        prefix = key_prefix.strip("/")
        if os.path.isdir(path):
            _engine.s3_upload(path, "s3://" + bucket + "/" + prefix)
            return "s3://" + bucket + "/" + prefix
        key = (prefix + "/" if prefix else "") + os.path.basename(path)
        _engine.s3_upload(path, "s3://" + bucket + "/" + key)
        return "s3://" + bucket + "/" + key

    def upload_string_as_file_body(self, body, bucket, key, kms_key=None):
        _engine.s3_put_text(body, "s3://" + bucket + "/" + key)
        return "s3://" + bucket + "/" + key

    def read_s3_file(self, bucket, key_prefix):
        return _engine.s3_read("s3://" + bucket + "/" + key_prefix)

    def list_s3_files(self, bucket, key_prefix):
        start = len("s3://" + bucket + "/")
        return [uri[start:] for uri in _engine.s3_list("s3://" + bucket + "/" + key_prefix)]


def get_execution_role(sagemaker_session=None, use_default=False):
    """arn:aws:iam::000000000000:role/SageMakerRole."""
    return _engine.workspace()["role"]
