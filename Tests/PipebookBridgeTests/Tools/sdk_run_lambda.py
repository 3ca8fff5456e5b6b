#!/usr/bin/env python3
"""shared/reference/sagemaker/sdk_run.py, plus one more AWS answer given locally: Lambda's
CreateFunction (and UpdateFunctionCode), which a LambdaStep calls when its
Lambda(function_name=..., script=..., handler=...) is created from code. The answer carries the
FunctionArn AWS gives a new function, arn:aws:lambda:<region>:<account>:function:<name>, the
value the SDK then writes to the definition. Arguments are sdk_run.py's.

    SDK_RUN=path/to/sdk_run.py python sdk_run_lambda.py SCRIPT.py OUT.json
"""
import importlib.util
import os
import sys

# sdk_run.py re-executes itself to fix PYTHONHASHSEED, which would drop this wrapper: fix it here.
seed = os.environ.get("SDK_RUN_HASHSEED", "0")
if os.environ.get("PYTHONHASHSEED") != seed:
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
              dict(os.environ, PYTHONHASHSEED=seed))

spec = importlib.util.spec_from_file_location("sdk_run", os.environ["SDK_RUN"])
sdk_run = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sdk_run)
original_fakes = sdk_run.install_aws_fakes


def install_aws_fakes():
    original_fakes()
    import botocore.client

    make_api_call = botocore.client.BaseClient._make_api_call

    def _make_api_call(self, operation_name, api_params):
        if self.meta.service_model.service_name == "lambda" and operation_name in ("CreateFunction", "UpdateFunctionCode"):
            name = api_params["FunctionName"]
            arn = name if name.startswith("arn:") else f"arn:aws:lambda:{sdk_run.REGION}:{sdk_run.ACCOUNT}:function:{name}"
            sdk_run.FAKE_AWS_ANSWERS.append(f"lambda:{operation_name}:{name}")
            return {"FunctionName": name.split(":")[-1], "FunctionArn": arn,
                    "ResponseMetadata": {"HTTPStatusCode": 200, "RequestId": "sdk-run-offline", "RetryAttempts": 0}}
        return make_api_call(self, operation_name, api_params)

    botocore.client.BaseClient._make_api_call = _make_api_call


sdk_run.install_aws_fakes = install_aws_fakes
sys.exit(sdk_run.main())
