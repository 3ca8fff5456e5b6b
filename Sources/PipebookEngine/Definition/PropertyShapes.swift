/// The shapes of the Describe* responses whose fields a step's `properties` expose, as the
/// SDK reads them from botocore: `step.properties.ModelArtifacts.S3ModelArtifacts` is valid
/// for a training step because DescribeTrainingJob's response has that member.
///
/// One table serves both sides: stdlib builds `Properties` objects from it, and the validator
/// checks every `{"Get": "Steps.<name>.<path>"}` of a definition against it.
public enum PropertyShapes {
    /// What a member of a shape holds.
    public enum Member: Equatable, Sendable {
        /// A string, number, boolean or time.
        case scalar
        case structure(String)
        /// A list of the named shape, indexed by number or (as the SDK allows) by a name.
        case list(String)
        /// A map from names to the named shape.
        case map(String)
    }

    /// The shape a step type's `properties` have, nil for types without properties (Fail).
    public static func root(forStepType type: String) -> String? {
        [
            "Processing": "DescribeProcessingJobResponse",
            "Training": "DescribeTrainingJobResponse",
            "Transform": "DescribeTransformJobResponse",
            "Tuning": "DescribeHyperParameterTuningJobResponse",
            "Model": "DescribeModelOutput",
            "RegisterModel": "DescribeModelPackageOutput",
            "Lambda": "LambdaStepProperties",
            "Callback": "CallbackStepProperties",
            "Condition": "ConditionStepProperties",
        ][type]
    }

    /// The members of a shape; an empty table for a scalar.
    public static func members(of shape: String) -> [String: Member] {
        table[shape] ?? [:]
    }

    /// Follows `path` (as in `ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri`) from a
    /// step type's root. Returns nil when it is valid, or the first part that does not exist.
    public static func invalidPart(of path: String, stepType: String) -> String? {
        guard let root = root(forStepType: stepType) else { return path }
        var current: Member = .structure(root)
        for part in PropertyPath.parts(path) {
            switch (part, current) {
            case (.name(let name), .structure(let shape)):
                guard let next = members(of: shape)[name] else { return name }
                current = next
            case (.index, .list(let element)), (.key, .list(let element)), (.key, .map(let element)):
                current = table[element] == nil ? .scalar : .structure(element)
            case (.name(let name), _): return name
            case (.index(let i), _): return "[\(i)]"
            case (.key(let k), _): return "['\(k)']"
            }
        }
        return nil
    }

    private static let s = Member.scalar

