"""boto3.client("s3") and boto3.resource("s3"), over the workspace's local S3."""


class S3Client:
    def __init__(self, region_name):
        self.region_name = region_name


class S3Resource:
    def __init__(self, region_name):
        self.region_name = region_name
