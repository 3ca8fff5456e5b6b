"""ConditionStep: runs its if_steps when all its conditions hold, else its else_steps."""
from sagemaker.workflow.steps import Step


def expand_steps(steps):
    """Steps with every step collection (ModelStep, RegisterModel) replaced by its steps."""
    expanded = []
    for step in steps or []:
        if hasattr(step, "steps") and not isinstance(step, Step):
            expanded.extend(step.steps)
        else:
            expanded.append(step)
    return expanded


class ConditionStep(Step):
    def __init__(self, name, depends_on=None, display_name=None, description=None, conditions=None,
                 if_steps=None, else_steps=None):
        Step.__init__(self, name, display_name, description, "Condition", depends_on)
        self.conditions = conditions or []
        self.if_steps = if_steps or []
        self.else_steps = else_steps or []

    @property
    def step_only_arguments(self):
        return {"Conditions": [c.to_request() for c in self.conditions]}

    @property
    def arguments(self):
        return {
            "Conditions": [c.to_request() for c in self.conditions],
            "IfSteps": [s.to_request() for s in expand_steps(self.if_steps)],
            "ElseSteps": [s.to_request() for s in expand_steps(self.else_steps)],
        }

    def _branch_steps(self):
        return expand_steps(self.if_steps) + expand_steps(self.else_steps)

    def _referenced_steps(self):
        found = []
        for c in self.conditions:
            found.extend(c._referenced_steps())
        return found
