"""Conditions of a ConditionStep. A list of conditions is ANDed; there is no ConditionAnd."""
from sagemaker.workflow.entities import Entity
from sagemaker.workflow.serialize import referenced_steps, to_json_value


class ConditionTypeEnum:
    EQ = "Equals"
    GT = "GreaterThan"
    GTE = "GreaterThanOrEqualTo"
    IN = "In"
    LT = "LessThan"
    LTE = "LessThanOrEqualTo"
    NOT = "Not"
    OR = "Or"


class Condition(Entity):
    condition_type = None

    def _referenced_steps(self):
        return []


class ConditionComparison(Condition):
    def __init__(self, condition_type, left, right):
        self.condition_type = condition_type
        self.left = left
        self.right = right

    def to_request(self):
        return {"Type": self.condition_type, "LeftValue": to_json_value(self.left),
                "RightValue": to_json_value(self.right)}

    def _referenced_steps(self):
        return referenced_steps([self.left, self.right])


class ConditionEquals(ConditionComparison):
    def __init__(self, left, right):
        ConditionComparison.__init__(self, "Equals", left, right)


class ConditionGreaterThan(ConditionComparison):
    def __init__(self, left, right):
        ConditionComparison.__init__(self, "GreaterThan", left, right)


class ConditionGreaterThanOrEqualTo(ConditionComparison):
    def __init__(self, left, right):
        ConditionComparison.__init__(self, "GreaterThanOrEqualTo", left, right)


class ConditionLessThan(ConditionComparison):
    def __init__(self, left, right):
        ConditionComparison.__init__(self, "LessThan", left, right)


class ConditionLessThanOrEqualTo(ConditionComparison):
    def __init__(self, left, right):
        ConditionComparison.__init__(self, "LessThanOrEqualTo", left, right)


class ConditionNot(Condition):
    condition_type = "Not"

    def __init__(self, expression):
        self.expression = expression

    def to_request(self):
        return {"Type": "Not", "Condition": self.expression.to_request()}

    def _referenced_steps(self):
        return self.expression._referenced_steps()


class ConditionIn(Condition):
    condition_type = "In"

    def __init__(self, value, in_values):
        self.value = value
        self.in_values = in_values

    def to_request(self):
        return {"Type": "In", "QueryValue": to_json_value(self.value),
                "Values": [to_json_value(v) for v in self.in_values]}

    def _referenced_steps(self):
        return referenced_steps([self.value] + list(self.in_values))


class ConditionOr(Condition):
    condition_type = "Or"

    def __init__(self, conditions=None):
        self.conditions = conditions or []

    def to_request(self):
        return {"Type": "Or", "Conditions": [c.to_request() for c in self.conditions]}

    def _referenced_steps(self):
        found = []
        for c in self.conditions:
            found.extend(c._referenced_steps())
        return found
