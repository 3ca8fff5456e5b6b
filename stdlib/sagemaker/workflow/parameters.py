"""Pipeline parameters: ParameterString, ParameterInteger, ParameterFloat, ParameterBoolean."""
from sagemaker.workflow.entities import Entity, PipelineVariable


class ParameterTypeEnum:
    STRING = "String"
    INTEGER = "Integer"
    BOOLEAN = "Boolean"
    FLOAT = "Float"


_PYTHON_TYPES = {"String": str, "Integer": int, "Boolean": bool, "Float": float}


class Parameter(PipelineVariable, Entity):
    """A named value given when an execution starts, with an optional default."""

    def __init__(self, name, parameter_type, default_value=None):
        self.name = name
        self.parameter_type = parameter_type
        self.default_value = default_value
        python_type = _PYTHON_TYPES[parameter_type]
        # The SDK checks truthy defaults only: 0, "" and False pass whatever their type.
        if default_value and not isinstance(default_value, python_type):
            raise TypeError("The default value specified does not match the Parameter Python type.")
        if parameter_type == "Integer" and isinstance(default_value, bool):
            raise TypeError("The default value specified does not match the Parameter Python type.")

    def to_request(self):
        request = {"Name": self.name, "Type": self.parameter_type}
        if self.default_value is not None:
            request["DefaultValue"] = self.default_value
        return request

    @property
    def expr(self):
        return {"Get": "Parameters." + self.name}

    def __repr__(self):
        return (type(self).__name__ + "(name=" + repr(self.name) + ", parameter_type=<ParameterTypeEnum."
                + self.parameter_type.upper() + ": '" + self.parameter_type + "'>, default_value="
                + repr(self.default_value) + ")")

    def __eq__(self, other):
        return type(self) is type(other) and self.to_request() == other.to_request()

    def __hash__(self):
        return hash(self.name)


class ParameterString(Parameter):
    def __init__(self, name, default_value=None, enum_values=None):
        Parameter.__init__(self, name, "String", default_value)
        self.enum_values = enum_values

    def to_string(self):
        return self

    def to_request(self):
        request = Parameter.to_request(self)
        if self.enum_values:
            request["EnumValues"] = self.enum_values
        return request


class ParameterInteger(Parameter):
    def __init__(self, name, default_value=None):
        Parameter.__init__(self, name, "Integer", default_value)


class ParameterFloat(Parameter):
    def __init__(self, name, default_value=None):
        Parameter.__init__(self, name, "Float", default_value)


class ParameterBoolean(Parameter):
    def __init__(self, name, default_value=None):
        Parameter.__init__(self, name, "Boolean", default_value)
