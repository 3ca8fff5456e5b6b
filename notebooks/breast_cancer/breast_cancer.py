# %% [markdown]
# # Tune, check and publish a breast cancer classifier with SageMaker Pipelines
#
# The second workshop. The abalone workshop built a pipeline step by step; this one uses what
# makes pipelines cheap to run again and again:
#
# 1. a **TuningStep** that trains several XGBoost models with different hyperparameters and
#    keeps the best one;
# 2. a **condition on a classification metric**: the best model's accuracy on a test set;
# 3. a **LambdaStep** that runs a small function when the model passes;
# 4. **step caching**: a second execution with the same inputs reuses every result, and a
#    third, with one parameter changed, runs only the steps that parameter affects;
# 5. **retrying** a failed execution once its cause is fixed.
#
# As in the abalone workshop, everything runs on your machine in Pipebook.
#
# ## The data set
#
# Breast Cancer Wisconsin (Diagnostic), from the UCI Machine Learning Repository (Wolberg,
# Mangasarian, Street and Street, 1993, doi:10.24432/C5DW2B), licensed under
# [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). scikit-learn ships a copy
# (`sklearn.datasets.load_breast_cancer`), which we use. Each of its 569 rows describes the cell
# nuclei in an image of a breast mass by 30 measurements (radius, texture, smoothness... each as
# a mean, a standard error and a worst value); the target is 0 for a malignant mass and 1 for a
# benign one. The task is a binary classification.

# %% [markdown]
# ## Set up
#
# The same session, role and bucket as in the abalone workshop.

# %%
import json

import sagemaker
from sagemaker.workflow.pipeline_context import PipelineSession

sagemaker_session = sagemaker.session.Session()
region = sagemaker_session.boto_region_name
role = sagemaker.get_execution_role()
pipeline_session = PipelineSession()
default_bucket = sagemaker_session.default_bucket()

# %% [markdown]
# Load the data with scikit-learn as a pandas frame, write it to a CSV with a header line and
# upload it.

# %%
# !mkdir -p data code

# %%
from sklearn.datasets import load_breast_cancer

X, y = load_breast_cancer(return_X_y=True, as_frame=True)
data = X.copy()
data["target"] = y
print(data.shape)
print(data["target"].value_counts())
data.to_csv("data/breast_cancer.csv", index=False)

input_data_uri = sagemaker.s3.S3Uploader.upload(
    local_path="data/breast_cancer.csv",
    desired_s3_uri=f"s3://{default_bucket}/cancer",
)
print(input_data_uri)

# %% [markdown]
# ## Parameters
#
# - `InputData`: the CSV to learn from;
# - `MaxTuningJobs`: how many models the tuning step trains;
# - `MinAccuracy`: the accuracy on the test set a model needs to be published.

# %%
from sagemaker.workflow.parameters import ParameterFloat, ParameterInteger, ParameterString

input_data = ParameterString(name="InputData", default_value=input_data_uri)
max_tuning_jobs = ParameterInteger(name="MaxTuningJobs", default_value=4)
min_accuracy = ParameterFloat(name="MinAccuracy", default_value=0.9)

# %% [markdown]
# ## Step 1: split the data
#
# The script puts the label in the first column (as SageMaker's XGBoost expects) and splits the
# rows 70% / 15% / 15% with a fixed seed. Trees need no scaling, so that is all.

# %%
# %%writefile code/split.py
import pandas as pd
from sklearn.model_selection import train_test_split

if __name__ == "__main__":
    base_dir = "/opt/ml/processing"
    df = pd.read_csv(f"{base_dir}/input/breast_cancer.csv")
    label = df.pop("target")
    df.insert(0, "target", label)  # the label first

    train, rest = train_test_split(df, test_size=0.3, random_state=42)
    validation, test = train_test_split(rest, test_size=0.5, random_state=42)

    train.to_csv(f"{base_dir}/train/train.csv", header=False, index=False)
    validation.to_csv(f"{base_dir}/validation/validation.csv", header=False, index=False)
    test.to_csv(f"{base_dir}/test/test.csv", header=False, index=False)
    print(f"train {len(train)}, validation {len(validation)}, test {len(test)} rows")

# %% [markdown]
# Every step that does real work gets the same `CacheConfig`: an execution reuses a previous
# execution's result for a step whose arguments and input data are unchanged.

# %%
from sagemaker.processing import ProcessingInput, ProcessingOutput
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.steps import CacheConfig, ProcessingStep

cache_config = CacheConfig(enable_caching=True, expire_after="P1D")

sklearn_processor = SKLearnProcessor(
    framework_version="1.2-1",
    instance_type="ml.m5.xlarge",
    instance_count=1,
    base_job_name="cancer-split",
    role=role,
    sagemaker_session=pipeline_session,
)
step_split = ProcessingStep(
    name="CancerSplit",
    step_args=sklearn_processor.run(
        inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input")],
        outputs=[
            ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
            ProcessingOutput(output_name="validation", source="/opt/ml/processing/validation"),
            ProcessingOutput(output_name="test", source="/opt/ml/processing/test"),
        ],
        code="code/split.py",
    ),
    cache_config=cache_config,
)

