"""boto3.client("s3") and boto3.resource("s3"), over the workspace's local S3 (step scripts
reach the same one). Errors are botocore's: NoSuchBucket, NoSuchKey, and 404 for HeadObject
(and download_file, which starts with a HeadObject), with S3's messages."""
import io
import json

from botocore._local import respond, with_datetimes
from botocore._request import parameters
from botocore.exceptions import ClientError
from botocore.response import StreamingBody
from sagemaker import _engine

_DEFAULT_MAX_KEYS = 1000


class S3Client:
    def __init__(self, region_name):
        self.region_name = region_name

    # ------------------------------------------------------------------ transfers

    def upload_file(self, Filename, Bucket, Key, ExtraArgs=None, Callback=None, Config=None):
        """Uploads a local file (Config, the transfer settings, changes nothing locally)."""
        _no_extra_args("upload_file", ExtraArgs)
        with open(Filename, "rb") as f:
            data = f.read()
        _native().s3_put_bytes(data, _uri(Bucket, Key))
        if Callback is not None:
            Callback(len(data))

    def download_file(self, Bucket, Key, Filename, ExtraArgs=None, Callback=None, Config=None):
        """Downloads an object to a local file; a missing object fails as HeadObject does (404)."""
        _no_extra_args("download_file", ExtraArgs)
        self.head_object(Bucket=Bucket, Key=Key)
        data = _native().s3_get_bytes(_uri(Bucket, Key))
        with open(Filename, "wb") as f:
            f.write(data)
        if Callback is not None:
            Callback(len(data))

    # ------------------------------------------------------------------ objects

    def put_object(self, *args, **kwargs):
        """PutObject: Body is bytes, text (written as UTF-8) or a file; the bucket is made if needed."""
        p = parameters("s3.PutObject", "put_object", args, kwargs, supported=("Bucket", "Key", "Body"))
        data = p.get("Body", b"")
        if hasattr(data, "read"):
            data = data.read()
        if isinstance(data, str):
            data = data.encode("utf-8")
        uri = _uri(p["Bucket"], p["Key"])
        _native().s3_put_bytes(bytes(data), uri)
        return respond({"ETag": _head(uri)["ETag"], "ServerSideEncryption": "AES256"})

    def get_object(self, *args, **kwargs):
        """GetObject: Body is a StreamingBody."""
        p = parameters("s3.GetObject", "get_object", args, kwargs, supported=("Bucket", "Key"))
        found = _found(p["Bucket"], p["Key"], "GetObject")
        data = _native().s3_get_bytes(_uri(p["Bucket"], p["Key"]))
        answer = _object_answer(found)
        answer["Body"] = StreamingBody(io.BytesIO(data), len(data))
        return respond(answer)

    def head_object(self, *args, **kwargs):
        """HeadObject: a missing bucket or object is a ClientError with code 404."""
        p = parameters("s3.HeadObject", "head_object", args, kwargs, supported=("Bucket", "Key"))
        found = _native().s3_bucket_exists(p["Bucket"]) and _head(_uri(p["Bucket"], p["Key"]))
        if not found:
            raise _error("404", "Not Found", "HeadObject", 404)
        return respond(_object_answer(found))

    def delete_object(self, *args, **kwargs):
        """DeleteObject: deleting a key that does not exist succeeds, as in S3."""
        p = parameters("s3.DeleteObject", "delete_object", args, kwargs, supported=("Bucket", "Key"))
        _bucket(p["Bucket"], "DeleteObject")
        _native().s3_delete(_uri(p["Bucket"], p["Key"]))
        return respond({}, status=204)

    def list_objects_v2(self, *args, **kwargs):
        """ListObjectsV2: keys in UTF-8 order, grouped under CommonPrefixes by Delimiter, MaxKeys
        (at most 1000) per page; NextContinuationToken continues a truncated listing."""
        p = parameters("s3.ListObjectsV2", "list_objects_v2", args, kwargs,
                       supported=("Bucket", "Prefix", "Delimiter", "MaxKeys", "ContinuationToken", "StartAfter"))
        bucket, prefix, delimiter = p["Bucket"], p.get("Prefix", ""), p.get("Delimiter")
        _bucket(bucket, "ListObjectsV2")
        entries = _listing(with_datetimes(json.loads(_native().s3_objects(_uri(bucket, prefix)))), prefix, delimiter)
        start_after = p.get("StartAfter", "")
        if "ContinuationToken" in p:
            start_after = max(start_after, _token_key(p["ContinuationToken"]))
        entries = [e for e in entries if _entry_key(e) > start_after]
        max_keys = min(p.get("MaxKeys", _DEFAULT_MAX_KEYS), _DEFAULT_MAX_KEYS)
        shown = entries[:max_keys]
        answer = {"IsTruncated": len(entries) > len(shown)}
        contents = [dict(e, StorageClass="STANDARD") for e in shown if "Key" in e]
        if contents:
            answer["Contents"] = contents
        answer["Name"] = bucket
        answer["Prefix"] = prefix
        if delimiter is not None:
            answer["Delimiter"] = delimiter
        answer["MaxKeys"] = p.get("MaxKeys", _DEFAULT_MAX_KEYS)
        prefixes = [e for e in shown if "Prefix" in e]
        if prefixes:
            answer["CommonPrefixes"] = prefixes
        answer["EncodingType"] = "url"
        answer["KeyCount"] = len(shown)
        if "ContinuationToken" in p:
            answer["ContinuationToken"] = p["ContinuationToken"]
        if answer["IsTruncated"]:
            answer["NextContinuationToken"] = _key_token(_entry_key(shown[-1]))
        if "StartAfter" in p:
            answer["StartAfter"] = p["StartAfter"]
        return respond(answer)


