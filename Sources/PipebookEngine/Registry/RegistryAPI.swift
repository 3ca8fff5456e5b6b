import Foundation

/// The SageMaker API calls on the registry and on models: a request in its AWS shape (JSON) in,
/// the response shape out, or a `RegistryError`. Paging (MaxResults, NextToken) is the caller's:
/// list calls answer every match, filtered and sorted.
public struct RegistryAPI {
    public let registry: ModelRegistry
    public let models: ModelCatalog
    private var workspace: Workspace { registry.store.workspace }

    public init(store: PipelineStore) {
        registry = ModelRegistry(store: store)
        models = ModelCatalog(store: store)
    }

    /// The operations `call` answers, by their AWS names.
    public static let operations: [String] = [
        "CreateModelPackageGroup", "DescribeModelPackageGroup", "ListModelPackageGroups", "DeleteModelPackageGroup",
        "CreateModelPackage", "DescribeModelPackage", "ListModelPackages", "UpdateModelPackage", "DeleteModelPackage",
        "CreateModel", "DescribeModel", "ListModels", "DeleteModel",
    ]

    public func call(_ operation: String, _ r: JSONValue) throws -> JSONValue {
        switch operation {
        case "CreateModelPackageGroup":
            let group = try registry.createGroup(try required(r, "ModelPackageGroupName"), description: r["ModelPackageGroupDescription"]?.stringValue)
            return .object([("ModelPackageGroupArn", .string(workspace.modelPackageGroupARN(group.name)))])
        case "DescribeModelPackageGroup":
            return RegistryShapes.group(try registry.group(groupName(try required(r, "ModelPackageGroupName"))), workspace)
        case "ListModelPackageGroups":
            let groups = try listed(registry.groups().map(\.group), r, name: \.name, created: \.createdAt)
            return .object([("ModelPackageGroupSummaryList", .array(groups.map { RegistryShapes.group($0, workspace, summary: true) }))])
        case "DeleteModelPackageGroup":
            try registry.deleteGroup(groupName(try required(r, "ModelPackageGroupName")))
            return .object([])
        case "CreateModelPackage":
            let package = try registry.register(try ModelPackageRegistration(request: r), createGroup: false)
            return .object([("ModelPackageArn", .string(workspace.modelPackageARN(package.groupName, version: package.version)))])
        case "DescribeModelPackage":
            return RegistryShapes.describe(try registry.package(named: try required(r, "ModelPackageName")), workspace)
        case "ListModelPackages":
            return .object([("ModelPackageSummaryList", .array(try listPackages(r).map { RegistryShapes.summary($0, workspace) }))])
        case "UpdateModelPackage":
            let package = try update(r)
            return .object([("ModelPackageArn", .string(workspace.modelPackageARN(package.groupName, version: package.version)))])
        case "DeleteModelPackage":
            let package = try registry.package(named: try required(r, "ModelPackageName"))
            try registry.deletePackage(group: package.groupName, version: package.version)
            return .object([])
        case "CreateModel":
            let name = try required(r, "ModelName")
            guard r["PrimaryContainer"] != nil || r["Containers"] != nil else {
                throw RegistryError.validation("Either PrimaryContainer or Containers must be specified.")
            }
            let model = try models.create(name: name, request: r)
            return .object([("ModelArn", .string(workspace.modelARN(model.name)))])
        case "DescribeModel":
            return RegistryShapes.model(try models.model(try required(r, "ModelName")), workspace)
        case "ListModels":
            let found = try listed(models.models(), r, name: \.name, created: \.createdAt)
            return .object([("Models", .array(found.map { RegistryShapes.modelSummary($0, workspace) }))])
        case "DeleteModel":
            try models.delete(try required(r, "ModelName"))
            return .object([])
        default:
            throw RegistryError.validation("Pipebook's registry does not answer \(operation).")
        }
    }

    // MARK: list filters and order

    /// NameContains, CreationTimeAfter/Before (seconds since the epoch), SortBy (Name or
    /// CreationTime, the default) and SortOrder (Descending by default), as the List* calls take
    /// them, over `items` in ascending order.
    private func listed<T>(_ items: [T], _ r: JSONValue, name: (T) -> String, created: (T) -> Date) throws -> [T] {
        var items = items
        if let part = r["NameContains"]?.stringValue { items = items.filter { name($0).lowercased().contains(part.lowercased()) } }
        if let after = try seconds(r, "CreationTimeAfter") { items = items.filter { created($0).timeIntervalSince1970 > after } }
        if let before = try seconds(r, "CreationTimeBefore") { items = items.filter { created($0).timeIntervalSince1970 < before } }
        let sortBy = try member(r, "SortBy", allowed: ["Name", "CreationTime"]) ?? "CreationTime"
        let ascending = try member(r, "SortOrder", allowed: ["Ascending", "Descending"]) == "Ascending"
        // `items` come in ascending order (oldest, or by name then version): ties keep it, in the order asked.
        items = items.enumerated().sorted { a, b in
            var order: ComparisonResult = sortBy == "Name" ? name(a.element).compare(name(b.element))
                : created(a.element) == created(b.element) ? .orderedSame : (created(a.element) < created(b.element) ? .orderedAscending : .orderedDescending)
            if order == .orderedSame { order = a.offset < b.offset ? .orderedAscending : .orderedDescending }
            return ascending == (order == .orderedAscending)
        }.map(\.element)
        return items
    }

