"""The engine's lineage calls, answered in boto3's shapes (datetimes, ClientError)."""
import json

from botocore._local import call, with_datetimes
from sagemaker import _engine


def describe(arn, operation):
    return with_datetimes(json.loads(call(operation, _engine.native().lineage_describe, arn)))


def entities(lineage_type=None, source_uri=None, type=None, operation="List"):
    """Entities of a kind, newest first, narrowed by source URI and type."""
    return with_datetimes(json.loads(call(operation, _engine.native().lineage_list, lineage_type, source_uri, type)))


def associations(source_arn=None, destination_arn=None):
    """ListAssociations' AssociationSummaries, newest first."""
    return with_datetimes(json.loads(call("ListAssociations", _engine.native().lineage_associations, source_arn, destination_arn)))


def query_lineage(request):
    return json.loads(call("QueryLineage", _engine.native().lineage_query, json.dumps(request)))


def resource_name(arn):
    """The part of an ARN after its resource type: `artifact/<name>` gives `<name>`."""
    return arn.split(":", 5)[5].split("/", 1)[1]


def unsupported(what):
    raise NotImplementedError("Pipebook does not support %s: its lineage is recorded by the pipelines it runs" % what)
