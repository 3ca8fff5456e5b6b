"""ExecutionVariables: facts of the running execution (its id, its pipeline's name...)."""
from sagemaker.workflow.entities import PipelineVariable


class ExecutionVariable(PipelineVariable):
    def __init__(self, name):
        self.name = name

    def to_string(self):
        return self

    @property
    def expr(self):
        return {"Get": "Execution." + self.name}

    def __eq__(self, other):
        return isinstance(other, ExecutionVariable) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return "ExecutionVariable(name=" + repr(self.name) + ")"


class ExecutionVariables:
    START_DATETIME = ExecutionVariable("StartDateTime")
    CURRENT_DATETIME = ExecutionVariable("CurrentDateTime")
    PIPELINE_NAME = ExecutionVariable("PipelineName")
    PIPELINE_ARN = ExecutionVariable("PipelineArn")
    PIPELINE_EXECUTION_ID = ExecutionVariable("PipelineExecutionId")
    PIPELINE_EXECUTION_ARN = ExecutionVariable("PipelineExecutionArn")
