"""LineageQuery: the entities reached from some ARNs, up or down the lineage graph."""
from sagemaker.lineage import _api
from sagemaker.workflow.retry import _EnumMember


class LineageEntityEnum:
    TRIAL = _EnumMember("LineageEntityEnum", "TRIAL", "Trial")
    ACTION = _EnumMember("LineageEntityEnum", "ACTION", "Action")
    ARTIFACT = _EnumMember("LineageEntityEnum", "ARTIFACT", "Artifact")
    CONTEXT = _EnumMember("LineageEntityEnum", "CONTEXT", "Context")
    TRIAL_COMPONENT = _EnumMember("LineageEntityEnum", "TRIAL_COMPONENT", "TrialComponent")


class LineageSourceEnum:
    CHECKPOINT = _EnumMember("LineageSourceEnum", "CHECKPOINT", "Checkpoint")
    DATASET = _EnumMember("LineageSourceEnum", "DATASET", "DataSet")
    ENDPOINT = _EnumMember("LineageSourceEnum", "ENDPOINT", "Endpoint")
    IMAGE = _EnumMember("LineageSourceEnum", "IMAGE", "Image")
    MODEL = _EnumMember("LineageSourceEnum", "MODEL", "Model")
    MODEL_DATA = _EnumMember("LineageSourceEnum", "MODEL_DATA", "ModelData")
    MODEL_DEPLOYMENT = _EnumMember("LineageSourceEnum", "MODEL_DEPLOYMENT", "ModelDeployment")
    MODEL_GROUP = _EnumMember("LineageSourceEnum", "MODEL_GROUP", "ModelGroup")
    MODEL_REPLACE = _EnumMember("LineageSourceEnum", "MODEL_REPLACE", "ModelReplaced")
    TENSORBOARD = _EnumMember("LineageSourceEnum", "TENSORBOARD", "TensorBoard")
    TRAINING_JOB = _EnumMember("LineageSourceEnum", "TRAINING_JOB", "TrainingJob")
    APPROVAL = _EnumMember("LineageSourceEnum", "APPROVAL", "Approval")
    PROCESSING_JOB = _EnumMember("LineageSourceEnum", "PROCESSING_JOB", "ProcessingJob")
    TRANSFORM_JOB = _EnumMember("LineageSourceEnum", "TRANSFORM_JOB", "TransformJob")


class LineageQueryDirectionEnum:
    BOTH = _EnumMember("LineageQueryDirectionEnum", "BOTH", "Both")
    ASCENDANTS = _EnumMember("LineageQueryDirectionEnum", "ASCENDANTS", "Ascendants")
    DESCENDANTS = _EnumMember("LineageQueryDirectionEnum", "DESCENDANTS", "Descendants")


def _value(member):
    return member.value if isinstance(member, _EnumMember) else member


class Edge:
    """An association reached by a query."""

    def __init__(self, source_arn, destination_arn, association_type):
        self.source_arn = source_arn
        self.destination_arn = destination_arn
        self.association_type = association_type

    def _key(self):
        return (self.source_arn, self.destination_arn, self.association_type)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        return isinstance(other, Edge) and self._key() == other._key()

    def __str__(self):
        return str({"source_arn": self.source_arn, "destination_arn": self.destination_arn,
                    "association_type": self.association_type})

    def __repr__(self):
        return "\n\t" + str(self)


