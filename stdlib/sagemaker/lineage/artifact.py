"""Artifacts: a job's data sets, models, images and code, and model packages."""
from sagemaker.lineage import _api
from sagemaker.lineage._records import Record, refuse, source
from sagemaker.lineage.query import LineageEntityEnum, LineageFilter, LineageQuery, LineageQueryDirectionEnum, LineageSourceEnum


class Artifact(Record):
    """artifact_arn, artifact_name, source (source_uri, source_types), artifact_type, properties, creation_time."""

    @classmethod
    def _from(cls, entity, sagemaker_session=None):
        return cls(sagemaker_session, artifact_arn=entity["Arn"], artifact_name=entity.get("Name"), source=source(entity),
                   artifact_type=entity["Type"], properties=entity.get("Properties", {}),
                   creation_time=entity["CreationTime"])

    @classmethod
    def load(cls, artifact_arn, sagemaker_session=None):
        """DescribeArtifact."""
        return cls._from(_api.describe(artifact_arn, "DescribeArtifact"), sagemaker_session)

    @classmethod
    def list(cls, source_uri=None, artifact_type=None, created_before=None, created_after=None, sort_by=None,
             sort_order=None, sagemaker_session=None, max_results=None, next_token=None):
        """ListArtifacts: ArtifactSummary records, newest first."""
        refuse("Artifact.list", created_before=created_before, created_after=created_after, sort_by=sort_by,
               sort_order=sort_order, next_token=next_token)
        found = [ArtifactSummary._from(e) for e in _api.entities("Artifact", source_uri, artifact_type, "ListArtifacts")]
        return iter(found[:max_results] if max_results is not None else found)

    def _query(self, direction, sources, entities=(LineageEntityEnum.ARTIFACT,)):
        result = LineageQuery(self.sagemaker_session).query(
            start_arns=[self.artifact_arn], direction=direction, include_edges=False,
            query_filter=LineageFilter(entities=list(entities), sources=list(sources)))
        return [vertex.to_lineage_object() for vertex in result.vertices]

    def downstream_trials_v2(self):
        """The trial components (jobs) that used this artifact, directly or not."""
        return [v.trial_component_arn for v in self._query(LineageQueryDirectionEnum.DESCENDANTS, [], [LineageEntityEnum.TRIAL_COMPONENT])]

    def upstream_trials(self):
        """The trial components (jobs) this artifact came from, directly or not."""
        return [v.trial_component_arn for v in self._query(LineageQueryDirectionEnum.ASCENDANTS, [], [LineageEntityEnum.TRIAL_COMPONENT])]


class ArtifactSummary(Artifact):
    """An entry of ListArtifacts."""


class DatasetArtifact(Artifact):
    """A DataSet artifact."""

    def upstream_datasets(self):
        return self._query(LineageQueryDirectionEnum.ASCENDANTS, [LineageSourceEnum.DATASET])

    def downstream_datasets(self):
        return self._query(LineageQueryDirectionEnum.DESCENDANTS, [LineageSourceEnum.DATASET])


class ModelArtifact(Artifact):
    """A Model artifact (a model.tar.gz)."""

    def dataset_artifacts(self, direction=LineageQueryDirectionEnum.ASCENDANTS):
        return self._query(direction, [LineageSourceEnum.DATASET])

    def training_job_arns(self, direction=LineageQueryDirectionEnum.ASCENDANTS):
        jobs = self._query(direction, [LineageSourceEnum.TRAINING_JOB], [LineageEntityEnum.TRIAL_COMPONENT])
        return [job.source["SourceArn"] for job in jobs]

    def pipeline_execution_arn(self, direction=LineageQueryDirectionEnum.ASCENDANTS):
        jobs = self._query(direction, [LineageSourceEnum.TRAINING_JOB], [LineageEntityEnum.TRIAL_COMPONENT])
        for job in jobs:
            arn = job.pipeline_execution_arn()
            if arn:
                return arn
        return None


class ImageArtifact(Artifact):
    """An Image artifact (a container image URI)."""
