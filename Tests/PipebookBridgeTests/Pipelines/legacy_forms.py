"""The older step forms (processor=, estimator=, tuner=, transformer=, model=), a base Processor, a
script-mode XGBoost estimator, a built-in linear learner and its tuning, CreateModelStep, TransformStep, ModelStep.register with a
model whose data comes from training, and StepRetryPolicy on several steps."""
import sagemaker
from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.inputs import CreateModelInput, TrainingInput, TransformInput
from sagemaker.model import Model
from sagemaker.processing import ProcessingInput, ProcessingOutput, Processor, ScriptProcessor
from sagemaker.transformer import Transformer
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner, IntegerParameter
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.retry import StepExceptionTypeEnum, StepRetryPolicy
from sagemaker.workflow.steps import CreateModelStep, ProcessingStep, TrainingStep, TransformStep, TuningStep
from sagemaker.xgboost.estimator import XGBoost

session = PipelineSession(default_bucket="legacy-bucket")
role = sagemaker.get_execution_role()
raw = ParameterString(name="RawData", default_value="s3://legacy-bucket/raw/")
retry = StepRetryPolicy(exception_types=[StepExceptionTypeEnum.THROTTLING], max_attempts=5, expire_after_mins=30)

sklearn_image = image_uris.retrieve(framework="sklearn", region="us-east-1", version="1.2-1")
script_processor = ScriptProcessor(
    image_uri=sklearn_image,
    command=["python3"],
    role=role,
    instance_count=1,
    instance_type="ml.m5.xlarge",
    volume_size_in_gb=50,
    max_runtime_in_seconds=3600,
    env={"MODE": "full"},
    sagemaker_session=session,
)
step_prep = ProcessingStep(
    name="Prepare",
    processor=script_processor,
    inputs=[ProcessingInput(source=raw, destination="/opt/ml/processing/input", s3_data_distribution_type="ShardedByS3Key")],
    outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train",
                              destination="s3://legacy-bucket/prepared/train")],
    code="s3://legacy-bucket/scripts/prepare.py",
    job_arguments=["--rows", "1000"],
    retry_policies=[retry],
)

stats = Processor(
    role=role,
    image_uri="000000000000.dkr.ecr.us-east-1.amazonaws.com/stats:latest",
    entrypoint=["/usr/bin/stats", "--all"],
    instance_count=2,
    instance_type="ml.c5.xlarge",
    sagemaker_session=session,
)
step_stats = ProcessingStep(
    name="Statistics",
    processor=stats,
    inputs=[ProcessingInput(source=step_prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
                            destination="/opt/ml/processing/data")],
    outputs=[ProcessingOutput(output_name="stats", source="/opt/ml/processing/stats", s3_upload_mode="Continuous")],
)

xgb = XGBoost(
    entry_point="src/train.py",
    framework_version="1.7-1",
    role=role,
    instance_count=1,
    instance_type="ml.m5.2xlarge",
    output_path="s3://legacy-bucket/models",
    base_job_name="legacy-xgb",
    sagemaker_session=session,
    hyperparameters={"num_round": 20, "objective": "reg:squarederror"},
    disable_profiler=True,
)
# A script-mode estimator under the estimator= form would upload its code to a timestamped
# path; step_args= hashes it instead, so that form is used for XGBoost.
step_script = TrainingStep(
    name="TrainScript",
    step_args=xgb.fit(inputs={"train": TrainingInput(
        s3_data=step_prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri, content_type="text/csv")}),
)

builtin = Estimator(
    image_uri=image_uris.retrieve(framework="linear-learner", region="us-east-1"),
    role=role,
    instance_count=1,
    instance_type="ml.m5.xlarge",
    volume_size=10,
    max_run=7200,
    input_mode="File",
    output_path="s3://legacy-bucket/models",
    sagemaker_session=session,
    enable_sagemaker_metrics=True,
    disable_profiler=True,
)
builtin.set_hyperparameters(predictor_type="regressor", mini_batch_size=100, epochs=5)
step_train = TrainingStep(
    name="Train",
    estimator=builtin,
    inputs={"train": TrainingInput(s3_data=step_prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
                                   content_type="text/csv", distribution="ShardedByS3Key", input_mode="Pipe")},
    retry_policies=[retry],
)

step_tune = TuningStep(
    name="TuneLinear",
    tuner=HyperparameterTuner(
        estimator=builtin,
        objective_metric_name="validation:objective_loss",
        hyperparameter_ranges={
            "learning_rate": ContinuousParameter(0.001, 0.1, scaling_type="Logarithmic"),
            "mini_batch_size": IntegerParameter(50, 500),
        },
        objective_type="Minimize",
        max_jobs=4,
        max_parallel_jobs=2,
        strategy="Random",
        base_tuning_job_name="legacy-tune",
    ),
    inputs={"train": TrainingInput(s3_data=step_prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
                                   content_type="text/csv")},
    depends_on=[step_train],
)

model = Model(
    image_uri=image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1"),
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    role=role,
    env={"SAGEMAKER_PROGRAM": "inference.py"},
    sagemaker_session=session,
)
step_create = CreateModelStep(
    name="CreateXgbModel",
    model=model,
    inputs=CreateModelInput(instance_type="ml.m5.large"),
)

step_transform = TransformStep(
    name="Score",
    transformer=Transformer(
        model_name=step_create.properties.ModelName,
        instance_count=1,
        instance_type="ml.m5.xlarge",
        output_path="s3://legacy-bucket/scores",
        accept="text/csv",
        assemble_with="Line",
        strategy="MultiRecord",
        max_payload=6,
        env={"BATCH": "1"},
    ),
    inputs=TransformInput(data="s3://legacy-bucket/prepared/test", content_type="text/csv", split_type="Line",
                          input_filter="$[1:]", join_source="Input", output_filter="$[0,-1]"),
)

step_register = ModelStep(
    name="RegisterXgb",
    step_args=model.register(
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.xlarge"],
        model_package_group_name="LegacyModels",
        description="XGBoost trained by the legacy pipeline",
    ),
    depends_on=[step_transform],
)

pipeline = Pipeline(
    name="LegacyFormsPipeline",
    parameters=[raw],
    steps=[step_prep, step_stats, step_script, step_train, step_tune, step_create, step_transform, step_register],
    sagemaker_session=session,
)
