# %% [markdown]
# # Predict the age of an abalone with SageMaker Pipelines
#
# This workshop builds a machine-learning pipeline with the SageMaker Python SDK and runs it
# three times. It follows the order of the AWS tutorial *Orchestrate Jobs to Train and Evaluate
# Models with Amazon SageMaker Pipelines* (amazon-sagemaker-examples), one step at a time:
#
# 1. **Preprocess** the raw data into training, validation and test sets (a processing job).
# 2. **Train** a model with SageMaker's built-in XGBoost algorithm (a training job).
# 3. **Evaluate** the model on the test set and write the score to a JSON report.
# 4. **Check** the score: if it is good enough, **create** a model, run a **batch transform**
#    with it and **register** it in the model registry; if not, **fail** the execution.
#
# Here every step runs on your machine, in Pipebook: "S3" is the folder `.pipebook/s3/`, and
# pipelines, executions and registered models are kept in `.pipebook/pipebook.sqlite`. The code
# is the code you would run in SageMaker Studio; only where it runs differs.
#
# ## The data set
#
# The [Abalone data set](https://archive.ics.uci.edu/dataset/1/abalone) from the UCI Machine
# Learning Repository (Nash, Sellers, Talbot, Cawthorn and Ford, 1994, doi:10.24432/C55C7W),
# licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/); `data/abalone.csv`
# is an unmodified copy. Each of its 4,177 rows is one abalone (a sea snail): its sex (`M`, `F`
# or `I` for infant), seven measurements of its shell and weight, and the number of rings in its
# shell. Counting rings means cutting the shell and looking through a microscope; the age in
# years is the rings plus 1.5. The model learns to predict the rings from the measurements
# alone: a regression.

# %% [markdown]
# ## Set up
#
# A SageMaker `Session` knows the AWS region, the account's default S3 bucket and the IAM role
# that jobs run as. A `PipelineSession` is what steps are built with: under it, `processor.run()`
# or `estimator.fit()` does not start a job, it records the job's arguments for a pipeline step.

# %%
import boto3
import sagemaker
from sagemaker.workflow.pipeline_context import PipelineSession

sagemaker_session = sagemaker.session.Session()
region = sagemaker_session.boto_region_name
role = sagemaker.get_execution_role()
pipeline_session = PipelineSession()
default_bucket = sagemaker_session.default_bucket()

model_package_group_name = "AbaloneModelPackageGroupName"
print(region, default_bucket, role, sep="\n")

# %% [markdown]
# Upload the data to the default bucket. `S3Uploader.upload` returns the S3 URI of the copy.

# %%
input_data_uri = sagemaker.s3.S3Uploader.upload(
    local_path="data/abalone.csv",
    desired_s3_uri=f"s3://{default_bucket}/abalone",
)
print(input_data_uri)

# %% [markdown]
# A first look at the data with pandas. The file has no header line, so we name the columns.

# %%
import pandas as pd

columns = ["sex", "length", "diameter", "height", "whole_weight", "shucked_weight",
           "viscera_weight", "shell_weight", "rings"]
abalone = pd.read_csv("data/abalone.csv", header=None, names=columns)
print(abalone.shape)
print(abalone["sex"].value_counts())
abalone.head()

# %% [markdown]
# The batch transform at the end of the pipeline needs a second data set: abalone whose rings
# we want the model to predict. A model reads features in the form it was trained on, so we make
# these rows with the same transformations the preprocessing script below applies (the
# measurements standardised, the sex one-hot encoded), for a sample of 200 abalone, without the
# rings column.

# %%
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

measurements = columns[1:-1]
features = ColumnTransformer([
    ("num", StandardScaler(), measurements),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["sex"]),
])
features.fit(abalone.drop(columns=["rings"]))
sample = abalone.drop(columns=["rings"]).sample(n=200, random_state=0)
pd.DataFrame(features.transform(sample)).to_csv("data/abalone-batch.csv", header=False, index=False)

