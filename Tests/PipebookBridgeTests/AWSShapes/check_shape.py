"""Checks a boto3 answer against the AWS response shape recorded in operations.json (see
generate.py): every required member present, every member known to the shape, every value of
its shape's type, recursively. Runs inside Pipebook; the Swift tests import it.

    problems("sagemaker.DescribePipeline", answer) -> ["PipelineArn: missing", ...]
"""
import datetime
import json
import os

_FIXTURE = None

# What botocore adds to every answer, outside the service model.
_RESPONSE_METADATA = {"RequestId": str, "HTTPStatusCode": int, "HTTPHeaders": dict, "RetryAttempts": int}

_SCALARS = {
    "string": (str,), "boolean": (bool,), "integer": (int,), "long": (int,),
    "float": (float, int), "double": (float, int), "timestamp": (datetime.datetime,),
}


def fixture():
    global _FIXTURE
    if _FIXTURE is None:
        with open(os.path.join(os.path.dirname(__file__), "operations.json")) as f:
            _FIXTURE = json.load(f)
    return _FIXTURE


def operation(name):
    """{"output": shape name or None, "errors": [...]} of "service.Operation"."""
    return fixture()["operations"][name]


# Errors a service answers any operation with, which its model does not list per operation:
# SageMaker's ValidationException; S3's NoSuchBucket, and 404 for a HEAD request (no body, so
# botocore takes the HTTP status as the code).
_COMMON_ERRORS = {"sagemaker": ["ValidationException"], "s3": ["NoSuchBucket", "404"]}


def errors(name):
    """The error codes "service.Operation" may answer with."""
    return operation(name)["errors"] + _COMMON_ERRORS[name.split(".")[0]]


def problems(name, answer):
    """What is wrong with `answer` as the response of `name` ("sagemaker.DescribePipeline"), one line each."""
    service = name.split(".")[0]
    output = operation(name)["output"]
    found = []
    if not isinstance(answer, dict):
        return ["the answer is a " + type(answer).__name__ + ", not a dict"]
    answer = dict(answer)
    metadata = answer.pop("ResponseMetadata", None)
    if metadata is not None:
        for key, kind in _RESPONSE_METADATA.items():
            if not isinstance(metadata.get(key), kind):
                found.append("ResponseMetadata." + key + ": missing or not " + kind.__name__)
    if output is None:
        if answer:
            found.append("the operation answers nothing, yet got " + ", ".join(sorted(answer)))
        return found
    _check(fixture()["shapes"][service], output, answer, "", found)
    return found


def _check(shapes, shape_name, value, path, found):
    shape = shapes[shape_name]
    kind = shape["type"]
    where = path or "(answer)"
    if kind == "structure":
        if not isinstance(value, dict):
            found.append(where + ": a " + type(value).__name__ + ", not a structure " + shape_name)
            return
        for member in shape["required"]:
            if member not in value:
                found.append(_join(path, member) + ": missing (required by " + shape_name + ")")
        for member, item in value.items():
            if member not in shape["members"]:
                found.append(_join(path, member) + ": not a member of " + shape_name)
            else:
                _check(shapes, shape["members"][member], item, _join(path, member), found)
    elif kind == "list":
        if not isinstance(value, list):
            found.append(where + ": a " + type(value).__name__ + ", not a list")
            return
        for index, item in enumerate(value):
            _check(shapes, shape["member"], item, path + "[" + str(index) + "]", found)
    elif kind == "map":
        if not isinstance(value, dict):
            found.append(where + ": a " + type(value).__name__ + ", not a map")
            return
        for key, item in value.items():
            _check(shapes, shape["key"], key, path + "{key}", found)
            _check(shapes, shape["value"], item, path + "[" + repr(key) + "]", found)
    elif kind == "blob":
        # A streaming blob (GetObject's Body) is a StreamingBody; others are bytes.
        if not isinstance(value, bytes) and not hasattr(value, "read"):
            found.append(where + ": a " + type(value).__name__ + ", not bytes or a stream")
    else:
        # bool is an int in Python: an integer member must not be a bool, nor a boolean an int.
        if not isinstance(value, _SCALARS[kind]) or (kind != "boolean" and isinstance(value, bool)):
            found.append(where + ": a " + type(value).__name__ + ", not a " + kind)
        elif "enum" in shape and value not in shape["enum"]:
            found.append(where + ": " + repr(value) + " is not one of " + shape_name + "'s values")


def _join(path, member):
    return path + "." + member if path else member