    /// ListModelPackages: a group's versions, or with no group the packages of ModelPackageType
    /// (Unversioned by default, as in SageMaker, so none: Pipebook keeps versioned packages only).
    private func listPackages(_ r: JSONValue) throws -> [StoredModelPackage] {
        let type = try member(r, "ModelPackageType", allowed: ["Versioned", "Unversioned", "Both"])
        let group = r["ModelPackageGroupName"]?.stringValue.map(groupName)
        if group == nil && (type ?? "Unversioned") == "Unversioned" { return [] }
        var packages = try registry.packages(group: group)
        if let status = r["ModelApprovalStatus"]?.stringValue {
            let wanted = try ModelPackageRegistration.approvalStatus(status)
            packages = packages.filter { $0.approvalStatus == wanted.rawValue }
        }
        // Name order is group, then version, as SageMaker sorts versioned names ("group/version").
        packages.sort { ($0.groupName, $0.version) < ($1.groupName, $1.version) }
        return try listed(packages, r, name: \.groupName, created: \.createdAt)
    }

    // MARK: UpdateModelPackage

    private static let unsupportedUpdates = ["AdditionalInferenceSpecificationsToAdd", "ModelCard", "ModelLifeCycle", "ModelPackageRegistrationType"]

    private func update(_ r: JSONValue) throws -> StoredModelPackage {
        if let member = Self.unsupportedUpdates.first(where: { r[$0] != nil }) {
            throw RegistryError.validation("Pipebook's UpdateModelPackage does not change \(member).")
        }
        let package = try registry.package(named: try required(r, "ModelPackageArn"))
        let status = try r["ModelApprovalStatus"]?.stringValue.map(ModelPackageRegistration.approvalStatus)
        return try registry.update(group: package.groupName, version: package.version, approval: status,
                                   approvalDescription: r["ApprovalDescription"]?.stringValue) { stored in
            var members = stored.objectValue ?? []
            func set(_ key: String, _ value: JSONValue?) {
                members.removeAll { $0.key == key }
                if let value { members.append((key, value)) }
            }
            var properties = stored["CustomerMetadataProperties"]?.objectValue ?? []
            for (key, value) in r["CustomerMetadataProperties"]?.objectValue ?? [] {
                properties.removeAll { $0.key == key }
                properties.append((key, value))
            }
            let removed = Set((r["CustomerMetadataPropertiesToRemove"]?.arrayValue ?? []).compactMap(\.stringValue))
            properties.removeAll { removed.contains($0.key) }
            if r["CustomerMetadataProperties"] != nil || !removed.isEmpty {
                set("CustomerMetadataProperties", properties.isEmpty ? nil : .object(properties))
            }
            if let specification = r["InferenceSpecification"] { set("InferenceSpecification", specification) }
            if let uri = r["SourceUri"] { set("SourceUri", uri) }
            return .object(members)
        }
    }

    // MARK: request members

    private func required(_ r: JSONValue, _ key: String) throws -> String {
        guard let value = r[key]?.stringValue, !value.isEmpty else {
            throw RegistryError.validation("Missing required parameter in input: \"\(key)\"")
        }
        return value
    }

    private func member(_ r: JSONValue, _ key: String, allowed: [String]) throws -> String? {
        guard let value = r[key]?.stringValue else { return nil }
        guard allowed.contains(value) else {
            throw RegistryError.notInEnum(value: value, member: key.prefix(1).lowercased() + key.dropFirst(), allowed: allowed)
        }
        return value
    }

    private func seconds(_ r: JSONValue, _ key: String) throws -> Double? {
        switch r[key] {
        case nil, .null?: return nil
        case .int(let n)?: return Double(n)
        case .double(let d)?: return d
        default: throw RegistryError.validation("\(key) must be a timestamp.")
        }
    }

    private func groupName(_ nameOrARN: String) -> String { ModelPackageRegistration.groupName(nameOrARN) }
}