batch_data_uri = sagemaker.s3.S3Uploader.upload(
    local_path="data/abalone-batch.csv",
    desired_s3_uri=f"s3://{default_bucket}/abalone",
)
print(batch_data_uri)

# %% [markdown]
# ## Parameters
#
# Parameters are the values you can change each time you start the pipeline, without changing
# its definition. Each has a name, a type (`ParameterString`, `ParameterInteger`,
# `ParameterFloat`) and a default:
#
# - `ProcessingInstanceCount`: how many instances the preprocessing job uses;
# - `TrainingInstanceType`: the instance type of the training job;
# - `ModelApprovalStatus`: the status a registered model starts with (`PendingManualApproval`
#   means someone must approve it before it is deployed);
# - `InputData` and `BatchData`: where the data is;
# - `MseThreshold`: the highest mean squared error we accept for a model.

# %%
from sagemaker.workflow.parameters import ParameterFloat, ParameterInteger, ParameterString

processing_instance_count = ParameterInteger(name="ProcessingInstanceCount", default_value=1)
instance_type = ParameterString(name="TrainingInstanceType", default_value="ml.m5.xlarge")
model_approval_status = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")
input_data = ParameterString(name="InputData", default_value=input_data_uri)
batch_data = ParameterString(name="BatchData", default_value=batch_data_uri)
mse_threshold = ParameterFloat(name="MseThreshold", default_value=6.0)

# %% [markdown]
# ## Step 1: preprocess the data
#
# The processing job runs a script of ours. The cell below writes it to `code/preprocessing.py`
# (edit it and run the cell again to change it). With pandas and scikit-learn it:
#
# - fills in missing values (the median of a measurement, `"missing"` for the sex),
# - standardises the measurements (mean 0, standard deviation 1),
# - one-hot encodes the sex into three columns of 0 and 1,
# - puts the label, `rings`, in the first column, as SageMaker's XGBoost expects,
# - shuffles the rows and splits them 70% / 15% / 15% into training, validation and test sets.
#
# Inside the job, the input is under `/opt/ml/processing/input` and whatever the script writes
# under the output folders is uploaded to S3 when it ends.

# %%
# !mkdir -p code

# %%
# %%writefile code/preprocessing.py
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# The CSV has no header line: name the columns and give their types.
feature_columns = ["sex", "length", "diameter", "height", "whole_weight", "shucked_weight",
                   "viscera_weight", "shell_weight"]
label_column = "rings"
dtypes = {name: np.float64 for name in feature_columns + [label_column]}
dtypes["sex"] = str

if __name__ == "__main__":
    base_dir = "/opt/ml/processing"
    df = pd.read_csv(f"{base_dir}/input/abalone.csv", header=None,
                     names=feature_columns + [label_column], dtype=dtypes)

    numeric_features = [name for name in feature_columns if name != "sex"]
    numeric_transformer = Pipeline(steps=[
        ("imputer", SimpleImputer(strategy="median")),
        ("scaler", StandardScaler()),
    ])
    categorical_transformer = Pipeline(steps=[
        ("imputer", SimpleImputer(strategy="constant", fill_value="missing")),
        ("onehot", OneHotEncoder(handle_unknown="ignore")),
    ])
    preprocess = ColumnTransformer(transformers=[
        ("num", numeric_transformer, numeric_features),
        ("cat", categorical_transformer, ["sex"]),
    ])

    y = df.pop(label_column)
    X_pre = preprocess.fit_transform(df)
    y_pre = y.to_numpy().reshape(len(y), 1)
    X = np.concatenate((y_pre, X_pre), axis=1)  # the label first

    np.random.seed(42)  # the same split on every run, so results can be compared
    np.random.shuffle(X)
    train, validation, test = np.split(X, [int(0.7 * len(X)), int(0.85 * len(X))])

    pd.DataFrame(train).to_csv(f"{base_dir}/train/train.csv", header=False, index=False)
    pd.DataFrame(validation).to_csv(f"{base_dir}/validation/validation.csv", header=False, index=False)
    pd.DataFrame(test).to_csv(f"{base_dir}/test/test.csv", header=False, index=False)

