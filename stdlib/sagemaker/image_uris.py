"""image_uris.retrieve, offline, from the SDK's own image configuration (_image_uri_data)."""
from sagemaker._image_uri_data import FRAMEWORKS, REGISTRIES
from sagemaker import _engine

_GPU_FAMILIES = ("p2", "p3", "p4", "p5", "g4", "g5", "g6")


def retrieve(framework, region=None, version=None, py_version=None, instance_type=None,
             accelerator_type=None, image_scope=None, container_version=None, distribution=None,
             base_framework_version=None, training_compiler_config=None, model_id=None,
             model_version=None, sdk_version=None, inference_tool=None, serverless_inference_config=None,
             config_name=None, sagemaker_session=None):
    """The ECR image URI the SDK gives for a built-in algorithm or framework container."""
    region = region or _engine.workspace()["region"]
    if framework not in FRAMEWORKS:
        raise ValueError(
            "Unsupported framework: " + framework + ". Supported framework(s): "
            + ", ".join(sorted(FRAMEWORKS)) + "."
        )
    scopes = FRAMEWORKS[framework]
    scope = "any" if "any" in scopes else (image_scope or "training")
    if scope not in scopes:
        raise ValueError("Unsupported image scope: " + str(image_scope) + ". Supported image scope(s): "
                         + ", ".join(sorted(scopes)) + ".")
    config = scopes[scope]
    versions = config["versions"]
    if version is None and len(versions) == 1:
        version = list(versions)[0]
    version = config["aliases"].get(version, version)
    if version not in versions:
        raise ValueError("Unsupported " + framework + " version: " + str(version) + ". You may need to upgrade "
                         "your SDK version (pip install -U sagemaker) for newer " + framework + " versions. "
                         "Supported " + framework + " version(s): " + ", ".join(versions) + ".")
    entry = versions[version]
    registry = REGISTRIES[entry["registry"]]
    if region not in registry:
        raise ValueError("Unsupported region: " + region + ".")
    processor = _processor(instance_type, entry["processors"])
    py = None
    if entry["py_versions"]:
        py = py_version or entry["py_versions"][0]
    tag_version = entry["tag_prefix"] or version
    tag = "-".join(x for x in (tag_version, processor, py) if x) if entry["processors"] or entry["py_versions"] else tag_version
    domain = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return registry[region] + ".dkr.ecr." + region + "." + domain + "/" + entry["repository"] + ":" + tag


def _processor(instance_type, processors):
    if not processors:
        return None
    if instance_type is None or str(instance_type).startswith("local") and instance_type == "local":
        return "cpu" if "cpu" in processors else processors[0]
    family = str(instance_type).split(".")[1] if "." in str(instance_type) else ""
    if family.startswith(_GPU_FAMILIES) or str(instance_type) == "local_gpu":
        return "gpu"
    return "cpu"
