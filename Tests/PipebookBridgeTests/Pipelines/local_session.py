"""LocalPipelineSession, the SDK's session for local mode: a processing step with local code and
instance_type "local" gives the same definition as under PipelineSession."""
import sagemaker
from sagemaker.processing import ProcessingInput, ProcessingOutput
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import LocalPipelineSession
from sagemaker.workflow.steps import ProcessingStep

session = LocalPipelineSession()
role = sagemaker.get_execution_role()
processor = SKLearnProcessor(framework_version="1.2-1", role=role, instance_type="local", instance_count=1,
                             sagemaker_session=session)
step = ProcessingStep(
    name="LocalPrepare",
    step_args=processor.run(
        inputs=[ProcessingInput(source=f"s3://{session.default_bucket()}/local/raw", destination="/opt/ml/processing/input")],
        outputs=[ProcessingOutput(output_name="train", source="/opt/ml/processing/train")],
        code="code/preprocess.py",
    ),
)
pipeline = Pipeline(name="LocalSessionPipeline", steps=[step], sagemaker_session=session)