class S3Resource:
    """boto3.resource("s3"): Bucket(name) and Object(bucket, key) over the client's calls."""

    def __init__(self, region_name):
        self.meta = _ResourceMeta(S3Client(region_name))

    def Bucket(self, name):
        return Bucket(self.meta.client, name)

    def Object(self, bucket_name, key):
        return Object(self.meta.client, bucket_name, key)


class _ResourceMeta:
    def __init__(self, client):
        self.client = client


class Bucket:
    def __init__(self, client, name):
        self.meta = _ResourceMeta(client)
        self.name = name
        self.objects = _ObjectCollection(client, name, {})

    def upload_file(self, Filename, Key, ExtraArgs=None, Callback=None, Config=None):
        self.meta.client.upload_file(Filename, self.name, Key, ExtraArgs, Callback, Config)

    def download_file(self, Key, Filename, ExtraArgs=None, Callback=None, Config=None):
        self.meta.client.download_file(self.name, Key, Filename, ExtraArgs, Callback, Config)

    def put_object(self, **kwargs):
        self.meta.client.put_object(Bucket=self.name, **kwargs)
        return Object(self.meta.client, self.name, kwargs["Key"])

    def Object(self, key):
        return Object(self.meta.client, self.name, key)

    def __repr__(self):
        return "s3.Bucket(name=" + repr(self.name) + ")"


class Object:
    """s3.Object(bucket_name, key): get, put, delete and transfers of one object."""

    def __init__(self, client, bucket_name, key):
        self.meta = _ResourceMeta(client)
        self.bucket_name = bucket_name
        self.key = key

    def get(self, **kwargs):
        return self.meta.client.get_object(Bucket=self.bucket_name, Key=self.key, **kwargs)

    def put(self, **kwargs):
        return self.meta.client.put_object(Bucket=self.bucket_name, Key=self.key, **kwargs)

    def delete(self, **kwargs):
        return self.meta.client.delete_object(Bucket=self.bucket_name, Key=self.key, **kwargs)

    def upload_file(self, Filename, ExtraArgs=None, Callback=None, Config=None):
        self.meta.client.upload_file(Filename, self.bucket_name, self.key, ExtraArgs, Callback, Config)

    def download_file(self, Filename, ExtraArgs=None, Callback=None, Config=None):
        self.meta.client.download_file(self.bucket_name, self.key, Filename, ExtraArgs, Callback, Config)

    def __repr__(self):
        return "s3.Object(bucket_name=" + repr(self.bucket_name) + ", key=" + repr(self.key) + ")"