# %% [markdown]
# ## Step 2: tune the model
#
# A `HyperparameterTuner` wraps an estimator: it keeps the hyperparameters set on the estimator
# and tries values in the ranges we give for the others, one training job per try
# (`MaxTuningJobs` of them, two at a time). Each job reports the metric we optimise, here
# `validation:auc`, the area under the ROC curve on the validation set, and the tuner ranks the
# jobs by it.

# %%
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner, IntegerParameter
from sagemaker.workflow.steps import TuningStep

image_uri = sagemaker.image_uris.retrieve(framework="xgboost", region=region, version="1.7-1")
model_prefix = "cancer/models"
xgb = Estimator(
    image_uri=image_uri,
    instance_type="ml.m5.xlarge",
    instance_count=1,
    output_path=f"s3://{default_bucket}/{model_prefix}",
    role=role,
    sagemaker_session=pipeline_session,
)
xgb.set_hyperparameters(objective="binary:logistic", eval_metric="auc", num_round=50)

tuner = HyperparameterTuner(
    estimator=xgb,
    objective_metric_name="validation:auc",
    objective_type="Maximize",
    hyperparameter_ranges={
        "eta": ContinuousParameter(0.05, 0.5),
        "max_depth": IntegerParameter(2, 6),
        "min_child_weight": ContinuousParameter(1, 5),
    },
    max_jobs=max_tuning_jobs,
    max_parallel_jobs=2,
    strategy="Random",
)
outputs = step_split.properties.ProcessingOutputConfig.Outputs
step_tune = TuningStep(
    name="CancerTune",
    step_args=tuner.fit(inputs={
        "train": TrainingInput(s3_data=outputs["train"].S3Output.S3Uri, content_type="text/csv"),
        "validation": TrainingInput(s3_data=outputs["validation"].S3Output.S3Uri, content_type="text/csv"),
    }),
    cache_config=cache_config,
)

# %% [markdown]
# ## Step 3: evaluate the best model
#
# `get_top_model_s3_uri(top_k=0, ...)` is the S3 URI of the best job's model. The evaluation
# script predicts the probability that each test mass is benign, calls it benign above 0.5, and
# writes accuracy, precision, recall and AUC to `evaluation.json`.

# %%
# %%writefile code/evaluate.py
import json
import pathlib
import pickle
import tarfile

import pandas as pd
import xgboost
from sklearn.metrics import accuracy_score, precision_score, recall_score, roc_auc_score

if __name__ == "__main__":
    with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
        tar.extractall(path=".")
    model = pickle.load(open("xgboost-model", "rb"))

    df = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
    y_test = df.iloc[:, 0].to_numpy()
    X_test = df.drop(df.columns[0], axis=1).values

    probabilities = model.predict(xgboost.DMatrix(X_test))
    predictions = (probabilities > 0.5).astype(int)

    metrics = {
        "accuracy": accuracy_score(y_test, predictions),
        "precision": precision_score(y_test, predictions),
        "recall": recall_score(y_test, predictions),
        "auc": roc_auc_score(y_test, probabilities),
    }
    report = {"binary_classification_metrics": {name: {"value": value} for name, value in metrics.items()}}
    print(report)

    output_dir = "/opt/ml/processing/evaluation"
    pathlib.Path(output_dir).mkdir(parents=True, exist_ok=True)
    with open(f"{output_dir}/evaluation.json", "w") as f:
        json.dump(report, f)

# %%
from sagemaker.processing import ScriptProcessor
from sagemaker.workflow.properties import PropertyFile

script_eval = ScriptProcessor(
    image_uri=image_uri,
    command=["python3"],
    instance_type="ml.m5.xlarge",
    instance_count=1,
    base_job_name="cancer-eval",
    role=role,
    sagemaker_session=pipeline_session,
)
evaluation_report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
step_eval = ProcessingStep(
    name="CancerEval",
    step_args=script_eval.run(
        inputs=[
            ProcessingInput(
                source=step_tune.get_top_model_s3_uri(top_k=0, s3_bucket=default_bucket, prefix=model_prefix),
                destination="/opt/ml/processing/model",
            ),
            ProcessingInput(source=outputs["test"].S3Output.S3Uri, destination="/opt/ml/processing/test"),
        ],
        outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
        code="code/evaluate.py",
    ),
    property_files=[evaluation_report],
    cache_config=cache_config,
)

# %% [markdown]
# ## Step 4: a Lambda function
#
# A `LambdaStep` calls an AWS Lambda function with inputs from the pipeline and reads back the
# values it returns. Teams use one to deploy a model, notify someone or call another service.
# Ours writes the announcement of the new model. `Lambda(function_name=..., script=...,
# handler=...)` creates the function from a file (in SageMaker, in your AWS account).

# %%
# %%writefile code/announce.py
def handler(event, context):
    accuracy = float(event["accuracy"])
    return {
        "statusCode": 200,
        "message": f"A new breast cancer model is ready: accuracy {accuracy:.3f} on the test set",
    }

# %%
from sagemaker.lambda_helper import Lambda
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.lambda_step import LambdaOutput, LambdaOutputTypeEnum, LambdaStep

