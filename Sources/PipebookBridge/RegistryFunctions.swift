import PipebookEngine
import PipebookLanguage

/// The SageMaker calls on the model registry and models (stdlib/boto3/_sagemaker_registry.py),
/// and the registry's tables for `pipebook.registry()`. Requests and answers are JSON text in
/// the AWS shapes; a refused request raises ValueError "Code: message".
enum RegistryFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        m.function("registry_call") { _, args in
            let operation = try args.string(0, "registry_call")
            let request = try BridgeErrors.converting { try JSONValue.parse(args.string(1, "registry_call")) }
            return try BridgeErrors.converting {
                .str(try RegistryAPI(store: context.store()).call(operation, request).text())
            }
        }
        m.function("registry_display") { _, args in
            // (group or None, "text" or "html")
            let group = args.optionalString(0)
            let html = args.optionalString(1) == "html"
            return try BridgeErrors.converting {
                let registry = ModelRegistry(store: try context.store())
                guard let group else {
                    let groups = try registry.groups()
                    return .str(html ? RegistryDisplay.groupsHTML(groups) : RegistryDisplay.groups(groups))
                }
                let name = try registry.group(group).name
                let packages = try registry.packages(group: name)
                return .str(html ? RegistryDisplay.versionsHTML(group: name, packages) : RegistryDisplay.versions(group: name, packages))
            }
        }
    }
}
