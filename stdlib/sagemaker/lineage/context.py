"""Contexts: a model package group (ModelGroup), a pipeline execution (PipelineExecution)."""
from sagemaker.lineage import _api
from sagemaker.lineage._records import Record, arn, refuse, source


class Context(Record):
    """context_arn, context_name, context_type, description, source, properties, creation_time."""

    @classmethod
    def _from(cls, entity, sagemaker_session=None):
        return cls(sagemaker_session, context_arn=entity["Arn"], context_name=entity.get("Name"), context_type=entity["Type"],
                   description=entity.get("Description"), source=source(entity),
                   properties=entity.get("Properties", {}), creation_time=entity["CreationTime"])

    @classmethod
    def load(cls, context_name, sagemaker_session=None):
        """DescribeContext."""
        return cls._from(_api.describe(arn("context", context_name), "DescribeContext"), sagemaker_session)

    @classmethod
    def list(cls, source_uri=None, context_type=None, created_after=None, created_before=None, sort_by=None,
             sort_order=None, sagemaker_session=None, max_results=None, next_token=None):
        """ListContexts: ContextSummary records, newest first."""
        refuse("Context.list", created_before=created_before, created_after=created_after, sort_by=sort_by,
               sort_order=sort_order, next_token=next_token)
        found = [ContextSummary._from(e) for e in _api.entities("Context", source_uri, context_type, "ListContexts")]
        return iter(found[:max_results] if max_results is not None else found)


class ContextSummary(Context):
    """An entry of ListContexts."""


class ModelPackageGroup(Context):
    """A model package group's context."""
