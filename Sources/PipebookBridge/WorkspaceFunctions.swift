import Foundation
import PipebookDigests
import PipebookEngine
import PipebookLanguage

/// `workspace()`: the facts stdlib's Session reports (region, account, default bucket, role).
enum WorkspaceFunctions {
    static func install(_ m: ModuleBuilder, _ context: BridgeContext) {
        m.function("workspace") { _, _ in
            let w = context.workspace
            return .str(JSONValue.object([
                ("region", .string(w.region)), ("account", .string(Workspace.accountID)),
                ("default_bucket", .string(w.defaultBucket)), ("role", .string(w.executionRole)),
                ("root", .string(w.root.path)),
            ]).text())
        }
        m.function("code_hash") { _, args in
            let paths = try JSONValue.parse(try args.string(0, "code_hash")).arrayValue?.compactMap(\.stringValue) ?? []
            return .str(try BridgeErrors.converting { try CodeHash.of(paths: paths, resolve: context.localURL) })
        }
        m.function("sha256_text") { _, args in
            var hash = SHA256()
            hash.update(Array(try args.string(0, "sha256_text").utf8))
            return .str(hash.hexDigest())
        }
    }
}
