"""How Pipebook's local AWS answers look like boto3's: errors as ClientError, timestamps as
datetime values, long lists in pages with NextToken, ResponseMetadata on every answer."""
import datetime
import random

from botocore.exceptions import ClientError

# The AWS error codes the engine can answer with; its refusals read "Code: message".
ERROR_CODES = (
    "ValidationException", "ResourceNotFound", "ResourceInUse", "ConflictException",
    "ResourceLimitExceeded", "NoSuchBucket", "NoSuchKey", "404",
)

TIME_KEYS = (
    "CreationTime", "LastModifiedTime", "StartTime", "EndTime", "LastModified",
    "PipelineExecutionStartTime", "LastExecutionTime", "LastRunTime", "TrainingStartTime",
    "TrainingEndTime", "ProcessingStartTime", "ProcessingEndTime", "ProcessingJobStatusTime",
    "TransformStartTime", "TransformEndTime", "ApprovalTime", "Timestamp",
)


def with_datetimes(value):
    """The engine's ISO 8601 timestamps as datetime values, as boto3 returns them."""
    if isinstance(value, dict):
        return {k: (datetime.datetime.fromisoformat(v) if k in TIME_KEYS and isinstance(v, str) else with_datetimes(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [with_datetimes(v) for v in value]
    return value


def call(operation, function, *args):
    """Calls the engine, turning a refused request ("Code: message") into botocore's ClientError."""
    try:
        return function(*args)
    except ValueError as error:
        text = str(error)
        for code in ERROR_CODES:
            if text.startswith(code + ": "):
                raise ClientError({"Error": {"Code": code, "Message": text[len(code) + 2:]}}, operation) from None
        raise


def page(items, key, max_results=None, next_token=None, operation="List"):
    """One page of `items` under `key`, with a NextToken when more remain (the token is the
    offset of the next page, as text: opaque to callers, as AWS's are)."""
    start = 0
    if next_token is not None:
        if not str(next_token).isdigit() or int(next_token) > len(items):
            raise ClientError({"Error": {"Code": "ValidationException", "Message": "Invalid pagination token"}}, operation)
        start = int(next_token)
    if max_results is None:
        chunk = items[start:]
    else:
        chunk = items[start:start + max_results]
    answer = {key: chunk}
    if start + len(chunk) < len(items):
        answer["NextToken"] = str(start + len(chunk))
    return answer


def respond(answer, headers=None, status=200):
    """`answer` with the ResponseMetadata botocore adds to every answer (a fresh RequestId, HTTP 200)."""
    request_id = "-".join(format(random.getrandbits(4 * n), "0" + str(n) + "x") for n in (8, 4, 4, 4, 12))
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    http_headers = {"x-amzn-requestid": request_id, "date": now}
    http_headers.update(headers or {})
    answer["ResponseMetadata"] = {"RequestId": request_id, "HTTPStatusCode": status, "HTTPHeaders": http_headers,
                                  "RetryAttempts": 0}
    return answer