# %% [markdown]
# An `SKLearnProcessor` runs the script in SageMaker's scikit-learn container. Its instance count
# is the `ProcessingInstanceCount` parameter: a parameter goes wherever a value would.
#
# `sklearn_processor.run(...)` names the input (the `InputData` parameter, mounted at
# `/opt/ml/processing/input`) and three outputs. Under the `PipelineSession` it returns the job's
# arguments, and a `ProcessingStep` turns them into the pipeline's first step.
#
# The step also gets a `CacheConfig`: when a later execution would run the step again with the
# same arguments and the same input data, it reuses this run's results instead (for an hour,
# `PT1H`). The second and third executions of this workshop use that.

# %%
from sagemaker.processing import ProcessingInput, ProcessingOutput
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.steps import CacheConfig, ProcessingStep

cache_config = CacheConfig(enable_caching=True, expire_after="PT1H")

sklearn_processor = SKLearnProcessor(
    framework_version="1.2-1",
    instance_type="ml.m5.xlarge",
    instance_count=processing_instance_count,
    base_job_name="sklearn-abalone-process",
    role=role,
    sagemaker_session=pipeline_session,
)
processor_args = sklearn_processor.run(
    inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input")],
    outputs=[
        ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
        ProcessingOutput(output_name="validation", source="/opt/ml/processing/validation"),
        ProcessingOutput(output_name="test", source="/opt/ml/processing/test"),
    ],
    code="code/preprocessing.py",
)
step_process = ProcessingStep(name="AbaloneProcess", step_args=processor_args, cache_config=cache_config)

# %% [markdown]
# ## Step 2: train a model
#
# SageMaker's built-in [XGBoost algorithm](https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html)
# needs no script: we pick its container image, give the hyperparameters, and point it at the
# data. `reg:linear` is squared-error regression (newer XGBoost versions call it
# `reg:squarederror`); 50 rounds of trees at most 5 deep, each round's contribution scaled by
# `eta`; `gamma`, `min_child_weight` and `subsample` keep the trees from fitting noise.
#
# The training data is the preprocessing step's `train` output. We do not know its S3 URI yet:
# `step_process.properties` stands for the step's result (the shape of a DescribeProcessingJob
# response), and the pipeline fills in the value when the step has run. Referring to it is also
# what makes training wait for preprocessing.

# %%
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.workflow.steps import TrainingStep

model_path = f"s3://{default_bucket}/AbaloneTrain"
image_uri = sagemaker.image_uris.retrieve(
    framework="xgboost",
    region=region,
    version="1.0-1",
    py_version="py3",
    instance_type="ml.m5.xlarge",
)
xgb_train = Estimator(
    image_uri=image_uri,
    instance_type=instance_type,
    instance_count=1,
    output_path=model_path,
    role=role,
    sagemaker_session=pipeline_session,
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
            s3_data=step_process.properties.ProcessingOutputConfig.Outputs["validation"].S3Output.S3Uri,
            content_type="text/csv",
        ),
    }
)
step_train = TrainingStep(name="AbaloneTrain", step_args=train_args, cache_config=cache_config)

# %% [markdown]
# ## Step 3: evaluate the model
#
# The evaluation script unpacks the model the training job wrote (`model.tar.gz`), predicts the
# rings of every abalone in the test set, and writes the mean squared error of its predictions
# (and the standard deviation of the errors) to `evaluation.json`.

# %%
# %%writefile code/evaluation.py
import json
import pathlib
import pickle
import tarfile

import numpy as np
import pandas as pd
import xgboost
from sklearn.metrics import mean_squared_error

