"""Pipebook's side: a one-step pipeline trains the built-in XGBoost on the same CSVs, with the
tree method given (the 1.7-1 container's default, exact, when none is). Prints the validation
RMSE (the last round's, from the step's log), the trainer's own time (the log's "Trained ...
in S s": one thread, as xgb.train is timed on the other side) and the whole step's duration
(reading the CSVs and writing the model included).

    pipebook xgboost_pipebook.py DATA_FOLDER [exact|hist]"""
import sys

from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.s3 import S3Uploader
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.steps import TrainingStep

from hyperparameters import HYPERPARAMETERS

folder = sys.argv[1]
session = PipelineSession(default_bucket="bench")
S3Uploader.upload(folder + "/train.csv", "s3://bench/abalone/train")
S3Uploader.upload(folder + "/validation.csv", "s3://bench/abalone/validation")
image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, output_path="s3://bench/model",
                      role="arn:aws:iam::000000000000:role/SageMakerRole", sagemaker_session=session)
estimator.set_hyperparameters(**HYPERPARAMETERS, tree_method=sys.argv[2] if len(sys.argv) > 2 else "exact")
step = TrainingStep(name="Train", step_args=estimator.fit(inputs={
    "train": TrainingInput(s3_data="s3://bench/abalone/train", content_type="text/csv"),
    "validation": TrainingInput(s3_data="s3://bench/abalone/validation", content_type="text/csv")}))
pipeline = Pipeline(name="XGBoostBench", steps=[step], sagemaker_session=session)
pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
execution = pipeline.start()
execution.wait(delay=1, max_attempts=600)
train = execution.list_steps()[0]
import _pipebook_engine
log = _pipebook_engine.execution_log(execution.arn, "Train")
last = [line for line in log.splitlines() if line.startswith("[")][-1]
rmse = float(last.split("validation-rmse:")[1])
trained = [line for line in log.splitlines() if line.startswith("Trained ")][0]
print(f"rmse {rmse:.4f}")
print("train_seconds", trained.split(" in ")[1].split(" ")[0])
print(f"step_seconds {(train['EndTime'] - train['StartTime']).total_seconds():.3f}")
