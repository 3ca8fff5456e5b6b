"""Step properties: the fields of the Describe* response of a step's job, as pipeline variables.

`step.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri` is valid because
DescribeProcessingJob's response has that shape; the shapes come from Pipebook's engine, which
checks definitions against the same table."""
from sagemaker import _engine
from sagemaker.workflow.entities import PipelineVariable


class Properties(PipelineVariable):
    """A structure or scalar field of a step's response, at `path` below the step."""

    def __init__(self, step, path, shape_name):
        self._step = step
        self._path = path
        self._shape_name = shape_name

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")
        members = _engine.property_members(self._shape_name) if self._shape_name else {}
        if name not in members:
            step_name = self._step.name if self._step is not None else "?"
            where = "Steps." + step_name + ("." + self._path if self._path else "")
            raise AttributeError("'Properties' object has no attribute '" + name + "' (" + where
                                 + " has no member '" + name + "')")
        kind, shape = members[name]
        child = _make(self._step, self._join(name), kind, shape)
        setattr(self, name, child)  # the same object each time, as the SDK's attributes are
        return child

    def _join(self, name):
        return self._path + "." + name if self._path else name

    @property
    def expr(self):
        return {"Get": "Steps." + self._step.name + "." + self._path}

    def _referenced_steps(self):
        return [self._step]

    def __repr__(self):
        return "Properties(Steps." + self._step.name + "." + self._path + ")"


class PropertiesList(Properties):
    """A list field: indexed by position, or (as the SDK allows) by an element's name."""

    def __getitem__(self, item):
        index = "[" + str(item) + "]" if isinstance(item, int) else "['" + item + "']"
        return _make(self._step, self._path + index, *_element(self._shape_name))

    def __getattr__(self, name):
        raise AttributeError("'PropertiesList' object has no attribute '" + name + "'")


class PropertiesMap(Properties):
    """A map field, indexed by key."""

    def __getitem__(self, item):
        return _make(self._step, self._path + "['" + str(item) + "']", *_element(self._shape_name))

    def __getattr__(self, name):
        raise AttributeError("'PropertiesMap' object has no attribute '" + name + "'")


def _element(shape):
    """(kind, shape) of a list's or map's elements."""
    if _engine.property_members(shape):
        return ("structure", shape)
    return ("scalar", None)


def _make(step, path, kind, shape):
    if kind == "list":
        return PropertiesList(step, path, shape)
    if kind == "map":
        return PropertiesMap(step, path, shape)
    return Properties(step, path, shape if kind == "structure" else None)


def step_properties(step, step_type):
    """The root `properties` of a step of a type (None for types without properties)."""
    root = _engine.property_root(step_type)
    return _RootProperties(step, root) if root else None


class _RootProperties(Properties):
    def __init__(self, step, shape_name):
        Properties.__init__(self, step, "", shape_name)

    @property
    def expr(self):
        return {"Get": "Steps." + self._step.name}


class PropertyFile:
    """A JSON file a processing step writes to one of its outputs, for JsonGet to read."""

    def __init__(self, name, output_name, path):
        self.name = name
        self.output_name = output_name
        self.path = path

    @property
    def expr(self):
        return {"PropertyFileName": self.name, "OutputName": self.output_name, "FilePath": self.path}

    def to_request(self):
        return self.expr

    def __repr__(self):
        return ("PropertyFile(name=" + repr(self.name) + ", output_name=" + repr(self.output_name)
                + ", path=" + repr(self.path) + ")")
