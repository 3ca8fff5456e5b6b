"""The abalone pipeline as a workshop participant writes it with the SageMaker Python SDK 2.x:
processing, built-in XGBoost training, evaluation with a PropertyFile, a condition on MSE that
registers the model or fails. The scripts are referenced by s3:// URI here; with a local path the
SDK uploads the file to s3://<bucket>/<PipelineName>/code/<sha256>/<name> (see README.md).

abalone_definition.json is what SDK 2.257.7 printed for this file, run through sdk_run.py."""
import json
import os
import sys

import boto3
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model import Model
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionLessThanOrEqualTo
from sagemaker.workflow.execution_variables import ExecutionVariables
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join, JsonGet
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import (
    ParameterFloat,
    ParameterInteger,
    ParameterString,
)
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.retry import (
    SageMakerJobExceptionTypeEnum,
    SageMakerJobStepRetryPolicy,
    StepExceptionTypeEnum,
    StepRetryPolicy,
)
from sagemaker.workflow.steps import CacheConfig, ProcessingStep, TrainingStep
from sagemaker import image_uris

REGION = os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
ROLE = "arn:aws:iam::111122223333:role/SageMakerRole"
BUCKET = "workshop-bucket"
MODEL_PACKAGE_GROUP = "AbaloneModelPackageGroupName"

boto_session = boto3.Session(region_name=REGION)
pipeline_session = PipelineSession(boto_session=boto_session, default_bucket=BUCKET)

# ---------------------------------------------------------------- parameters
processing_instance_count = ParameterInteger(name="ProcessingInstanceCount", default_value=1)
instance_type = ParameterString(name="TrainingInstanceType", default_value="ml.m5.xlarge")
model_approval_status = ParameterString(
    name="ModelApprovalStatus", default_value="PendingManualApproval"
)
input_data = ParameterString(
    name="InputData", default_value=f"s3://{BUCKET}/abalone/abalone-dataset.csv"
)
mse_threshold = ParameterFloat(name="MseThreshold", default_value=6.0)

cache_config = CacheConfig(enable_caching=True, expire_after="PT1H")

# ---------------------------------------------------------------- preprocessing
sklearn_processor = SKLearnProcessor(
    framework_version="1.2-1",
    instance_type="ml.m5.xlarge",
    instance_count=processing_instance_count,
    base_job_name="sklearn-abalone-process",
    role=ROLE,
    sagemaker_session=pipeline_session,
)
processor_args = sklearn_processor.run(
    inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input")],
    outputs=[
        ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
        ProcessingOutput(output_name="validation", source="/opt/ml/processing/validation"),
        ProcessingOutput(output_name="test", source="/opt/ml/processing/test"),
    ],
    # s3:// URI on purpose: a local path would be uploaded to S3 while compiling the definition
    code=f"s3://{BUCKET}/code/preprocessing.py",
)
step_process = ProcessingStep(
    name="AbaloneProcess",
    step_args=processor_args,
    cache_config=cache_config,
    retry_policies=[
        StepRetryPolicy(
            exception_types=[StepExceptionTypeEnum.SERVICE_FAULT, StepExceptionTypeEnum.THROTTLING],
            interval_seconds=5,
            backoff_rate=2.0,
            max_attempts=3,
        ),
        SageMakerJobStepRetryPolicy(
            exception_types=[SageMakerJobExceptionTypeEnum.CAPACITY_ERROR], max_attempts=2
        ),
    ],
)

# ---------------------------------------------------------------- training
model_path = f"s3://{BUCKET}/AbaloneTrain"
image_uri = image_uris.retrieve(
    framework="xgboost",
    region=REGION,
    version="1.0-1",
    py_version="py3",
    instance_type="ml.m5.xlarge",
)
xgb_train = Estimator(
    image_uri=image_uri,
    instance_type=instance_type,
    instance_count=1,
    output_path=model_path,
    role=ROLE,
    sagemaker_session=pipeline_session,
    disable_profiler=True,  # profiler rule embeds a timestamp -> cache misses
)
xgb_train.set_hyperparameters(
    objective="reg:linear",
    num_round=50,
    max_depth=5,
    eta=0.2,
    gamma=4,
    min_child_weight=6,
    subsample=0.7,
)
train_args = xgb_train.fit(
    inputs={
        "train": TrainingInput(
            s3_data=step_process.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
            content_type="text/csv",
        ),
        "validation": TrainingInput(
            s3_data=step_process.properties.ProcessingOutputConfig.Outputs[
                "validation"
            ].S3Output.S3Uri,
            content_type="text/csv",
        ),
    }
)
step_train = TrainingStep(name="AbaloneTrain", step_args=train_args, cache_config=cache_config)

# ---------------------------------------------------------------- evaluation
script_eval = ScriptProcessor(
    image_uri=image_uri,
    command=["python3"],
    instance_type="ml.m5.xlarge",
    instance_count=1,
    base_job_name="script-abalone-eval",
    role=ROLE,
    sagemaker_session=pipeline_session,
)
eval_args = script_eval.run(
    inputs=[
        ProcessingInput(
            source=step_train.properties.ModelArtifacts.S3ModelArtifacts,
            destination="/opt/ml/processing/model",
        ),
        ProcessingInput(
            source=step_process.properties.ProcessingOutputConfig.Outputs["test"].S3Output.S3Uri,
            destination="/opt/ml/processing/test",
        ),
    ],
    outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
    code=f"s3://{BUCKET}/code/evaluation.py",
)
evaluation_report = PropertyFile(
    name="EvaluationReport", output_name="evaluation", path="evaluation.json"
)
step_eval = ProcessingStep(
    name="AbaloneEval", step_args=eval_args, property_files=[evaluation_report]
)

# ---------------------------------------------------------------- register (ModelStep)
model_metrics = ModelMetrics(
    model_statistics=MetricsSource(
        s3_uri=Join(
            on="/",
            values=[
                # NOTE: the AWS notebook uses step_eval.arguments[...]["S3Uri"] here; evaluating
                # .arguments outside pipeline compilation bakes a timestamped default output
                # path ("script-abalone-eval-<timestamp>/output/evaluation") into the definition.
                step_eval.properties.ProcessingOutputConfig.Outputs["evaluation"].S3Output.S3Uri,
                "evaluation.json",
            ],
        ),
        content_type="application/json",
    )
)
model = Model(
    image_uri=image_uri,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    sagemaker_session=pipeline_session,
    role=ROLE,
)
register_args = model.register(
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.t2.medium", "ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name=MODEL_PACKAGE_GROUP,
    approval_status=model_approval_status,
    model_metrics=model_metrics,
)
step_register = ModelStep(name="RegisterAbaloneModel", step_args=register_args)

# ---------------------------------------------------------------- fail + condition
step_fail = FailStep(
    name="AbaloneMSEFail",
    error_message=Join(on=" ", values=["Execution failed due to MSE >", mse_threshold]),
)
cond_lte = ConditionLessThanOrEqualTo(
    left=JsonGet(
        step_name=step_eval.name,
        property_file=evaluation_report,
        json_path="regression_metrics.mse.value",
    ),
    right=mse_threshold,
)
step_cond = ConditionStep(
    name="AbaloneMSECond",
    conditions=[cond_lte],
    if_steps=[step_register],
    else_steps=[step_fail],
)

pipeline = Pipeline(
    name="AbalonePipeline",
    parameters=[
        processing_instance_count,
        instance_type,
        model_approval_status,
        input_data,
        mse_threshold,
    ],
    steps=[step_process, step_train, step_eval, step_cond],
    sagemaker_session=pipeline_session,
)

