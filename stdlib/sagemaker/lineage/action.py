"""Actions: the approvals of a model package's versions."""
from sagemaker.lineage import _api
from sagemaker.lineage._records import Record, arn, refuse, source


class Action(Record):
    """action_arn, action_name, action_type, description, status, source, properties, creation_time."""

    @classmethod
    def _from(cls, entity, sagemaker_session=None):
        return cls(sagemaker_session, action_arn=entity["Arn"], action_name=entity.get("Name"), action_type=entity["Type"],
                   description=entity.get("Description"), status=entity.get("Status"), source=source(entity),
                   properties=entity.get("Properties", {}), creation_time=entity["CreationTime"])

    @classmethod
    def load(cls, action_name, sagemaker_session=None):
        """DescribeAction."""
        return cls._from(_api.describe(arn("action", action_name), "DescribeAction"), sagemaker_session)

    @classmethod
    def list(cls, source_uri=None, action_type=None, created_after=None, created_before=None, sort_by=None,
             sort_order=None, sagemaker_session=None, max_results=None, next_token=None):
        """ListActions: ActionSummary records, newest first."""
        refuse("Action.list", created_before=created_before, created_after=created_after, sort_by=sort_by,
               sort_order=sort_order, next_token=next_token)
        found = [ActionSummary._from(e) for e in _api.entities("Action", source_uri, action_type, "ListActions")]
        return iter(found[:max_results] if max_results is not None else found)


class ActionSummary(Action):
    """An entry of ListActions."""


class ModelPackageApprovalAction(Action):
    """An Approval action: a change of a model package's ModelApprovalStatus."""
