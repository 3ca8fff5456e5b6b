"""The base of the SDK's lineage records: attributes from a Describe*/List* answer, in snake case."""
from sagemaker import _engine


class Record:
    def __init__(self, sagemaker_session=None, **kwargs):
        self.sagemaker_session = sagemaker_session
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        members = ", ".join("%s=%r" % (k, v) for k, v in vars(self).items() if k != "sagemaker_session")
        return "%s(%s)" % (type(self).__name__, members)

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def save(self):
        from sagemaker.lineage._api import unsupported
        unsupported("%s.save()" % type(self).__name__)

    def delete(self, disassociate=False):
        from sagemaker.lineage._api import unsupported
        unsupported("%s.delete()" % type(self).__name__)

    @classmethod
    def create(cls, *args, **kwargs):
        from sagemaker.lineage._api import unsupported
        unsupported("%s.create()" % cls.__name__)


class Source(Record):
    """An entity's Source: `source_uri`, and for an artifact `source_types` (its content digest,
    `sha256:<hex>`, as a Custom source id)."""


def source(entity):
    types = [{"SourceIdType": "Custom", "Value": entity["Digest"]}] if "Digest" in entity else []
    return Source(source_uri=entity.get("SourceUri"), source_types=types)


def arn(resource, name):
    """The ARN of a lineage entity of this workspace: `arn:aws:sagemaker:REGION:ACCOUNT:<resource>/<name>`,
    the name in lower case (SageMaker's names are not case-sensitive)."""
    workspace = _engine.workspace()
    return "arn:aws:sagemaker:%s:%s:%s/%s" % (workspace["region"], workspace["account"], resource, name.lower())


def refuse(function, **given):
    """Refuses the keyword arguments Pipebook does not support, naming them."""
    for name, value in given.items():
        if value is not None:
            raise NotImplementedError("Pipebook does not support %s(%s=...)" % (function, name))
