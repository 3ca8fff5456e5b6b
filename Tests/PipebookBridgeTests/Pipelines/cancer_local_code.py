"""Breast cancer classification with local code: a SKLearnProcessor and a FrameworkProcessor
whose scripts are uploaded from local paths, a script-mode SKLearn estimator with a source_dir,
a ModelStep that creates the model, a TransformStep, and a condition on two ExecutionVariables."""
import sagemaker
from sagemaker.inputs import TrainingInput, TransformInput
from sagemaker.model import Model
from sagemaker.processing import FrameworkProcessor, ProcessingInput, ProcessingOutput
from sagemaker.sklearn.estimator import SKLearn
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.transformer import Transformer
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionEquals, ConditionGreaterThan
from sagemaker.workflow.execution_variables import ExecutionVariables
from sagemaker.workflow.functions import Join
from sagemaker.workflow.model_step import ModelStep
from sagemaker.workflow.parameters import ParameterInteger, ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.steps import ProcessingStep, TrainingStep, TransformStep

session = PipelineSession()
bucket = session.default_bucket()
role = sagemaker.get_execution_role()

input_data = ParameterString(name="InputData", default_value=f"s3://{bucket}/cancer/breast_cancer.csv")
train_count = ParameterInteger(name="TrainingInstanceCount", default_value=1)  # declared, unused in steps
expected_rows = ParameterInteger(name="ExpectedRows", default_value=569)

processor = SKLearnProcessor(
    framework_version="1.2-1",
    role=role,
    instance_type="ml.m5.large",
    instance_count=1,
    sagemaker_session=session,
)
step_process = ProcessingStep(
    name="CancerPreprocess",
    step_args=processor.run(
        inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input", input_name="raw")],
        outputs=[
            ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
            ProcessingOutput(output_name="test", source="/opt/ml/processing/test",
                             destination=Join(on="/", values=["s3:/", bucket, "cancer", ExecutionVariables.PIPELINE_EXECUTION_ID, "test"])),
        ],
        code="code/preprocess.py",
        arguments=["--split", "0.8"],
    ),
)

framework_processor = FrameworkProcessor(
    estimator_cls=SKLearn,
    framework_version="1.2-1",
    role=role,
    instance_type="ml.m5.large",
    instance_count=1,
    sagemaker_session=session,
)
step_check = ProcessingStep(
    name="CancerCheckData",
    step_args=framework_processor.run(
        code="train.py",
        source_dir="src",
        inputs=[ProcessingInput(
            source=step_process.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
            destination="/opt/ml/processing/train",
        )],
    ),
)

estimator = SKLearn(
    entry_point="train.py",
    source_dir="src",
    framework_version="1.2-1",
    py_version="py3",
    instance_type="ml.m5.large",
    instance_count=1,
    role=role,
    sagemaker_session=session,
    hyperparameters={"n_estimators": 100, "max_depth": 4},
)
step_train = TrainingStep(
    name="CancerTrain",
    step_args=estimator.fit(inputs={
        "train": TrainingInput(
            s3_data=step_process.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
            content_type="text/csv",
        )
    }),
    depends_on=[step_check],
)

model = Model(
    image_uri=estimator.training_image_uri(),
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    role=role,
    sagemaker_session=session,
)
step_model = ModelStep(name="CancerModel", step_args=model.create(instance_type="ml.m5.large"))

transformer = Transformer(
    model_name=step_model.properties.ModelName,
    instance_type="ml.m5.large",
    instance_count=1,
    output_path=f"s3://{bucket}/cancer/transform",
    sagemaker_session=session,
)
step_transform = TransformStep(
    name="CancerBatchTransform",
    step_args=transformer.transform(
        data=step_process.properties.ProcessingOutputConfig.Outputs["test"].S3Output.S3Uri,
        content_type="text/csv",
        split_type="Line",
    ),
)

step_cond = ConditionStep(
    name="CancerCheckRun",
    conditions=[
        ConditionEquals(left=ExecutionVariables.PIPELINE_NAME, right="CancerPipeline"),
        ConditionGreaterThan(left=expected_rows, right=100),
    ],
    if_steps=[step_transform],
    else_steps=[],
)

pipeline = Pipeline(
    name="CancerPipeline",
    parameters=[input_data, train_count, expected_rows],
    steps=[step_process, step_check, step_train, step_model, step_cond],
    sagemaker_session=session,
)