class Vertex:
    """An entity reached by a query: its ARN, lineage entity (Artifact, ...) and source (DataSet, ...)."""

    def __init__(self, arn, lineage_entity, lineage_source, sagemaker_session):
        self.arn = arn
        self.lineage_entity = lineage_entity
        self.lineage_source = lineage_source
        self._session = sagemaker_session

    def _key(self):
        return (self.arn, self.lineage_entity, self.lineage_source)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        return isinstance(other, Vertex) and self._key() == other._key()

    def __str__(self):
        return str({"arn": self.arn, "lineage_entity": self.lineage_entity, "lineage_source": self.lineage_source,
                    "_session": self._session})

    def __repr__(self):
        return "\n\t" + str(self)

    def to_lineage_object(self):
        """The Artifact (DatasetArtifact, ModelArtifact, ImageArtifact), Action, Context or
        LineageTrialComponent this vertex is."""
        from sagemaker.lineage.action import Action
        from sagemaker.lineage.artifact import Artifact, DatasetArtifact, ImageArtifact, ModelArtifact
        from sagemaker.lineage.context import Context
        from sagemaker.lineage.lineage_trial_component import LineageTrialComponent

        name = _api.resource_name(self.arn)
        if self.lineage_entity == LineageEntityEnum.CONTEXT.value:
            return Context.load(context_name=name, sagemaker_session=self._session)
        if self.lineage_entity == LineageEntityEnum.ACTION.value:
            return Action.load(action_name=name, sagemaker_session=self._session)
        if self.lineage_entity == LineageEntityEnum.TRIAL_COMPONENT.value:
            return LineageTrialComponent.load(trial_component_name=name, sagemaker_session=self._session)
        if self.lineage_entity == LineageEntityEnum.ARTIFACT.value:
            kind = {"Model": ModelArtifact, "DataSet": DatasetArtifact, "Image": ImageArtifact}.get(self.lineage_source, Artifact)
            return kind.load(artifact_arn=self.arn, sagemaker_session=self._session)
        raise ValueError("Vertex cannot be converted to a lineage object.")


class LineageQueryResult:
    """The edges and vertices a query reached, and the ARNs it started from."""

    def __init__(self, edges=None, vertices=None, startarn=None):
        self.edges = edges if edges is not None else []
        self.vertices = vertices if vertices is not None else []
        self.startarn = startarn if startarn is not None else []

    def __str__(self):
        return "{" + "\n\n".join("'%s': %s," % (k, v) for k, v in self.__dict__.items()) + "\n}"

    def visualize(self, path="lineage_graph_pyvis.html", pyvis_options=None):
        raise NotImplementedError("Pipebook does not support LineageQueryResult.visualize() (it draws with pyvis); "
                                  "use LineageTableVisualizer or `pipebook lineage ARN`")


class LineageFilter:
    """Which entities a query returns: by entity (Artifact, ...) and source (DataSet, ...)."""

    def __init__(self, entities=None, sources=None, created_before=None, created_after=None, modified_before=None,
                 modified_after=None, properties=None):
        self.entities = entities
        self.sources = sources
        self.created_before = created_before
        self.created_after = created_after
        self.modified_before = modified_before
        self.modified_after = modified_after
        self.properties = properties

    def _to_request_dict(self):
        request = {}
        if self.sources:
            request["Types"] = [_value(s) for s in self.sources]
        if self.entities:
            request["LineageTypes"] = [_value(e) for e in self.entities]
        for key, value in (("CreatedBefore", self.created_before), ("CreatedAfter", self.created_after),
                           ("ModifiedBefore", self.modified_before), ("ModifiedAfter", self.modified_after),
                           ("Properties", self.properties)):
            if value:
                request[key] = str(value)
        return request


class LineageQuery:
    """QueryLineage over the workspace's lineage."""

    def __init__(self, sagemaker_session):
        self._session = sagemaker_session

    def query(self, start_arns, direction=LineageQueryDirectionEnum.BOTH, include_edges=True, query_filter=None,
              max_depth=10):
        answer = _api.query_lineage({
            "StartArns": list(start_arns), "Direction": _value(direction), "IncludeEdges": include_edges,
            "Filters": query_filter._to_request_dict() if query_filter else {}, "MaxDepth": max_depth,
        })
        edges = [Edge(e["SourceArn"], e["DestinationArn"], e.get("AssociationType")) for e in answer["Edges"]]
        vertices = [Vertex(v["Arn"], v["LineageType"], v.get("Type"), self._session) for v in answer["Vertices"]]
        return LineageQueryResult(edges=edges, vertices=vertices, startarn=list(start_arns))