accuracy = JsonGet(
    step_name=step_eval.name,
    property_file=evaluation_report,
    json_path="binary_classification_metrics.accuracy.value",
)
step_announce = LambdaStep(
    name="CancerAnnounce",
    lambda_func=Lambda(
        function_name="announce-cancer-model",
        execution_role_arn=role,
        script="code/announce.py",
        handler="announce.handler",
    ),
    inputs={"accuracy": accuracy},
    outputs=[
        LambdaOutput(output_name="statusCode", output_type=LambdaOutputTypeEnum.Integer),
        LambdaOutput(output_name="message", output_type=LambdaOutputTypeEnum.String),
    ],
)

# %% [markdown]
# ## Step 5: the condition
#
# The model is announced only if its accuracy is at least `MinAccuracy`; otherwise a
# `FailStep` ends the execution.

# %%
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join

step_fail = FailStep(
    name="CancerAccuracyFail",
    error_message=Join(on=" ", values=["Accuracy below", min_accuracy]),
)
step_cond = ConditionStep(
    name="CancerAccuracyCond",
    conditions=[ConditionGreaterThanOrEqualTo(left=accuracy, right=min_accuracy)],
    if_steps=[step_announce],
    else_steps=[step_fail],
)

# %%
from sagemaker.workflow.pipeline import Pipeline

pipeline = Pipeline(
    name="CancerPipeline",
    parameters=[input_data, max_tuning_jobs, min_accuracy],
    steps=[step_split, step_tune, step_eval, step_cond],
)
pipeline.upsert(role_arn=role)

# %% [markdown]
# ## The first execution
#
# Everything runs: the split, four training jobs, the evaluation, the condition and the Lambda
# function. A small helper prints each step with its status and whether it was a cache hit.

# %%
def show_steps(execution):
    for step in reversed(execution.list_steps()):
        cache = "cache hit" if "CacheHitResult" in step else ""
        print(step["StepName"].ljust(22), step["StepStatus"].ljust(10), cache, step.get("FailureReason", ""))


execution = pipeline.start()
execution.wait()
show_steps(execution)

# %% [markdown]
# The tuning job, and what its best model scored on the test set. The evaluation report is in the
# evaluation step's `evaluation` output, at the SDK's default location
# `s3://<bucket>/<pipeline>/<execution id>/<step>/output/<output>`, with the id of the
# execution that ran the step: for a cache hit, the earlier execution named in its
# `CacheHitResult`.

# %%
def step_output_uri(execution, step_name, output_name):
    step = [s for s in execution.list_steps() if s["StepName"] == step_name][0]
    ran_in = step.get("CacheHitResult", {}).get("SourcePipelineExecutionArn", execution.arn)
    execution_id = ran_in.split("/")[-1]
    return f"s3://{default_bucket}/{pipeline.name}/{execution_id}/{step_name}/output/{output_name}"


tuning = [s for s in execution.list_steps() if s["StepName"] == "CancerTune"][0]
print(tuning["Metadata"]["TuningJob"]["Arn"])
report = json.loads(sagemaker.s3.S3Downloader.read_file(
    step_output_uri(execution, "CancerEval", "evaluation") + "/evaluation.json"
))
report

# %% [markdown]
# The Lambda step's outputs are in its metadata:

# %%
announce = [s for s in execution.list_steps() if s["StepName"] == "CancerAnnounce"][0]
announce["Metadata"]["Lambda"]

# %% [markdown]
# ## Caching: the same execution again
#
# Start the pipeline again with the same parameters. The split, the tuning and the evaluation
# have the same arguments and read the same data as before, so each is a cache hit: the
# execution takes their results from the first one without running anything. The condition and
# the Lambda function run again (they are cheap, and a condition is never cached).

# %%
execution = pipeline.start()
execution.wait()
show_steps(execution)

# %% [markdown]
# ## Caching: change one parameter
#
# Now try six models instead of four. The split does not use `MaxTuningJobs`, so it is still a
# cache hit; the tuning step's arguments changed, so it runs, and so does the evaluation, whose
# input is the new best model.

# %%
execution = pipeline.start(parameters={"MaxTuningJobs": 6})
execution.wait()
show_steps(execution)

# %% [markdown]
# ## Retry a failed execution
#
# New data arrives every month. Start an execution on next month's file, which has not been
# uploaded yet: the split step finds nothing at that S3 URI and the execution fails.

# %%
next_month = f"s3://{default_bucket}/cancer/next-month/breast_cancer.csv"
execution = pipeline.start(parameters={"InputData": next_month})
try:
    execution.wait()
except Exception as error:
    print(error)
show_steps(execution)

# %% [markdown]
# Once the file is there, there is no need to start over: `retry()` runs the same execution
# again, with the same parameters, from the steps that failed (steps that had succeeded are
# kept).

# %%
sagemaker.s3.S3Uploader.upload(local_path="data/breast_cancer.csv", desired_s3_uri=f"s3://{default_bucket}/cancer/next-month")
execution.retry()
execution.wait()
show_steps(execution)
execution.describe()["PipelineExecutionStatus"]
