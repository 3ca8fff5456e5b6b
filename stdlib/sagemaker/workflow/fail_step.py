"""FailStep: ends the execution as failed, with a message."""
from sagemaker.workflow.steps import Step
from sagemaker.workflow.serialize import referenced_steps


class FailStep(Step):
    def __init__(self, name, error_message=None, display_name=None, description=None, depends_on=None):
        Step.__init__(self, name, display_name, description, "Fail", depends_on)
        self.error_message = error_message if error_message is not None else ""

    @property
    def arguments(self):
        return {"ErrorMessage": self.error_message}

    @property
    def properties(self):
        raise RuntimeError("FailStep is a terminal step and the Properties object is not available for it.")

    def _referenced_steps(self):
        return referenced_steps(self.error_message)