    static let table: [String: [String: Member]] = [
        "DescribeProcessingJobResponse": [
            "ProcessingInputs": .list("ProcessingInput"), "ProcessingOutputConfig": .structure("ProcessingOutputConfig"),
            "ProcessingJobName": s, "ProcessingResources": .structure("ProcessingResources"),
            "StoppingCondition": .structure("StoppingCondition"), "AppSpecification": .structure("AppSpecification"),
            "Environment": .map("String"), "NetworkConfig": .structure("NetworkConfig"), "RoleArn": s,
            "ExperimentConfig": .structure("ExperimentConfig"), "ProcessingJobArn": s, "ProcessingJobStatus": s,
            "ExitMessage": s, "FailureReason": s, "ProcessingEndTime": s, "ProcessingStartTime": s,
            "LastModifiedTime": s, "CreationTime": s, "MonitoringScheduleArn": s, "AutoMLJobArn": s, "TrainingJobArn": s,
        ],
        "ProcessingInput": ["InputName": s, "AppManaged": s, "S3Input": .structure("ProcessingS3Input")],
        "ProcessingS3Input": ["S3Uri": s, "LocalPath": s, "S3DataType": s, "S3InputMode": s,
                              "S3DataDistributionType": s, "S3CompressionType": s],
        "ProcessingOutputConfig": ["Outputs": .list("ProcessingOutput"), "KmsKeyId": s],
        "ProcessingOutput": ["OutputName": s, "S3Output": .structure("ProcessingS3Output"), "AppManaged": s],
        "ProcessingS3Output": ["S3Uri": s, "LocalPath": s, "S3UploadMode": s],
        "ProcessingResources": ["ClusterConfig": .structure("ProcessingClusterConfig")],
        "ProcessingClusterConfig": ["InstanceCount": s, "InstanceType": s, "VolumeSizeInGB": s, "VolumeKmsKeyId": s],
        "StoppingCondition": ["MaxRuntimeInSeconds": s, "MaxWaitTimeInSeconds": s],
        "AppSpecification": ["ImageUri": s, "ContainerEntrypoint": .list("String"), "ContainerArguments": .list("String")],
        "NetworkConfig": ["EnableInterContainerTrafficEncryption": s, "EnableNetworkIsolation": s],
        "ExperimentConfig": ["ExperimentName": s, "TrialName": s, "TrialComponentDisplayName": s, "RunName": s],

        "DescribeTrainingJobResponse": [
            "TrainingJobName": s, "TrainingJobArn": s, "TuningJobArn": s, "LabelingJobArn": s, "AutoMLJobArn": s,
            "ModelArtifacts": .structure("ModelArtifacts"), "TrainingJobStatus": s, "SecondaryStatus": s,
            "FailureReason": s, "HyperParameters": .map("String"),
            "AlgorithmSpecification": .structure("AlgorithmSpecification"), "RoleArn": s,
            "InputDataConfig": .list("Channel"), "OutputDataConfig": .structure("OutputDataConfig"),
            "ResourceConfig": .structure("ResourceConfig"), "StoppingCondition": .structure("StoppingCondition"),
            "CreationTime": s, "TrainingStartTime": s, "TrainingEndTime": s, "LastModifiedTime": s,
            "SecondaryStatusTransitions": .list("SecondaryStatusTransition"), "FinalMetricDataList": .list("MetricData"),
            "EnableNetworkIsolation": s, "EnableInterContainerTrafficEncryption": s, "EnableManagedSpotTraining": s,
            "TrainingTimeInSeconds": s, "BillableTimeInSeconds": s,
            "DebugHookConfig": .structure("DebugHookConfig"), "ExperimentConfig": .structure("ExperimentConfig"),
            "ProfilerConfig": .structure("ProfilerConfig"), "Environment": .map("String"),
            "RetryStrategy": .structure("RetryStrategy"),
        ],
        "ModelArtifacts": ["S3ModelArtifacts": s],
        "AlgorithmSpecification": ["TrainingImage": s, "AlgorithmName": s, "TrainingInputMode": s,
                                   "MetricDefinitions": .list("MetricDefinition"), "EnableSageMakerMetricsTimeSeries": s],
        "MetricDefinition": ["Name": s, "Regex": s],
        "Channel": ["ChannelName": s, "DataSource": .structure("DataSource"), "ContentType": s, "CompressionType": s,
                    "RecordWrapperType": s, "InputMode": s],
        "DataSource": ["S3DataSource": .structure("S3DataSource")],
        "S3DataSource": ["S3DataType": s, "S3Uri": s, "S3DataDistributionType": s, "AttributeNames": .list("String")],
        "OutputDataConfig": ["KmsKeyId": s, "S3OutputPath": s],
        "ResourceConfig": ["InstanceType": s, "InstanceCount": s, "VolumeSizeInGB": s, "VolumeKmsKeyId": s,
                           "KeepAlivePeriodInSeconds": s],
        "SecondaryStatusTransition": ["Status": s, "StartTime": s, "EndTime": s, "StatusMessage": s],
        "MetricData": ["MetricName": s, "Value": s, "Timestamp": s],
        "DebugHookConfig": ["LocalPath": s, "S3OutputPath": s],
        "ProfilerConfig": ["S3OutputPath": s, "ProfilingIntervalInMilliseconds": s, "DisableProfiler": s],
        "RetryStrategy": ["MaximumRetryAttempts": s],

        "DescribeTransformJobResponse": [
            "TransformJobName": s, "TransformJobArn": s, "TransformJobStatus": s, "FailureReason": s, "ModelName": s,
            "MaxConcurrentTransforms": s, "MaxPayloadInMB": s, "BatchStrategy": s, "Environment": .map("String"),
            "TransformInput": .structure("TransformInput"), "TransformOutput": .structure("TransformOutput"),
            "TransformResources": .structure("TransformResources"), "CreationTime": s, "TransformStartTime": s,
            "TransformEndTime": s, "LabelingJobArn": s, "AutoMLJobArn": s,
            "DataProcessing": .structure("DataProcessing"), "ExperimentConfig": .structure("ExperimentConfig"),
        ],
        "TransformInput": ["DataSource": .structure("TransformDataSource"), "ContentType": s, "CompressionType": s,
                           "SplitType": s],
        "TransformDataSource": ["S3DataSource": .structure("TransformS3DataSource")],
        "TransformS3DataSource": ["S3DataType": s, "S3Uri": s],
        "TransformOutput": ["S3OutputPath": s, "Accept": s, "AssembleWith": s, "KmsKeyId": s],
        "TransformResources": ["InstanceType": s, "InstanceCount": s, "VolumeKmsKeyId": s],
        "DataProcessing": ["InputFilter": s, "OutputFilter": s, "JoinSource": s],

        "DescribeHyperParameterTuningJobResponse": [
            "HyperParameterTuningJobName": s, "HyperParameterTuningJobArn": s, "HyperParameterTuningJobStatus": s,
            "CreationTime": s, "HyperParameterTuningEndTime": s, "LastModifiedTime": s, "FailureReason": s,
            "BestTrainingJob": .structure("HyperParameterTrainingJobSummary"),
            "OverallBestTrainingJob": .structure("HyperParameterTrainingJobSummary"),
            // Not in the Describe response: the SDK adds ListTrainingJobsForHyperParameterTuningJob's list.
            "TrainingJobSummaries": .list("HyperParameterTrainingJobSummary"),
        ],
        "HyperParameterTrainingJobSummary": [
            "TrainingJobDefinitionName": s, "TrainingJobName": s, "TrainingJobArn": s, "TuningJobName": s,
            "CreationTime": s, "TrainingStartTime": s, "TrainingEndTime": s, "TrainingJobStatus": s,
            "TunedHyperParameters": .map("String"), "FailureReason": s,
            "FinalHyperParameterTuningJobObjectiveMetric": .structure("FinalHyperParameterTuningJobObjectiveMetric"),
            "ObjectiveStatus": s,
        ],
        "FinalHyperParameterTuningJobObjectiveMetric": ["Type": s, "MetricName": s, "Value": s],

        "DescribeModelOutput": [
            "ModelName": s, "PrimaryContainer": .structure("ContainerDefinition"), "Containers": .list("ContainerDefinition"),
            "ExecutionRoleArn": s, "CreationTime": s, "ModelArn": s, "EnableNetworkIsolation": s,
        ],
        "ContainerDefinition": ["ContainerHostname": s, "Image": s, "Mode": s, "ModelDataUrl": s,
                                "Environment": .map("String"), "ModelPackageName": s],

        "DescribeModelPackageOutput": [
            "ModelPackageName": s, "ModelPackageGroupName": s, "ModelPackageVersion": s, "ModelPackageArn": s,
            "ModelPackageDescription": s, "CreationTime": s, "InferenceSpecification": .structure("InferenceSpecification"),
            "ModelPackageStatus": s, "ModelApprovalStatus": s, "ApprovalDescription": s, "LastModifiedTime": s,
            "ModelMetrics": .structure("ModelMetrics"), "CustomerMetadataProperties": .map("String"),
            "Domain": s, "Task": s, "SamplePayloadUrl": s,
        ],
        "InferenceSpecification": ["Containers": .list("ModelPackageContainerDefinition"),
                                   "SupportedTransformInstanceTypes": .list("String"),
                                   "SupportedRealtimeInferenceInstanceTypes": .list("String"),
                                   "SupportedContentTypes": .list("String"), "SupportedResponseMIMETypes": .list("String")],
        "ModelPackageContainerDefinition": ["ContainerHostname": s, "Image": s, "ImageDigest": s, "ModelDataUrl": s,
                                            "ProductId": s, "Environment": .map("String"), "Framework": s,
                                            "FrameworkVersion": s, "NearestModelName": s],
        "ModelMetrics": ["ModelQuality": .structure("ModelQuality"), "ModelDataQuality": .structure("ModelDataQuality"),
                         "Bias": .structure("Bias"), "Explainability": .structure("Explainability")],
        "ModelQuality": ["Statistics": .structure("MetricsSource"), "Constraints": .structure("MetricsSource")],
        "ModelDataQuality": ["Statistics": .structure("MetricsSource"), "Constraints": .structure("MetricsSource")],
        "Bias": ["Report": .structure("MetricsSource")],
        "Explainability": ["Report": .structure("MetricsSource")],
        "MetricsSource": ["ContentType": s, "ContentDigest": s, "S3Uri": s],

        "LambdaStepProperties": ["OutputParameters": .map("String")],
        "CallbackStepProperties": ["OutputParameters": .map("String")],
        "ConditionStepProperties": ["Outcome": s],
    ]
}
