"""PipelineExperimentConfig: the experiment and trial an execution is recorded under."""
from sagemaker.workflow.execution_variables import ExecutionVariables
from sagemaker.workflow.serialize import to_json_value


class PipelineExperimentConfig:
    def __init__(self, experiment_name, trial_name):
        self.experiment_name = experiment_name
        self.trial_name = trial_name

    def to_request(self):
        return {"ExperimentName": to_json_value(self.experiment_name), "TrialName": to_json_value(self.trial_name)}


def default_experiment_config():
    return PipelineExperimentConfig(ExecutionVariables.PIPELINE_NAME, ExecutionVariables.PIPELINE_EXECUTION_ID)
