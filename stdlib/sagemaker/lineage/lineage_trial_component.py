"""Trial components: the processing, training and transform jobs of a pipeline."""
from sagemaker.lineage import _api
from sagemaker.lineage._records import Record, arn
from sagemaker.lineage.query import LineageEntityEnum, LineageFilter, LineageQuery, LineageQueryDirectionEnum, LineageSourceEnum


class LineageTrialComponent(Record):
    """trial_component_arn, trial_component_name, source ({'SourceArn', 'SourceType'}), input_artifacts,
    output_artifacts, parameters, creation_time."""

    @classmethod
    def _from(cls, entity, sagemaker_session=None):
        properties = entity.get("Properties", {})
        return cls(sagemaker_session, trial_component_arn=entity["Arn"], trial_component_name=entity.get("Name"),
                   display_name=entity.get("Name"), source={"SourceArn": entity.get("SourceUri"), "SourceType": entity["Type"]},
                   input_artifacts=properties.get("InputArtifacts", {}), output_artifacts=properties.get("OutputArtifacts", {}),
                   parameters=properties.get("Parameters", {}), creation_time=entity["CreationTime"],
                   _execution_context=entity.get("ParentArn"))

    @classmethod
    def load(cls, trial_component_name, sagemaker_session=None):
        """DescribeTrialComponent."""
        return cls._from(_api.describe(arn("experiment-trial-component", trial_component_name), "DescribeTrialComponent"),
                         sagemaker_session)

    def pipeline_execution_arn(self):
        """The ARN of the pipeline execution that ran this job."""
        if self._execution_context is None:
            return None
        return _api.describe(self._execution_context, "DescribeContext").get("SourceUri")

    def _query(self, direction, sources):
        result = LineageQuery(self.sagemaker_session).query(
            start_arns=[self.trial_component_arn], direction=direction, include_edges=False,
            query_filter=LineageFilter(entities=[LineageEntityEnum.ARTIFACT], sources=sources))
        return [vertex.to_lineage_object() for vertex in result.vertices]

    def dataset_artifacts(self, direction=LineageQueryDirectionEnum.ASCENDANTS):
        return self._query(direction, [LineageSourceEnum.DATASET])

    def models(self, direction=LineageQueryDirectionEnum.DESCENDANTS):
        return self._query(direction, [LineageSourceEnum.MODEL])
