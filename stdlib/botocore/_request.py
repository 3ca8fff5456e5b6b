"""A request's parameters, checked as botocore checks them before sending (ParamValidationError)
and as the service checks them on arrival (ClientError ValidationException), against the
service model's members in _inputs.py. A parameter the model has but Pipebook does not use
fails with NotImplementedError naming it."""
import datetime

from botocore._inputs import OPERATIONS
from botocore.exceptions import ClientError, ParamValidationError

_PYTHON_TYPES = {
    "string": (str,), "integer": (int,), "long": (int,), "boolean": (bool,), "float": (float, int),
    "double": (float, int), "structure": (dict,), "map": (dict,), "list": (list, tuple),
    "blob": (bytes, str),
}


def parameters(operation, method, args, kwargs, unsupported=(), supported=None):
    """The checked parameters of a call of `operation` ("sagemaker.ListPipelines") made as
    `method(*args, **kwargs)`; timestamps become aware datetimes (UTC when naive). Pipebook
    refuses the members of the model `unsupported` names, or, given `supported`, all the others."""
    if args:
        raise TypeError(method + "() only accepts keyword arguments.")
    model = OPERATIONS[operation]
    members = model["members"]
    if supported is not None:
        unsupported = [name for name in members if name not in supported]
    errors = []
    for name in model["required"]:
        if name not in kwargs:
            errors.append('Missing required parameter in input: "' + name + '"')
    checked = {}
    for name, value in kwargs.items():
        if name not in members:
            errors.append('Unknown parameter in input: "' + name + '", must be one of: ' + ", ".join(members))
            continue
        member = members[name]
        if member["type"] == "timestamp":
            value = _timestamp(value)
            if value is None:
                errors.append(_invalid_type(name, kwargs[name], "<class 'datetime.datetime'>, timestamp-string"))
                continue
        elif member["type"] == "blob" and hasattr(value, "read"):
            pass  # a file-like object, read when the request is sent
        elif not isinstance(value, _PYTHON_TYPES[member["type"]]) or (member["type"] != "boolean" and isinstance(value, bool)):
            errors.append(_invalid_type(name, value, ", ".join(str(t) for t in _PYTHON_TYPES[member["type"]])))
            continue
        elif "min" in member and member["type"] in ("integer", "long") and value < member["min"]:
            errors.append("Invalid value for parameter " + name + ", value: " + str(value) + ", valid min value: " + str(member["min"]))
            continue
        elif "min" in member and member["type"] in ("string", "list") and len(value) < member["min"]:
            errors.append("Invalid length for parameter " + name + ", value: " + str(len(value)) + ", valid min length: " + str(member["min"]))
            continue
        checked[name] = value
    if errors:
        raise ParamValidationError(report="\n".join(errors))
    _check_on_arrival(operation, members, checked)
    for name in checked:
        if name in unsupported:
            raise NotImplementedError("Pipebook's boto3 does not support the " + name + " parameter of "
                                      + operation.split(".")[1])
    return checked


def _check_on_arrival(operation, members, checked):
    """What the service refuses with a ValidationException: values outside an enum or above a maximum."""
    problems = []
    for name, value in checked.items():
        member = members[name]
        field = name[0].lower() + name[1:]
        if "enum" in member and value not in member["enum"]:
            problems.append("Value '" + str(value) + "' at '" + field + "' failed to satisfy constraint: Member must satisfy enum value set: ["
                            + ", ".join(member["enum"]) + "]")
        elif "max" in member and member["type"] in ("integer", "long") and value > member["max"]:
            problems.append("Value '" + str(value) + "' at '" + field
                            + "' failed to satisfy constraint: Member must have value less than or equal to " + str(member["max"]))
    if problems:
        count = str(len(problems)) + (" validation error detected: " if len(problems) == 1 else " validation errors detected: ")
        raise ClientError({"Error": {"Code": "ValidationException", "Message": count + "; ".join(problems)}},
                          operation.split(".")[1])


def _timestamp(value):
    """A datetime, epoch seconds or ISO 8601 text as an aware datetime; None for anything else."""
    if isinstance(value, datetime.datetime):
        return value if value.utcoffset() is not None else value.replace(tzinfo=datetime.timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    if isinstance(value, str):
        try:
            return _timestamp(datetime.datetime.fromisoformat(value))
        except ValueError:
            return None
    return None


def _invalid_type(name, value, valid):
    return ("Invalid type for parameter " + name + ", value: " + str(value) + ", type: " + str(type(value))
            + ", valid types: " + valid)
