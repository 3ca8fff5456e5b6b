"""Writes registry_shapes.json: for each registry call RegistryTests makes, the response shape
from botocore's SageMaker service model — required keys and the type of every member, nested
structures, lists and maps included. Run with a python3 that has botocore (1.43 was used):

    python3 Tests/PipebookBridgeTests/Tools/generate_registry_shapes.py
"""
import json
import os

import botocore
import botocore.loaders

OPERATIONS = [
    "CreateModelPackageGroup", "DescribeModelPackageGroup", "ListModelPackageGroups", "DeleteModelPackageGroup",
    "CreateModelPackage", "DescribeModelPackage", "ListModelPackages", "UpdateModelPackage", "DeleteModelPackage",
    "CreateModel", "DescribeModel", "ListModels", "DeleteModel",
]


def describe(shapes, name, seen):
    """A shape as {"type": ..., "required": [...], "members": {...}} / {"type": "list", "member": ...}."""
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure":
        if name in seen:  # recursive shapes: checked no deeper
            return {"type": "structure"}
        seen = seen | {name}
        return {"type": "structure", "required": shape.get("required", []),
                "members": {k: describe(shapes, v["shape"], seen) for k, v in shape["members"].items()}}
    if kind == "list":
        return {"type": "list", "member": describe(shapes, shape["member"]["shape"], seen)}
    if kind == "map":
        return {"type": "map", "value": describe(shapes, shape["value"]["shape"], seen)}
    result = {"type": kind}
    if "enum" in shape:
        result["enum"] = shape["enum"]
    return result


def main():
    model = botocore.loaders.Loader().load_service_model("sagemaker", "service-2")
    shapes = model["shapes"]
    fixture = {"botocore": botocore.__version__, "operations": {}}
    for operation in OPERATIONS:
        output = model["operations"][operation].get("output")
        fixture["operations"][operation] = describe(shapes, output["shape"], frozenset()) if output else None
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registry_shapes.json")
    with open(path, "w") as f:
        json.dump(fixture, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
