"""Pipeline functions: Join and JsonGet."""
from sagemaker.workflow.entities import PipelineVariable
from sagemaker.workflow.serialize import referenced_steps, to_json_value


class Join(PipelineVariable):
    """The values joined by `on` when the pipeline runs (Std:Join)."""

    def __init__(self, on="", values=None):
        self.on = on
        self.values = values if values is not None else []

    def to_string(self):
        return self

    @property
    def expr(self):
        return {"Std:Join": {"On": self.on, "Values": [to_json_value(v) for v in self.values]}}

    def _referenced_steps(self):
        return referenced_steps(self.values)

    def __repr__(self):
        return "Join(on=" + repr(self.on) + ", values=" + repr(self.values) + ")"


class JsonGet(PipelineVariable):
    """A value read from a step's property file by JSON path (Std:JsonGet)."""

    def __init__(self, step_name=None, property_file=None, json_path=None, s3_uri=None, step=None):
        if property_file is not None and s3_uri is not None:
            raise ValueError("Please specify either a property file or s3 uri as an input, but not both.")
        if property_file is None and s3_uri is None:
            raise ValueError(
                "Missing s3uri or property file as a required input to JsonGet."
                "Please specify either a property file or s3 uri as an input, but not both."
            )
        self.step_name = step_name
        self.property_file = property_file
        self.json_path = json_path
        self.s3_uri = s3_uri
        self.step = step

    @property
    def expr(self):
        if self.property_file is not None:
            if not isinstance(self.step_name, str) or not self.step_name:
                raise ValueError("Please give a valid step name as a string.")
            name = self.property_file if isinstance(self.property_file, str) else self.property_file.name
            source = {"PropertyFile": {"Get": "Steps." + self.step_name + ".PropertyFiles." + name}}
        else:
            source = {"S3Uri": to_json_value(self.s3_uri)}
        source["Path"] = self.json_path
        return {"Std:JsonGet": source}

    def _referenced_steps(self):
        return referenced_steps(self.s3_uri) if self.s3_uri is not None else []
