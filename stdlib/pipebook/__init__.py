"""Pipebook's own helpers for notebooks and the REPL.

`registry()` shows the model registry: the model package groups with their version counts;
`registry("GROUP")` a group's versions, newest first, with their approval status, creation
time, source execution and main metrics. The value shows as a text table in the REPL and
`print`, and as an HTML table in a notebook."""
from sagemaker import _engine


class RegistryTable:
    """The registry as it is when shown: each repr reads the store anew."""

    def __init__(self, group=None):
        self.group = group

    def _table(self, form):
        try:
            return _engine.native().registry_display(self.group, form)
        except ValueError as error:
            # "ValidationException: ModelPackageGroup ... does not exist." reads as a lookup error here.
            raise LookupError(str(error).split(": ", 1)[-1]) from None

    def __repr__(self):
        return self._table("text").rstrip("\n")

    def _repr_html_(self):
        return self._table("html")


def registry(group=None):
    """The model registry (or one group of it) as a table; LookupError for a group that does not exist."""
    table = RegistryTable(group)
    table._table("text")
    return table
