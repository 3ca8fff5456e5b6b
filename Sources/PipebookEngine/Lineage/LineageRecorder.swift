import Foundation
import GRDB
import PipebookDigests

/// Writes lineage as SageMaker records it for a pipeline's jobs: each job is a trial component
/// in its execution's context; what it read `ContributedTo` it and what it wrote was
/// `Produced` by it; a model package is an artifact its models, images and approvals
/// contribute to, `AssociatedWith` its group. Each call is one transaction.
public struct LineageRecorder {
    let store: PipelineStore

    public init(store: PipelineStore) {
        self.store = store
    }

    private var workspace: Workspace { store.workspace }

    /// Records what a succeeded step's jobs read and wrote (Processing, Training, Transform,
    /// Tuning's best training job) and the model package a RegisterModel step made. Other step
    /// types record nothing, as on SageMaker.
    func recordStep(type: String, arguments: JSONValue, properties: JSONValue, execution: StoredExecution) throws {
        let models = ModelCatalog(store: store)
        let jobs = try JobLineage.jobs(stepType: type, arguments: arguments, properties: properties) { name in
            (try? models.model(name)).flatMap { try? JSONValue.parse($0.request) }
        }
        let package = type == "RegisterModel" ? ModelPackageLineage(arguments, properties) : nil
        guard !jobs.isEmpty || package != nil else { return }
        // Digests read S3, so they are taken before the transaction.
        let s3 = LocalS3(workspace: workspace)
        var digests: [String: String] = [:]
        let uris = jobs.flatMap { ($0.reads + $0.writes).filter { $0.type != "Image" }.map(\.uri) } + (package?.models ?? [])
        for uri in uris where digests[uri] == nil { digests[uri] = ContentDigest.of(uri, s3: s3) }
        let now = store.clock()
        try store.database.write { db in
            let context = try executionContext(execution, at: now, db)
            for job in jobs { try record(job, digests: digests, in: context, at: now, db) }
            if let package { try record(package, digests: digests, at: now, db) }
        }
    }

    /// Records a change of a model package's approval status as an `Approval` action that
    /// contributed to the model package.
    @discardableResult
    public func recordApproval(modelPackageArn: String, status: String, description: String?, user: String?,
                               at date: Date) throws -> LineageEntity {
        try store.database.write { db in
            guard let action = try recordApproval(modelPackageArn: modelPackageArn, status: status, description: description,
                                                  user: user, at: date, db) else {
                throw LineageError.unknownModelPackage(modelPackageArn)
            }
            return action
        }
    }

    /// The same, inside the model registry's own transaction (UpdateModelPackage), so that the
    /// approval and its lineage are written together. Nil for a version no pipeline step
    /// registered (CreateModelPackage called directly): it has no lineage to add to.
    @discardableResult
    func recordApproval(modelPackageArn: String, status: String, description: String?, user: String?, at date: Date,
                        _ db: Database) throws -> LineageEntity? {
        guard let package = try LineageEntity.filter(Column("sourceUri") == modelPackageArn && Column("type") == "ModelPackage")
            .fetchOne(db) else { return nil }
        return try approval(of: package, status: status, description: description, user: user, at: date, db)
    }

    // MARK: entities

    /// The execution's context (made on its first job), with its parameters as Properties.
    private func executionContext(_ execution: StoredExecution, at date: Date, _ db: Database) throws -> LineageEntity {
        let name = "\(execution.pipelineName)-\(execution.executionId)"
        let arn = LineageEntity.arn(.context, name, in: workspace)
        if let found = try LineageEntity.fetchOne(db, key: arn) { return found }
        let parameters = ((try? JSONValue.parse(execution.parameters))?.arrayValue ?? []).compactMap { p -> (key: String, value: JSONValue)? in
            guard let name = p["Name"]?.stringValue, let value = p["Value"] else { return nil }
            return (name, value)
        }
        let context = LineageEntity(arn: arn, lineageType: .context, name: name, type: "PipelineExecution",
                                    sourceUri: execution.arn, digest: nil, properties: JSONValue.object(parameters).text(),
                                    parentArn: nil, description: nil, status: nil, createdAt: date)
        try context.insert(db)
        return context
    }

    /// The artifact for this URI and content, made the first time: a job that reads what
    /// another wrote meets the same artifact (and keeps the type it was made with).
    private func artifact(uri: String, type: String, digest: String?, name: String? = nil, at date: Date,
                          _ db: Database) throws -> LineageEntity {
        var hash = SHA256()
        hash.update(Array("\(uri)\n\(digest ?? "")".utf8))
        let arn = LineageEntity.arn(.artifact, String(hash.hexDigest().prefix(32)), in: workspace)
        if let found = try LineageEntity.fetchOne(db, key: arn) { return found }
        let artifact = LineageEntity(arn: arn, lineageType: .artifact, name: name, type: type, sourceUri: uri, digest: digest,
                                     properties: "{}", parentArn: nil, description: nil, status: nil, createdAt: date)
        try artifact.insert(db)
        return artifact
    }

