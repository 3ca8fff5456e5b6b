"""LineageTableVisualizer: a table of the entities associated with a job, a pipeline step, a
model package or a lineage entity, as the SDK shows it."""
import pandas as pd

from sagemaker.lineage import _api
from sagemaker.lineage._records import arn
from sagemaker.lineage.association import Association

COLUMNS = ["Name/Source", "Direction", "Type", "Association Type", "Lineage Type"]


class LineageTableVisualizer:
    def __init__(self, sagemaker_session):
        self._session = sagemaker_session

    def show(self, trial_component_name=None, training_job_name=None, processing_job_name=None,
             pipeline_execution_step=None, model_package_arn=None, endpoint_arn=None, artifact_arn=None,
             context_arn=None, actions_arn=None):
        """A DataFrame of the entity's inputs (associations to it) then outputs (from it), each
        newest first; None when the entity has no lineage (a condition step, a model step)."""
        if trial_component_name:
            start = arn("experiment-trial-component", trial_component_name)
        elif training_job_name:
            start = arn("experiment-trial-component", training_job_name + "-aws-training-job")
        elif processing_job_name:
            start = arn("experiment-trial-component", processing_job_name + "-aws-processing-job")
        elif pipeline_execution_step:
            start = self._step_start(pipeline_execution_step)
        elif model_package_arn:
            start = self._model_package_start(model_package_arn)
        elif endpoint_arn:
            raise NotImplementedError("Pipebook does not support LineageTableVisualizer.show(endpoint_arn=...): it has no endpoints")
        else:
            start = artifact_arn or context_arn or actions_arn
        if start is None:
            return None
        inputs = [self._row(a.source_arn, a.source_name, "Input", a.source_type, a.association_type)
                  for a in Association.list(destination_arn=start)]
        outputs = [self._row(a.destination_arn, a.destination_name, "Output", a.destination_type, a.association_type)
                   for a in Association.list(source_arn=start)]
        return pd.DataFrame(inputs + outputs, columns=COLUMNS)

    def _step_start(self, step):
        metadata = step["Metadata"]
        if not metadata:
            return None
        start = None
        for job in ("TrainingJob", "ProcessingJob", "TransformJob"):
            if metadata.get(job):
                components = _api.entities("TrialComponent", metadata[job]["Arn"], None, "ListTrialComponents")
                start = components[0]["Arn"] if components else None
                break
        if "RegisterModel" in metadata:
            start = self._model_package_start(metadata["RegisterModel"]["Arn"])
        return start

    def _model_package_start(self, model_package_arn):
        artifacts = _api.entities("Artifact", model_package_arn, None, "ListArtifacts")
        return artifacts[0]["Arn"] if artifacts else None

    def _row(self, entity_arn, name, direction, entity_type, association_type):
        lineage_type = entity_arn.split(":")[5].split("/")[0]
        return [self._friendly_name(name, entity_arn, lineage_type), direction, entity_type, association_type, lineage_type]

    def _friendly_name(self, name, entity_arn, lineage_type):
        """The entity's name; for an unnamed artifact its URI, cut to `s3://...<last 40>` when long."""
        if name:
            return name
        if lineage_type == "artifact":
            uri = _api.describe(entity_arn, "DescribeArtifact")["SourceUri"]
            return uri[:5] + "..." + uri[-40:] if len(uri) > 48 else uri
        return entity_arn.split(":")[5].split("/")[1]
