"""Writes stdlib/sagemaker/_image_uri_data.py from the image URI configuration that the
SageMaker Python SDK ships (image_uri_config/*.json), so image_uris.retrieve works offline
with the SDK's answers. Run with the SDK's python:

    ~/.venv-sdk/bin/python Tests/PipebookBridgeTests/Tools/generate_image_uris.py
"""
import json
import os
import pprint

import sagemaker

FRAMEWORKS = [
    "xgboost", "sklearn", "linear-learner", "kmeans", "pca", "knn", "factorization-machines",
    "blazingtext", "image-classification", "object-detection", "randomcutforest", "ntm", "lda",
    "ipinsights", "seq2seq", "semantic-segmentation", "object2vec", "forecasting-deepar",
]
config_dir = os.path.join(os.path.dirname(sagemaker.__file__), "image_uri_config")
registries = []  # distinct region->account tables, referenced by index
data = {}
for framework in FRAMEWORKS:
    with open(os.path.join(config_dir, framework + ".json")) as f:
        config = json.load(f)
    scopes = {}
    for scope, scoped in (config.items() if "versions" not in config else [("any", config)]):
        if not isinstance(scoped, dict) or "versions" not in scoped:
            continue
        versions = {}
        for version, v in scoped["versions"].items():
            table = v["registries"]
            if table not in registries:
                registries.append(table)
            versions[version] = {
                "repository": v["repository"],
                "registry": registries.index(table),
                "processors": v.get("processors") or scoped.get("processors"),
                "py_versions": v.get("py_versions"),
                "tag_prefix": v.get("tag_prefix"),
            }
        scopes[scope] = {"aliases": scoped.get("version_aliases", {}), "versions": versions}
    data[framework] = scopes

out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "stdlib", "sagemaker", "_image_uri_data.py")
with open(out, "w") as f:
    f.write('"""Image URI data of the SageMaker Python SDK %s, written by\n' % sagemaker.__version__)
    f.write('Tests/PipebookBridgeTests/Tools/generate_image_uris.py. Do not edit."""\n\n')
    f.write("REGISTRIES = " + pprint.pformat(registries, width=110, compact=True) + "\n\n")
    f.write("FRAMEWORKS = " + pprint.pformat(data, width=110, compact=True) + "\n")
print("wrote", os.path.normpath(out))