if __name__ == "__main__":
    with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
        tar.extractall(path=".")
    model = pickle.load(open("xgboost-model", "rb"))

    df = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
    y_test = df.iloc[:, 0].to_numpy()
    df.drop(df.columns[0], axis=1, inplace=True)

    predictions = model.predict(xgboost.DMatrix(df.values))

    mse = mean_squared_error(y_test, predictions)
    std = np.std(y_test - predictions)
    report = {"regression_metrics": {"mse": {"value": mse, "standard_deviation": std}}}

    output_dir = "/opt/ml/processing/evaluation"
    pathlib.Path(output_dir).mkdir(parents=True, exist_ok=True)
    with open(f"{output_dir}/evaluation.json", "w") as f:
        f.write(json.dumps(report))

# %% [markdown]
# The script runs in the XGBoost container (it imports `xgboost`), with a `ScriptProcessor`. Its
# inputs are two properties: the training step's model artifact and the preprocessing step's
# test set.
#
# A `PropertyFile` names a JSON file among a step's outputs (`evaluation.json` in the
# `evaluation` output). Later steps can then read values out of it, such as the MSE, while the
# pipeline runs.

# %%
from sagemaker.processing import ScriptProcessor
from sagemaker.workflow.properties import PropertyFile

script_eval = ScriptProcessor(
    image_uri=image_uri,
    command=["python3"],
    instance_type="ml.m5.xlarge",
    instance_count=1,
    base_job_name="script-abalone-eval",
    role=role,
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
    code="code/evaluation.py",
)
evaluation_report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
step_eval = ProcessingStep(
    name="AbaloneEval",
    step_args=eval_args,
    property_files=[evaluation_report],
    cache_config=cache_config,
)

# %% [markdown]
# ## Step 4: create a model
#
# A SageMaker *model* joins a container image and the trained artifact; batch transforms and
# endpoints run models. `model.create()` under the pipeline session gives a `ModelStep` that
# creates one.

# %%
from sagemaker.model import Model
from sagemaker.workflow.model_step import ModelStep

model = Model(
    image_uri=image_uri,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    sagemaker_session=pipeline_session,
    role=role,
)
step_create_model = ModelStep(
    name="AbaloneCreateModel",
    step_args=model.create(instance_type="ml.m5.large", accelerator_type="ml.eia1.medium"),
)

# %% [markdown]
# ## Step 5: a batch transform
#
# A batch transform runs the model over a whole data set at once (here the `BatchData`
# parameter) and writes one prediction per row to the output path. The `Transformer` names the
# model by the create step's `ModelName` property.

# %%
from sagemaker.inputs import TransformInput
from sagemaker.transformer import Transformer
from sagemaker.workflow.steps import TransformStep

transformer = Transformer(
    model_name=step_create_model.properties.ModelName,
    instance_type="ml.m5.xlarge",
    instance_count=1,
    output_path=f"s3://{default_bucket}/AbaloneTransform",
)
step_transform = TransformStep(
    name="AbaloneTransform", transformer=transformer, inputs=TransformInput(data=batch_data)
)

# %% [markdown]
# ## Step 6: register the model
#
# The *model registry* keeps versions of a model in a *model package group*: each registration
# adds a version, with the image, the artifact, the instance types it is meant for, its
# approval status (the `ModelApprovalStatus` parameter) and its metrics. The metrics are the
# evaluation report: its S3 URI is built with `Join` from the evaluation step's output property,
# so it is known only when the pipeline runs.

# %%
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.workflow.functions import Join

model_metrics = ModelMetrics(
    model_statistics=MetricsSource(
        s3_uri=Join(
            on="/",
            values=[
                step_eval.properties.ProcessingOutputConfig.Outputs["evaluation"].S3Output.S3Uri,
                "evaluation.json",
            ],
        ),
        content_type="application/json",
    )
)
register_args = model.register(
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.t2.medium", "ml.m5.xlarge"],
    transform_instances=["ml.m5.xlarge"],
    model_package_group_name=model_package_group_name,
    approval_status=model_approval_status,
    model_metrics=model_metrics,
)
step_register = ModelStep(name="AbaloneRegisterModel", step_args=register_args)

