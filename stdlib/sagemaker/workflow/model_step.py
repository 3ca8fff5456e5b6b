"""ModelStep: model.create() or model.register() as pipeline steps (N-CreateModel or
N-RegisterModel)."""
from sagemaker.workflow.step_collections import StepCollection, _RegisterModelStep
from sagemaker.workflow.steps import CreateModelStep


class ModelStep(StepCollection):
    def __init__(self, name, step_args, depends_on=None, retry_policies=None, display_name=None, description=None,
                 repack_model_step_settings=None):
        if step_args.caller not in ("create", "register"):
            raise ValueError("The step_args of ModelStep must be obtained from model.create() or model.register().")
        if step_args.caller == "create":
            step = CreateModelStep(name + "-CreateModel", step_args=step_args, depends_on=depends_on,
                                   retry_policies=retry_policies, display_name=display_name, description=description)
        else:
            step = _RegisterModelStep(name + "-RegisterModel", step_args, depends_on=depends_on,
                                      retry_policies=retry_policies, display_name=display_name,
                                      description=description)
        StepCollection.__init__(self, name, [step], depends_on)
