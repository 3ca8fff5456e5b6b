"""Models with an entry_point: the SDK adds a _RepackModel training step before the ModelStep's
create or register step. A SKLearnModel with a source_dir (create), an XGBoostModel with only an
entry_point and a dependency (register, with a display name and retry policies), and a plain
Model with an image and an entry_point (create, named, depends_on)."""
import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model import Model
from sagemaker.sklearn.model import SKLearnModel
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.retry import StepExceptionTypeEnum, StepRetryPolicy
from sagemaker.workflow.steps import TrainingStep
from sagemaker.xgboost.model import XGBoostModel

session = PipelineSession()
bucket = session.default_bucket()
role = sagemaker.get_execution_role()

train_data = ParameterString(name="TrainData", default_value=f"s3://{bucket}/repack/train")
approval = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")

image = sagemaker.image_uris.retrieve("xgboost", region="us-east-1", version="1.7-1")
estimator = Estimator(
    image_uri=image,
    role=role,
    instance_type="ml.m5.large",
    instance_count=1,
    output_path=f"s3://{bucket}/repack/models",
    sagemaker_session=session,
)
estimator.set_hyperparameters(objective="reg:squarederror", num_round=10)
step_train = TrainingStep(
    name="RepackTrain",
    step_args=estimator.fit({"train": TrainingInput(s3_data=train_data, content_type="text/csv")}),
)
model_data = step_train.properties.ModelArtifacts.S3ModelArtifacts

sk_model = SKLearnModel(
    model_data=model_data,
    role=role,
    entry_point="inference.py",
    source_dir="serve",
    name="sk-model",
    framework_version="1.2-1",
    py_version="py3",
    sagemaker_session=session,
)
step_sk = ModelStep(name="SKModel", step_args=sk_model.create(instance_type="ml.m5.large"))

xgb_model = XGBoostModel(
    model_data=model_data,
    role=role,
    entry_point="serve/inference.py",
    dependencies=["serve/helpers.py"],
    framework_version="1.7-1",
    name="xgb-model",
    enable_network_isolation=True,
    sagemaker_session=session,
)
step_register = ModelStep(
    name="RegisterXGB",
    step_args=xgb_model.register(
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name="RepackGroup",
        approval_status=approval,
    ),
    display_name="Register the XGBoost model",
    retry_policies=[StepRetryPolicy(exception_types=[StepExceptionTypeEnum.THROTTLING], max_attempts=3)],
)

plain_model = Model(
    image_uri=image,
    model_data=model_data,
    role=role,
    entry_point="inference.py",
    source_dir="serve",
    name="plain-model",
    env={"MODE": "serve"},
    sagemaker_session=session,
)
step_plain = ModelStep(
    name="PlainModel",
    step_args=plain_model.create(instance_type="ml.m5.large"),
    depends_on=[step_sk],
)

pipeline = Pipeline(
    name="RepackPipeline",
    parameters=[train_data, approval],
    steps=[step_train, step_sk, step_register, step_plain],
    sagemaker_session=session,
)
