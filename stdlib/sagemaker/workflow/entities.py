"""What every pipeline variable shares: a JSON expression in place of a value, and the
SDK's refusal to be turned into a Python string or number before the pipeline runs."""

_STR_MESSAGE = (
    "Pipeline variables do not support __str__ operation. "
    "Please use `.to_string()` to convert it to string type in execution time "
    "or use `.expr` to translate it to Json for display purpose in Python SDK."
)


class Entity:
    """Something with a request form in the definition."""

    def to_request(self):
        raise NotImplementedError


class PipelineVariable:
    """A value known only when the pipeline runs. Subclasses define `expr`."""

    def __add__(self, other):
        raise TypeError("Pipeline variables do not support concatenation.")

    def __radd__(self, other):
        raise TypeError("Pipeline variables do not support concatenation.")

    def __str__(self):
        raise TypeError(_STR_MESSAGE)

    def __format__(self, spec):
        # An f-string formats through str(); the SDK's error is the one str() raises.
        raise TypeError(_STR_MESSAGE)

    def __int__(self):
        raise TypeError("Pipeline variables do not support __int__ operation.")

    def __float__(self):
        raise TypeError("Pipeline variables do not support __float__ operation.")

    def to_string(self):
        """A Join that makes the value a string when the pipeline runs."""
        from sagemaker.workflow.functions import Join

        return Join(on="", values=[self])

    @property
    def expr(self):
        raise NotImplementedError

    def to_request(self):
        return self.expr

    def _referenced_steps(self):
        """The steps this variable reads properties of (pulled into the definition)."""
        return []
