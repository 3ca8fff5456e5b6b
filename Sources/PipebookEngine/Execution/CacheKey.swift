import Foundation
import PipebookDigests

/// The key under which a step's result is cached: its type, its arguments with parameters and
/// properties resolved (execution variables left as written, so that a path holding the
/// execution id still matches), and the content digest of every local-S3 object it reads, so
/// that new data at an unchanged URI is never a stale hit.
enum CacheKey {
    /// Arguments that name where a step writes, not what it reads.
    private static let outputMembers: Set<String> = [
        "ProcessingOutputConfig", "OutputDataConfig", "TransformOutput", "DebugHookConfig",
        "CheckpointConfig", "ProfilerConfig", "ProfilerRuleConfigurations", "DebugRuleConfigurations",
    ]

    static func compute(step: PipelineDefinition.Step, unresolvedArguments: JSONValue, resolver: ValueResolver,
                        s3: LocalS3) throws -> String {
        let arguments = try resolver.resolve(unresolvedArguments)
        var hash = SHA256()
        hash.update(Array("\(step.type)\n".utf8))
        hash.update(Array(arguments.text().utf8))
        var uris: [String] = []
        collectInputURIs(arguments, into: &uris)
        for uri in uris {
            hash.update(Array("\n\(uri)\n".utf8))
            guard let location = try? S3Location(uri: uri), let objects = try? s3.list(location) else { continue }
            for object in objects {
                guard let data = try? s3.get(object) else { continue }
                var digest = SHA256()
                digest.update(data)
                hash.update(Array("\(object.key) \(digest.hexDigest())\n".utf8))
            }
        }
        return hash.hexDigest()
    }

    private static func collectInputURIs(_ value: JSONValue, into uris: inout [String]) {
        switch value {
        case .string(let s) where s.hasPrefix("s3://"):
            uris.append(s)
        case .array(let items):
            items.forEach { collectInputURIs($0, into: &uris) }
        case .object(let members):
            for (key, member) in members where !outputMembers.contains(key) { collectInputURIs(member, into: &uris) }
        default:
            break
        }
    }
}