# %% [markdown]
# ## Step 7: fail when the model is not good enough
#
# A `FailStep` ends the execution as Failed with a message of our choosing. `Join` builds the
# message from text and the `MseThreshold` parameter, so it says which threshold was missed.

# %%
from sagemaker.workflow.fail_step import FailStep

step_fail = FailStep(
    name="AbaloneMSEFail",
    error_message=Join(on=" ", values=["Execution failed due to MSE >", mse_threshold]),
)

# %% [markdown]
# ## Step 8: the condition
#
# A `ConditionStep` decides which steps run next. Its condition compares the MSE, read with
# `JsonGet` from the evaluation report, with the `MseThreshold` parameter: when the MSE is at
# most the threshold, the model is registered, created and used for the batch transform (the
# *if* steps); otherwise the execution fails (the *else* step).

# %%
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionLessThanOrEqualTo
from sagemaker.workflow.functions import JsonGet

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
    if_steps=[step_register, step_create_model, step_transform],
    else_steps=[step_fail],
)

# %% [markdown]
# ## The pipeline
#
# A `Pipeline` gathers the parameters and the steps. The order of the steps does not matter:
# the pipeline works out from the properties each step uses what must run before it. The
# steps inside the condition's branches come with the condition step.

# %%
from sagemaker.workflow.pipeline import Pipeline

pipeline_name = "AbalonePipeline"
pipeline = Pipeline(
    name=pipeline_name,
    parameters=[
        processing_instance_count,
        instance_type,
        model_approval_status,
        input_data,
        batch_data,
        mse_threshold,
    ],
    steps=[step_process, step_train, step_eval, step_cond],
)

# %% [markdown]
# The pipeline's *definition* is the JSON document that SageMaker receives: every step with its
# arguments, parameters as `{"Get": "Parameters.…"}` and properties as `{"Get": "Steps.…"}`.
# It is the same JSON the SageMaker Python SDK produces for this code.

# %%
import json

definition = json.loads(pipeline.definition())
definition

# %% [markdown]
# ## Run the pipeline
#
# `upsert` creates the pipeline (or updates it if it exists) under the role that its jobs run
# as. `start` starts an execution with the default parameters and returns at once: the steps
# run in the background.

# %%
pipeline.upsert(role_arn=role)

# %%
execution = pipeline.start()

# %% [markdown]
# `describe()` shows the execution's status; `wait()` waits until it ends, printing each step's
# progress.

# %%
execution.describe()

# %%
execution.wait()

# %% [markdown]
# `list_steps()` lists what ran, the most recent first: each step's status, times, and what it
# made (a processing or training job, a model, a model package).

# %%
execution.list_steps()

# %% [markdown]
# ### The evaluation report
#
# The evaluation step wrote its report to its `evaluation` output. We gave that output no S3
# destination, so the SDK chose `s3://<bucket>/<pipeline>/<execution id>/<step>/output/<output>`,
# with the id of the execution that ran the step. (When a step is a cache hit, its results are
# those of the earlier execution named in its `CacheHitResult`, and stay where that one wrote
# them.) Read the report back:

# %%
from pprint import pprint


def step_output_uri(execution, step_name, output_name):
    step = [s for s in execution.list_steps() if s["StepName"] == step_name][0]
    ran_in = step.get("CacheHitResult", {}).get("SourcePipelineExecutionArn", execution.arn)
    execution_id = ran_in.split("/")[-1]
    return f"s3://{default_bucket}/{pipeline_name}/{execution_id}/{step_name}/output/{output_name}"


evaluation_json = sagemaker.s3.S3Downloader.read_file(
    step_output_uri(execution, "AbaloneEval", "evaluation") + "/evaluation.json"
)
pprint(json.loads(evaluation_json))

