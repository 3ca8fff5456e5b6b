"""Writes operations.json: the response shapes of the AWS operations Pipebook's boto3 answers,
taken from the service models botocore ships (botocore/data/<service>/<date>/service-2.json);
and stdlib/botocore/_inputs.py: their request parameters, which stdlib's botocore checks as
botocore does.

Run it with a python3 that has botocore installed, from any folder:

    python3 Tests/PipebookBridgeTests/AWSShapes/generate.py

The fixture holds, per operation, its output shape's name and the errors it declares, and a
table of every shape reachable from those outputs: its type, and for a structure its members
(member name -> shape name) and which are required, for a list its member shape, for a map its
key and value shapes, for a string its enum values. check_shape.py reads it inside Pipebook."""
import json
import os
import pprint

import botocore.loaders

SAGEMAKER = [
    # Pipelines and their executions.
    "ListPipelines", "DescribePipeline", "DescribePipelineDefinitionForExecution", "ListPipelineVersions",
    "ListPipelineExecutions", "DescribePipelineExecution", "ListPipelineExecutionSteps",
    "ListPipelineParametersForExecution", "StartPipelineExecution", "StopPipelineExecution",
    "RetryPipelineExecution", "SendPipelineExecutionStepSuccess", "SendPipelineExecutionStepFailure",
    # The model registry and models.
    "CreateModelPackageGroup", "DescribeModelPackageGroup", "ListModelPackageGroups", "DeleteModelPackageGroup",
    "CreateModelPackage", "ListModelPackages", "DescribeModelPackage", "UpdateModelPackage", "DeleteModelPackage",
    "CreateModel", "DescribeModel", "ListModels", "DeleteModel",
    # The jobs pipeline steps run.
    "DescribeProcessingJob", "DescribeTrainingJob", "DescribeTransformJob", "ListTrainingJobs",
]
S3 = ["PutObject", "GetObject", "HeadObject", "ListObjectsV2", "DeleteObject"]

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "..", "..", "..", "stdlib", "botocore", "_inputs.py")


def describe(shape):
    """A shape's type and structure, naming the shapes it refers to."""
    entry = {"type": shape["type"]}
    if shape["type"] == "structure":
        entry["members"] = {name: member["shape"] for name, member in shape.get("members", {}).items()}
        entry["required"] = sorted(shape.get("required", []))
    elif shape["type"] == "list":
        entry["member"] = shape["member"]["shape"]
    elif shape["type"] == "map":
        entry["key"] = shape["key"]["shape"]
        entry["value"] = shape["value"]["shape"]
    elif shape["type"] == "string" and "enum" in shape:
        entry["enum"] = shape["enum"]
    return entry


def parameters(model, operation):
    """The request's top-level members in the model's order: their type, enum values and bounds.
    Idempotency tokens are never required: botocore fills them in."""
    if "input" not in operation:
        return {"members": {}, "required": []}
    shape = model["shapes"][operation["input"]["shape"]]
    members = {}
    for name, member in shape.get("members", {}).items():
        target = model["shapes"][member["shape"]]
        entry = {"type": target["type"]}
        for key in ("enum", "min", "max"):
            if key in target:
                entry[key] = target[key]
        members[name] = entry
    tokens = [name for name, member in shape.get("members", {}).items() if member.get("idempotencyToken")]
    return {"members": members, "required": [name for name in shape.get("required", []) if name not in tokens]}


def collect(model, name, table):
    """Adds `name` and every shape it reaches to `table` (recursive shapes end at a known name)."""
    if name in table:
        return
    entry = describe(model["shapes"][name])
    table[name] = entry
    for referred in list(entry.get("members", {}).values()) + [entry.get(k) for k in ("member", "key", "value")]:
        if referred is not None:
            collect(model, referred, table)


def main():
    loader = botocore.loaders.Loader()
    operations = {}
    shapes = {}
    inputs = {}
    for service, names in (("sagemaker", SAGEMAKER), ("s3", S3)):
        model = loader.load_service_model(service, "service-2")
        service_shapes = shapes.setdefault(service, {})
        for name in names:
            operation = model["operations"][name]
            output = operation.get("output", {}).get("shape")
            if output is not None:
                collect(model, output, service_shapes)
            inputs[service + "." + name] = parameters(model, operation)
            operations[service + "." + name] = {
                "output": output,
                "errors": sorted(error["shape"] for error in operation.get("errors", [])),
            }
    fixture = {
        "botocore": botocore.__version__,
        "operations": operations,
        "shapes": {service: dict(sorted(table.items())) for service, table in shapes.items()},
    }
    with open(os.path.join(HERE, "operations.json"), "w") as out:
        json.dump(fixture, out, indent=1, sort_keys=False)
        out.write("\n")
    with open(INPUTS, "w") as out:
        out.write('"""The request parameters of the AWS operations Pipebook answers, from botocore '
                  + botocore.__version__ + "'s\nservice models. Generated by Tests/PipebookBridgeTests/AWSShapes/generate.py: do not edit."
                  + '"""\n\nOPERATIONS = ' + pprint.pformat(inputs, width=120, sort_dicts=False) + "\n")


if __name__ == "__main__":
    main()
