"""Hyperparameter tuning of built-in XGBoost: a TuningStep from tuner.fit(), the best model
registered with RegisterModel when its AUC is high enough, with a retry policy and caching."""
import sagemaker
from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.tuner import CategoricalParameter, ContinuousParameter, HyperparameterTuner, IntegerParameter
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo, ConditionLessThan
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join
from sagemaker.workflow.parameters import ParameterFloat, ParameterInteger, ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.retry import SageMakerJobExceptionTypeEnum, SageMakerJobStepRetryPolicy
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import CacheConfig, TuningStep

session = PipelineSession()
bucket = session.default_bucket()
role = sagemaker.get_execution_role()

train_uri = ParameterString(name="TrainData", default_value=f"s3://{bucket}/tuning/train")
validation_uri = ParameterString(name="ValidationData", default_value=f"s3://{bucket}/tuning/validation")
max_jobs = ParameterInteger(name="MaxJobs", default_value=4)
min_auc = ParameterFloat(name="MinAuc", default_value=0.75)

image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
estimator = Estimator(
    image_uri=image,
    role=role,
    instance_count=1,
    instance_type="ml.m5.xlarge",
    output_path=f"s3://{bucket}/tuning/models",
    sagemaker_session=session,
    disable_profiler=True,
)
estimator.set_hyperparameters(objective="binary:logistic", num_round=100, eval_metric="auc")

tuner = HyperparameterTuner(
    estimator=estimator,
    objective_metric_name="validation:auc",
    hyperparameter_ranges={
        "eta": ContinuousParameter(0.05, 0.5),
        "max_depth": IntegerParameter(3, 8),
        "booster": CategoricalParameter(["gbtree", "dart"]),
    },
    objective_type="Maximize",
    max_jobs=max_jobs,
    max_parallel_jobs=2,
    strategy="Bayesian",
)
step_tune = TuningStep(
    name="TuneXGBoost",
    step_args=tuner.fit(inputs={
        "train": TrainingInput(s3_data=train_uri, content_type="text/csv"),
        "validation": TrainingInput(s3_data=validation_uri, content_type="text/csv"),
    }),
    cache_config=CacheConfig(enable_caching=True, expire_after="P30D"),
    retry_policies=[
        SageMakerJobStepRetryPolicy(
            exception_types=[SageMakerJobExceptionTypeEnum.RESOURCE_LIMIT, SageMakerJobExceptionTypeEnum.INTERNAL_ERROR],
            interval_seconds=10,
            backoff_rate=1.5,
            expire_after_mins=60,
        )
    ],
)

best_model = step_tune.get_top_model_s3_uri(top_k=0, s3_bucket=bucket, prefix="tuning/models")
step_register = RegisterModel(
    name="RegisterBest",
    estimator=estimator,
    model_data=best_model,
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="TunedModels",
    approval_status="Approved",
    model_metrics=ModelMetrics(
        model_statistics=MetricsSource(s3_uri=Join(on="/", values=[best_model, "metrics.json"]), content_type="application/json"),
    ),
)
step_fail = FailStep(name="TooFewJobs", error_message="MaxJobs must be below 50")

step_cond = ConditionStep(
    name="CheckTuning",
    conditions=[
        ConditionGreaterThanOrEqualTo(left=min_auc, right=0.5),
        ConditionLessThan(left=max_jobs, right=50),
    ],
    if_steps=[step_register],
    else_steps=[step_fail],
)

pipeline = Pipeline(
    name="TuningPipeline",
    parameters=[train_uri, validation_uri, max_jobs, min_auc],
    steps=[step_tune, step_cond],
    sagemaker_session=session,
)