class ObjectSummary(Object):
    """What Bucket.objects yields: an object with its listing's size, time, ETag and storage class."""

    def __init__(self, client, bucket_name, content):
        Object.__init__(self, client, bucket_name, content["Key"])
        self.size = content["Size"]
        self.last_modified = content["LastModified"]
        self.e_tag = content["ETag"]
        self.storage_class = content["StorageClass"]

    def Object(self):
        return Object(self.meta.client, self.bucket_name, self.key)

    def __repr__(self):
        return "s3.ObjectSummary(bucket_name=" + repr(self.bucket_name) + ", key=" + repr(self.key) + ")"


class _ObjectCollection:
    """Bucket.objects: all(), filter(Prefix=..., Delimiter=...), limit(n), iterated page by page."""

    def __init__(self, client, bucket_name, request, limit=None):
        self._client = client
        self._bucket_name = bucket_name
        self._request = request
        self._limit = limit

    def all(self):
        return _ObjectCollection(self._client, self._bucket_name, self._request, self._limit)

    def filter(self, **kwargs):
        return _ObjectCollection(self._client, self._bucket_name, dict(self._request, **kwargs), self._limit)

    def limit(self, count):
        return _ObjectCollection(self._client, self._bucket_name, self._request, count)

    def __iter__(self):
        request = dict(self._request, Bucket=self._bucket_name)
        count = 0
        while True:
            answer = self._client.list_objects_v2(**request)
            for content in answer.get("Contents", []):
                if self._limit is not None and count >= self._limit:
                    return
                count += 1
                yield ObjectSummary(self._client, self._bucket_name, content)
            if not answer["IsTruncated"]:
                return
            request["ContinuationToken"] = answer["NextContinuationToken"]


def _native():
    return _engine.native()


def _uri(bucket, key):
    return "s3://" + bucket + "/" + key


def _head(uri):
    """{"Key", "LastModified", "ETag", "Size"} of an object, None when there is none."""
    found = _native().s3_head(uri)
    return None if found is None else with_datetimes(json.loads(found))


def _object_answer(found):
    """HeadObject's answer (GetObject's without the Body) for an object found by _head."""
    return {"AcceptRanges": "bytes", "LastModified": found["LastModified"], "ContentLength": found["Size"],
            "ETag": found["ETag"], "ContentType": "binary/octet-stream", "ServerSideEncryption": "AES256", "Metadata": {}}


def _bucket(bucket, operation):
    if not _native().s3_bucket_exists(bucket):
        raise _error("NoSuchBucket", "The specified bucket does not exist", operation, 404, BucketName=bucket)


def _found(bucket, key, operation):
    _bucket(bucket, operation)
    found = _head(_uri(bucket, key))
    if found is None:
        raise _error("NoSuchKey", "The specified key does not exist.", operation, 404, Key=key)
    return found


def _error(code, message, operation, status, **details):
    error = dict({"Code": code, "Message": message}, **details)
    return ClientError(respond({"Error": error}, status=status), operation)


def _listing(objects, prefix, delimiter):
    """The objects, and with a delimiter the CommonPrefixes ({"Prefix": ...}) that stand for the
    keys sharing what follows the prefix up to the delimiter, in key order."""
    if not delimiter:
        return objects
    entries = []
    seen = set()
    for found in objects:
        rest = found["Key"][len(prefix):]
        if delimiter in rest:
            common = prefix + rest[:rest.index(delimiter) + len(delimiter)]
            if common not in seen:
                seen.add(common)
                entries.append({"Prefix": common})
        else:
            entries.append(found)
    return entries


def _entry_key(entry):
    return entry.get("Key", entry.get("Prefix"))


def _key_token(key):
    """A continuation token: the last key listed, in hex (opaque, as S3's are)."""
    return key.encode("utf-8").hex()


def _token_key(token):
    try:
        return bytes.fromhex(token).decode("utf-8")
    except ValueError:
        raise _error("InvalidArgument", "The continuation token provided is incorrect", "ListObjectsV2", 400) from None


def _no_extra_args(method, extra_args):
    if extra_args:
        raise NotImplementedError("Pipebook's boto3 does not support ExtraArgs in " + method + " (got " + ", ".join(extra_args) + ")")