# %% [markdown]
# The mean squared error is in rings squared: an MSE near 5 means the predictions are typically
# about two rings off. The AWS tutorial's runs report between about 4 and 6, depending on the
# random split.
#
# ### Lineage
#
# SageMaker records where every artifact came from: which data and code a job used and what it
# produced. For each step, the lineage table lists the artifacts that went in and came out.

# %%
from sagemaker.lineage.visualizer import LineageTableVisualizer

viz = LineageTableVisualizer(sagemaker.session.Session())
for execution_step in reversed(execution.list_steps()):
    print(execution_step["StepName"])
    display(viz.show(pipeline_execution_step=execution_step))

# %% [markdown]
# ### The model registry
#
# The condition passed, so the model was registered: version 1 of the model package group,
# waiting for approval. The boto3 SageMaker client lists the group's versions.

# %%
sm_client = boto3.client("sagemaker")


def model_versions():
    """The group's model versions, oldest first, as ListModelPackages gives them."""
    return sm_client.list_model_packages(
        ModelPackageGroupName=model_package_group_name, SortBy="CreationTime", SortOrder="Ascending"
    )["ModelPackageSummaryList"]


def show_registry():
    return pd.DataFrame([
        {"version": p["ModelPackageVersion"], "status": p["ModelApprovalStatus"]} for p in model_versions()
    ])


show_registry()

# %% [markdown]
# ## Run it again, with other parameters
#
# Parameters change an execution without changing the pipeline. Start a second execution that
# registers its model as `Approved` straight away, as a team might do once it trusts the
# pipeline. The preprocessing, training and evaluation steps have the same arguments and the
# same data as before, so they are cache hits: the execution reuses their results and only
# the steps after them run.

# %%
execution = pipeline.start(parameters=dict(ModelApprovalStatus="Approved"))

# %%
execution.wait()

# %%
execution.list_steps()

# %% [markdown]
# Now raise the bar: an MSE threshold of 3.0, which this model does not meet. The condition
# takes the *else* branch, the `FailStep` fails the execution, and `wait()` raises an error
# saying the execution failed.

# %%
execution = pipeline.start(parameters=dict(MseThreshold=3.0))

# %%
try:
    execution.wait()
except Exception as error:
    print(error)

# %% [markdown]
# The steps show why: the condition was false, and the fail step's message names the threshold.

# %%
steps = execution.list_steps()
for step in steps:
    print(step["StepName"].ljust(20), step["StepStatus"].ljust(10), step.get("FailureReason", ""))
print(execution.describe()["PipelineExecutionStatus"])

# %% [markdown]
# ## Approve a model
#
# Version 1 is still waiting for approval. Approving it is one call, `update_model_package`;
# a deployment pipeline would now pick it up.

# %%
version_1 = model_versions()[0]["ModelPackageArn"]
sm_client.update_model_package(ModelPackageArn=version_1, ModelApprovalStatus="Approved")
show_registry()

# %% [markdown]
# ## What next
#
# - `pipebook executions AbalonePipeline` and `pipebook execution ARN` show the executions from
#   a terminal; `pipebook logs ARN AbaloneTrain` prints a step's log.
# - `pipebook registry AbaloneModelPackageGroupName` shows the versions with their metrics, and
#   `pipebook registry approve` / `reject` change a version's status, as an approver would in
#   Studio. In a notebook, `from pipebook import registry` gives the same table.
# - `pipebook lineage` followed by a version's ARN traces it back to its data, code, image,
#   hyperparameters and execution; followed by an S3 URI, it lists what was made from that data.
# - Change a hyperparameter and run the pipeline again: only training and the steps after it
#   run; preprocessing stays a cache hit.
# - `pipeline.definition()` is what you would send to SageMaker: with AWS credentials, the same
#   notebook in SageMaker Studio creates and runs the same pipeline in your account.
