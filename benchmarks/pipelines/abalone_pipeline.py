"""The whole abalone workshop pipeline on the shipped data: preprocessing, built-in XGBoost,
a model and a batch transform of the test set, evaluation into a PropertyFile, a condition
that registers the model or fails. Run twice: the second run's cacheable steps are cache hits.
Prints each run's wall-clock seconds.

    pipebook abalone_pipeline.py ABALONE_CSV"""
import sys
import time

from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model import Model
from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
from sagemaker.s3 import S3Uploader
from sagemaker.transformer import Transformer
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionLessThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join, JsonGet
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.steps import CacheConfig, ProcessingStep, TrainingStep, TransformStep

from hyperparameters import HYPERPARAMETERS

ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
session = PipelineSession(default_bucket="workshop")
S3Uploader.upload(sys.argv[1], "s3://workshop/abalone")
image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
cache = CacheConfig(enable_caching=True, expire_after="PT1H")
processor = ScriptProcessor(image_uri=image, command=["python3"], instance_type="ml.m5.xlarge", instance_count=1,
                            role=ROLE, sagemaker_session=session)

process = ProcessingStep(name="Preprocess", cache_config=cache, step_args=processor.run(
    inputs=[ProcessingInput(source="s3://workshop/abalone", destination="/opt/ml/processing/input")],
    outputs=[ProcessingOutput(output_name=n, source="/opt/ml/processing/" + n) for n in ("train", "validation", "test")],
    code="code/preprocess.py"))
outputs = process.properties.ProcessingOutputConfig.Outputs
estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                      output_path="s3://workshop/model", sagemaker_session=session)
estimator.set_hyperparameters(**HYPERPARAMETERS)
train = TrainingStep(name="Train", cache_config=cache, step_args=estimator.fit(inputs={
    "train": TrainingInput(s3_data=outputs["train"].S3Output.S3Uri, content_type="text/csv"),
    "validation": TrainingInput(s3_data=outputs["validation"].S3Output.S3Uri, content_type="text/csv")}))
model = Model(image_uri=image, model_data=train.properties.ModelArtifacts.S3ModelArtifacts, sagemaker_session=session, role=ROLE)
create = ModelStep(name="Model", step_args=model.create(instance_type="ml.m5.large"))
transformer = Transformer(model_name=create.properties.ModelName, instance_type="ml.m5.xlarge", instance_count=1,
                          output_path="s3://workshop/predictions", sagemaker_session=session)
predict = TransformStep(name="Predict", cache_config=cache, step_args=transformer.transform(
    data=Join(on="/", values=[outputs["test"].S3Output.S3Uri, "features.csv"]), content_type="text/csv", split_type="Line"))
report = PropertyFile(name="Report", output_name="evaluation", path="evaluation.json")
evaluate = ProcessingStep(name="Evaluate", cache_config=cache, property_files=[report], depends_on=[predict], step_args=processor.run(
    inputs=[ProcessingInput(source=outputs["test"].S3Output.S3Uri, destination="/opt/ml/processing/test"),
            ProcessingInput(source="s3://workshop/predictions", destination="/opt/ml/processing/predictions")],
    outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
    code="code/evaluate.py"))
register = ModelStep(name="Register", step_args=model.register(
    content_types=["text/csv"], response_types=["text/csv"], inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"], model_package_group_name="Abalone"))
fail = FailStep(name="TooHigh", error_message="MSE above 6")
check = ConditionStep(name="CheckMSE", conditions=[ConditionLessThanOrEqualTo(
    left=JsonGet(step_name=evaluate.name, property_file=report, json_path="regression_metrics.mse.value"), right=6.0)],
    if_steps=[register], else_steps=[fail])
pipeline = Pipeline(name="AbaloneBench", steps=[process, train, create, predict, evaluate, check], sagemaker_session=session)
pipeline.upsert(role_arn=ROLE)

for label in ("first_run_seconds", "cached_run_seconds"):
    start = time.time()
    execution = pipeline.start()
    while execution.describe()["PipelineExecutionStatus"] == "Executing":
        import _pipebook_engine
        _pipebook_engine.execution_wait(execution.arn, 0.05)
    elapsed = time.time() - start
    steps = execution.list_steps()
    hits = sum(1 for s in steps if "CacheHitResult" in s)
    print(execution.describe()["PipelineExecutionStatus"], f"{len(steps)} steps, {hits} cache hits")
    print(f"{label} {elapsed:.3f}")
