"""Associations: the edges of the lineage graph."""
from sagemaker.lineage import _api
from sagemaker.lineage._records import Record, refuse


class Association(Record):
    """source_arn, destination_arn, association_type; a summary also has source_name, source_type,
    destination_name, destination_type and creation_time."""

    @classmethod
    def list(cls, source_arn=None, destination_arn=None, source_type=None, destination_type=None,
             association_type=None, created_after=None, created_before=None, sort_by=None, sort_order=None,
             sagemaker_session=None, max_results=None, next_token=None):
        """ListAssociations: AssociationSummary records, newest first."""
        refuse("Association.list", created_before=created_before, created_after=created_after, sort_by=sort_by,
               sort_order=sort_order, next_token=next_token)
        found = []
        for a in _api.associations(source_arn, destination_arn):
            if source_type not in (None, a["SourceType"]) or destination_type not in (None, a["DestinationType"]):
                continue
            if association_type not in (None, a["AssociationType"]):
                continue
            found.append(AssociationSummary(
                source_arn=a["SourceArn"], source_name=a.get("SourceName"), source_type=a["SourceType"],
                destination_arn=a["DestinationArn"], destination_name=a.get("DestinationName"),
                destination_type=a["DestinationType"], association_type=a["AssociationType"],
                creation_time=a["CreationTime"]))
        return iter(found[:max_results] if max_results is not None else found)


class AssociationSummary(Record):
    """An entry of ListAssociations."""
