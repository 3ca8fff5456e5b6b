"""sagemaker: the SageMaker Python SDK 2.x's pipeline-building API, answered locally by
Pipebook's engine (definitions, the pipeline store, S3 in the workspace's s3/ folder)."""
from sagemaker.session import Session, get_execution_role
from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.model import Model, ModelPackage
from sagemaker.inputs import TrainingInput, TransformInput, CreateModelInput
from sagemaker.processing import ProcessingInput, ProcessingOutput, Processor, ScriptProcessor, FrameworkProcessor
from sagemaker.transformer import Transformer
from sagemaker.model_metrics import ModelMetrics, MetricsSource

__version__ = "2.257.7"
