"""sagemaker.workflow: building SageMaker Pipelines."""
from sagemaker.workflow.entities import PipelineVariable


def is_pipeline_variable(var):
    """Whether var is a parameter, property, function or execution variable."""
    return isinstance(var, PipelineVariable)
