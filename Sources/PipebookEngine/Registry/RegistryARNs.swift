/// The ARNs SageMaker gives registry resources: names in lower case, as for pipelines.
extension Workspace {
    public func modelPackageGroupARN(_ group: String) -> String {
        "arn:aws:sagemaker:\(region):\(Workspace.accountID):model-package-group/\(group.lowercased())"
    }

    public func modelPackageARN(_ group: String, version: Int) -> String {
        "arn:aws:sagemaker:\(region):\(Workspace.accountID):model-package/\(group.lowercased())/\(version)"
    }

    public func modelARN(_ name: String) -> String {
        "arn:aws:sagemaker:\(region):\(Workspace.accountID):model/\(name.lowercased())"
    }

    /// The group and version a ModelPackageName or ModelPackageArn names: `arn:...:model-package/group/3`
    /// or `group/3`. Nil for anything else (an unversioned name, which Pipebook does not keep).
    func modelPackageVersion(named name: String) -> (group: String, version: Int)? {
        var rest = Substring(name)
        if rest.hasPrefix("arn:") {
            guard let slash = rest.firstIndex(of: "/"), rest[..<slash].hasSuffix(":model-package") else { return nil }
            rest = rest[rest.index(after: slash)...]
        }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let version = Int(parts[1]), version > 0 else { return nil }
        return (String(parts[0]), version)
    }
}