    private func record(_ job: JobLineage, digests: [String: String], in context: LineageEntity, at date: Date,
                        _ db: Database) throws {
        let names = { (artifacts: [JobLineage.Artifact]) in
            JSONValue.object(artifacts.map { ($0.name, .object([("Value", .string($0.uri))])) })
        }
        let properties = JSONValue.object([
            ("InputArtifacts", names(job.reads)), ("OutputArtifacts", names(job.writes)),
            ("Parameters", .object(job.parameters.map { ($0.key, .object([("StringValue", .string(ValueResolver.text($0.value)))])) })),
        ])
        let component = LineageEntity(arn: LineageEntity.arn(.trialComponent, job.trialComponentName, in: workspace),
                                      lineageType: .trialComponent, name: job.trialComponentName, type: job.kind.sourceType,
                                      sourceUri: job.jobArn, digest: nil, properties: properties.text(), parentArn: context.arn,
                                      description: nil, status: nil, createdAt: date)
        try component.save(db)
        for read in job.reads {
            let input = try artifact(uri: read.uri, type: read.type, digest: digests[read.uri], at: date, db)
            try associate(input.arn, component.arn, .contributedTo, at: date, db)
        }
        for write in job.writes {
            let output = try artifact(uri: write.uri, type: write.type, digest: digests[write.uri], at: date, db)
            try associate(component.arn, output.arn, .produced, at: date, db)
        }
    }

    private func record(_ package: ModelPackageLineage, digests: [String: String], at date: Date, _ db: Database) throws {
        let epoch = Int(date.timeIntervalSince1970)
        let groupArn = workspace.modelPackageGroupARN(package.group)
        var group = try LineageEntity.filter(Column("sourceUri") == groupArn && Column("type") == "ModelGroup").fetchOne(db)
        if group == nil {
            let name = "\(package.group)-\(epoch)-aws-model-package-group"
            group = LineageEntity(arn: LineageEntity.arn(.context, name, in: workspace), lineageType: .context, name: name,
                                  type: "ModelGroup", sourceUri: groupArn, digest: nil, properties: "{}", parentArn: nil,
                                  description: nil, status: nil, createdAt: date)
            try group!.insert(db)
        }
        let artifact = try artifact(uri: package.arn, type: "ModelPackage", digest: nil,
                                    name: "\(package.group.lowercased())-\(package.version)-\(epoch)-aws-model-package", at: date, db)
        // Made in this order, so that ListAssociations (newest first) lists models, images, approval, as SageMaker does.
        try approval(of: artifact, status: package.status, description: package.approvalDescription, user: nil, at: date, db)
        for image in package.images {
            try associate(try self.artifact(uri: image, type: "Image", digest: nil, at: date, db).arn, artifact.arn, .contributedTo, at: date, db)
        }
        for model in package.models {
            try associate(try self.artifact(uri: model, type: "Model", digest: digests[model], at: date, db).arn, artifact.arn,
                          .contributedTo, at: date, db)
        }
        try associate(artifact.arn, group!.arn, .associatedWith, at: date, db)
    }

    /// An `Approval` action named `<group>-<version>-<status>-<epoch ms>` that contributed to the model package.
    private func approval(of package: LineageEntity, status: String, description: String?, user: String?, at date: Date,
                          _ db: Database) throws -> LineageEntity {
        let parts = (package.sourceUri ?? "").split(separator: "/").suffix(2).joined(separator: "-")
        let name = "\(parts)-\(status)-\(Int64(date.timeIntervalSince1970 * 1000))"
        var properties: [(key: String, value: JSONValue)] = [("ModelApprovalStatus", .string(status))]
        if let user { properties.append(("User", .string(user))) }
        let action = LineageEntity(arn: LineageEntity.arn(.action, name, in: workspace), lineageType: .action, name: name,
                                   type: "Approval", sourceUri: package.sourceUri, digest: nil,
                                   properties: JSONValue.object(properties).text(), parentArn: nil,
                                   description: description, status: "Completed", createdAt: date)
        try action.save(db)
        try associate(action.arn, package.arn, .contributedTo, at: date, db)
        return action
    }

    /// Adds an association unless the pair is already associated (AddAssociation would refuse it).
    private func associate(_ source: String, _ destination: String, _ type: AssociationType, at date: Date, _ db: Database) throws {
        let exists = try LineageAssociation.filter(Column("sourceArn") == source && Column("destinationArn") == destination)
            .fetchCount(db) > 0
        guard !exists else { return }
        var association = LineageAssociation(id: nil, sourceArn: source, destinationArn: destination, associationType: type,
                                             createdAt: date)
        try association.insert(db)
    }
}

/// The model package a RegisterModel step made, from its arguments and properties.
struct ModelPackageLineage {
    let arn: String
    let group: String
    let version: Int
    let status: String
    let approvalDescription: String?
    let images: [String]
    let models: [String]

    init?(_ arguments: JSONValue, _ properties: JSONValue) {
        guard let arn = properties["ModelPackageArn"]?.stringValue, let group = arguments["ModelPackageGroupName"]?.stringValue,
              case .int(let version)? = properties["ModelPackageVersion"] else { return nil }
        self.arn = arn
        self.group = group
        self.version = version
        status = properties["ModelApprovalStatus"]?.stringValue ?? "PendingManualApproval"
        approvalDescription = arguments["ApprovalDescription"]?.stringValue
        let containers = arguments["InferenceSpecification"]?["Containers"]?.arrayValue ?? []
        images = containers.compactMap { $0["Image"]?.stringValue }
        models = containers.compactMap { $0["ModelDataUrl"]?.stringValue }
    }
}
