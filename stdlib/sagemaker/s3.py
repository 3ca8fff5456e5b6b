"""S3Uploader and S3Downloader over the local S3."""
import os

from sagemaker import _engine


def parse_s3_url(url):
    """('bucket', 'key') of s3://bucket/key."""
    if not url.startswith("s3://"):
        raise ValueError("Expecting 's3' scheme, got: " + url.split(":")[0] + " in " + url + ".")
    rest = url[5:]
    bucket, _, key = rest.partition("/")
    return bucket, key


def s3_path_join(*args, with_end_slash=False):
    """Joins S3 path parts with single slashes, as the SDK does."""
    parts = [str(a).strip("/") if i else str(a).rstrip("/") for i, a in enumerate(args) if a]
    path = "/".join(p for p in parts if p)
    if with_end_slash and not path.endswith("/"):
        path += "/"
    return path


class S3Uploader:
    @staticmethod
    def upload(local_path, desired_s3_uri, kms_key=None, sagemaker_session=None, callback=None):
        """Uploads a file (to desired_s3_uri/<file name>) or a folder's files; returns the URI."""
        if os.path.isdir(local_path):
            _engine.s3_upload(local_path, desired_s3_uri)
            return desired_s3_uri
        uri = s3_path_join(desired_s3_uri, os.path.basename(local_path))
        _engine.s3_upload(local_path, uri)
        return uri

    @staticmethod
    def upload_string_as_file_body(body, desired_s3_uri=None, kms_key=None, sagemaker_session=None):
        _engine.s3_put_text(body, desired_s3_uri)
        return desired_s3_uri

    @staticmethod
    def upload_bytes(b, s3_uri, kms_key=None, sagemaker_session=None):
        import _pipebook_engine

        _pipebook_engine.s3_put_bytes(bytes(b), s3_uri)
        return s3_uri


class S3Downloader:
    @staticmethod
    def download(s3_uri, local_path, kms_key=None, sagemaker_session=None):
        """Downloads the objects under s3_uri into local_path; returns the files written."""
        return _engine.s3_download(s3_uri, local_path)

    @staticmethod
    def read_file(s3_uri, sagemaker_session=None):
        return _engine.s3_read(s3_uri)

    @staticmethod
    def list(s3_uri, sagemaker_session=None):
        return _engine.s3_list(s3_uri)
