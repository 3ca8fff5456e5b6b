import Foundation
import PipebookEngine
import PipebookLanguage

/// DescribeProcessingJob, DescribeTrainingJob, DescribeTransformJob and ListTrainingJobs over
/// the jobs pipeline steps ran. A job's answer is its step's properties (the Describe* response
/// the action wrote, or the resolved arguments of a job that did not complete) with its name,
/// status and times from the step run. Answers are JSON text; times are ISO 8601 text.
enum JobFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        m.function("job_describe") { _, args in
            let kind = try JobKind(try args.string(0, "job_describe"))
            let name = try args.string(1, "job_describe")
            return try BridgeErrors.converting {
                guard let run = try context.store().jobRuns(stepType: kind.stepType).last(where: { kind.jobName(of: $0) == name.lowercased() }) else {
                    throw PipelineStoreError.validation(kind.notFound(name))
                }
                return .str(kind.describe(run, name: name).text())
            }
        }
        m.function("job_list") { _, args in
            // Every job of a kind, oldest first, as Describe* answers; boto3 filters, sorts and pages them.
            let kind = try JobKind(try args.string(0, "job_list"))
            return try BridgeErrors.converting {
                .str(JSONValue.array(try context.store().jobRuns(stepType: kind.stepType).compactMap { run in
                    kind.jobName(of: run).map { kind.describe(run, name: properties(run)[kind.member + "Name"]?.stringValue ?? $0) }
                }).text())
            }
        }
    }

    static func properties(_ run: StoredStepRun) -> JSONValue {
        run.properties.flatMap { try? JSONValue.parse($0) } ?? .object([])
    }
}

/// A kind of job and the names AWS gives its members: `TrainingJob` → TrainingJobName,
/// TrainingJobArn, TrainingJobStatus, TrainingStartTime...
struct JobKind {
    let stepType: String
    /// `ProcessingJob`, `TrainingJob`, `TransformJob`.
    var member: String { stepType + "Job" }

    init(_ stepType: String) throws {
        guard ["Processing", "Training", "Transform"].contains(stepType) else {
            throw PyError.valueError("no jobs of kind \(stepType)")
        }
        self.stepType = stepType
    }

    /// The job's name as its ARN gives it (lower case), from the run's Metadata.
    func jobName(of run: StoredStepRun) -> String? {
        guard let metadata = try? JSONValue.parse(run.metadata), let arn = metadata[member]?["Arn"]?.stringValue else { return nil }
        return arn.split(separator: "/").last.map(String.init)
    }

    func notFound(_ name: String) -> String {
        stepType == "Training" ? "Requested resource not found." : "Could not find requested job with name \(name)"
    }

    /// The Describe*Job answer: the members of the response shape from the step's properties,
    /// then the job's own name, status and times.
    func describe(_ run: StoredStepRun, name: String) -> JSONValue {
        let shape = PropertyShapes.members(of: PropertyShapes.root(forStepType: stepType) ?? "")
        var members = (JobFunctions.properties(run).objectValue ?? []).filter { shape[$0.key] != nil }
        func set(_ key: String, _ value: JSONValue) {
            members.removeAll { $0.key == key }
            members.append((key, value))
        }
        let status = Self.status(run.status)
        set(member + "Name", .string(name))
        if let arn = (try? JSONValue.parse(run.metadata))?[member]?["Arn"] { set(member + "Arn", arn) }
        set(member + "Status", .string(status))
        if let reason = run.failureReason { set("FailureReason", .string(reason)) }
        let start = JSONValue.string(StoreFunctions.timestamp(run.startTime))
        let end = run.endTime.map { JSONValue.string(StoreFunctions.timestamp($0)) }
        set("CreationTime", start)
        set(stepType + "StartTime", start)
        if let end { set(stepType + "EndTime", end) }
        if stepType != "Transform" { set("LastModifiedTime", end ?? start) }  // DescribeTransformJob has none
        if stepType == "Training" {
            set("SecondaryStatus", .string(status == "InProgress" ? "Training" : status))
            if members.first(where: { $0.key == "ModelArtifacts" }) == nil {
                // Where the model would have been written, as SageMaker reports it for a job that did not complete.
                let output = members.first { $0.key == "OutputDataConfig" }?.value["S3OutputPath"]?.stringValue ?? ""
                let base = output.hasSuffix("/") ? output : output + "/"
                set("ModelArtifacts", .object([("S3ModelArtifacts", .string("\(base)\(name)/output/model.tar.gz"))]))
            }
        }
        return .object(members)
    }

    /// A step's status as the job's: TrainingJobStatus and its siblings.
    static func status(_ status: StepStatus) -> String {
        switch status {
        case .starting, .executing: return "InProgress"
        case .stopping: return "Stopping"
        case .stopped: return "Stopped"
        case .failed: return "Failed"
        case .succeeded: return "Completed"
        }
    }
}
