import Foundation
import GRDB

/// The four kinds of lineage entity SageMaker ML lineage tracking keeps, as QueryLineage's
/// `LineageType` names them.
public enum LineageType: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case artifact = "Artifact", action = "Action", context = "Context", trialComponent = "TrialComponent"

    /// The resource part of the entity's ARN (`arn:aws:sagemaker:REGION:ACCOUNT:<resource>/<name>`).
    public var arnResource: String {
        switch self {
        case .artifact: return "artifact"
        case .action: return "action"
        case .context: return "context"
        case .trialComponent: return "experiment-trial-component"
        }
    }
}

/// One lineage entity: an artifact (a data set, model, image, code, model package), an action
/// (an approval), a context (a pipeline execution, a model package group) or a trial component
/// (a processing, training or transform job).
public struct LineageEntity: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "lineageEntity"

    public var arn: String
    public var lineageType: LineageType
    /// The entity's name; artifacts SageMaker creates for a job's inputs and outputs have none.
    public var name: String?
    /// ArtifactType (`DataSet`, `Model`, `Image`, `Code`, `ModelPackage`), ActionType
    /// (`Approval`), ContextType (`ModelGroup`, `PipelineExecution`), or a trial component's
    /// job type (`ProcessingJob`, `TrainingJob`, `TransformJob`).
    public var type: String
    /// Source.SourceUri; for a trial component, its job's ARN (TrialComponentSource.SourceArn).
    public var sourceUri: String?
    /// `sha256:<hex>` of the content an artifact's URI held when it was recorded.
    public var digest: String?
    /// A JSON object: an entity's Properties; a trial component's InputArtifacts,
    /// OutputArtifacts and Parameters, as DescribeTrialComponent shapes them.
    public var properties: String
    /// A trial component's pipeline-execution context (SageMaker puts a pipeline's jobs in a
    /// trial per execution: membership, not an association, so the visualizer's tables do not show it).
    public var parentArn: String?
    public var description: String?
    /// An action's status.
    public var status: String?
    public var createdAt: Date

    /// The properties as JSON (an empty object if the text were unreadable).
    public var propertiesJSON: JSONValue { (try? JSONValue.parse(properties)) ?? .object([]) }

    /// The ARN of an entity of this kind and name in a workspace: the name in lower case, as
    /// SageMaker writes ARNs (names are not case-sensitive).
    static func arn(_ type: LineageType, _ name: String, in workspace: Workspace) -> String {
        "arn:aws:sagemaker:\(workspace.region):\(Workspace.accountID):\(type.arnResource)/\(name.lowercased())"
    }
}
