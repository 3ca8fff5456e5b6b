import Foundation

/// The folder where Pipebook keeps what a program stores: `.pipebook/` in the current
/// directory, or the folder PIPEBOOK_HOME names. It holds the store's database and the
/// local S3 (`s3/<bucket>/<key>`).
public struct Workspace: Sendable {
    /// The account every ARN and default bucket names: Pipebook plays one AWS account.
    public static let accountID = "000000000000"

    public let root: URL
    /// The AWS region programs see: AWS_DEFAULT_REGION, else us-east-1.
    public let region: String

    public init(root: URL, region: String = "us-east-1") {
        self.root = root.standardizedFileURL
        self.region = region
    }

    /// The workspace of a process with this environment and working directory.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> Workspace {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        let root = environment["PIPEBOOK_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            .map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: base) }
            ?? base.appendingPathComponent(".pipebook", isDirectory: true)
        let region = environment["AWS_DEFAULT_REGION"].flatMap { $0.isEmpty ? nil : $0 } ?? "us-east-1"
        return Workspace(root: root, region: region)
    }

    /// The SQLite file of the pipeline store.
    public var databaseURL: URL { root.appendingPathComponent("pipebook.sqlite") }

    /// The folder whose subfolders are the local S3's buckets.
    public var s3Root: URL { root.appendingPathComponent("s3", isDirectory: true) }

    /// `sagemaker-<region>-000000000000`, what `Session().default_bucket()` names.
    public var defaultBucket: String { "sagemaker-\(region)-\(Workspace.accountID)" }

    /// The role `sagemaker.get_execution_role()` returns.
    public var executionRole: String { "arn:aws:iam::\(Workspace.accountID):role/SageMakerRole" }

    /// The ARN SageMaker gives a pipeline: its name in lower case.
    public func pipelineARN(_ name: String) -> String {
        "arn:aws:sagemaker:\(region):\(Workspace.accountID):pipeline/\(name.lowercased())"
    }

    /// Creates the workspace folder if needed.
    func ensureExists() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
}
