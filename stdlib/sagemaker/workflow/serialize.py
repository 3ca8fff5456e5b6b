"""Turning request dicts that hold pipeline variables and entities into plain JSON values."""


def to_json_value(value):
    """value with every pipeline variable replaced by its expression, recursively."""
    from sagemaker.workflow.entities import PipelineVariable

    if isinstance(value, PipelineVariable):
        return value.expr
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if hasattr(value, "to_request") and not isinstance(value, type):
        return to_json_value(value.to_request())
    return value


def referenced_steps(value):
    """The steps whose properties value reads, in the order met."""
    from sagemaker.workflow.entities import PipelineVariable

    found = []
    if isinstance(value, PipelineVariable):
        found = value._referenced_steps()
    elif isinstance(value, dict):
        for v in value.values():
            found.extend(referenced_steps(v))
    elif isinstance(value, (list, tuple)):
        for v in value:
            found.extend(referenced_steps(v))
    return found
