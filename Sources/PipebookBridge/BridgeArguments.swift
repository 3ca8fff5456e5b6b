import PipebookEngine
import PipebookLanguage

/// Argument and error conversions for the bridge's functions. Everything crosses as str,
/// int or None; structured values cross as JSON text that stdlib reads with `json`.
extension Arguments {
    func string(_ i: Int, _ function: String) throws -> String {
        guard i < positional.count, let s = positional[i].stringValue else {
            throw PyError.typeError("\(function)() argument \(i + 1) must be str")
        }
        return s
    }

    func optionalString(_ i: Int) -> String? {
        i < positional.count ? positional[i].stringValue : nil
    }
}

enum BridgeErrors {
    /// The Python exception for an engine error: ValueError for a refused request,
    /// FileNotFoundError for a missing object or file.
    static func python(_ error: Error) -> Error {
        switch error {
        case let e as PyError: return e
        case let e as LocalS3Error:
            switch e {
            case .noSuchKey, .noSuchBucket, .localFileNotFound:
                return PyError(BuiltinTypes.fileNotFoundError, e.description)
            default:
                return PyError.valueError(e.description)
            }
        case let e as DefinitionError:
            return PyError.valueError(e.description)
        case let e as PipelineStoreError:
            return PyError.valueError(e.description)
        case let e as LineageError:
            return PyError.valueError(e.description)
        case let e as RegistryError:
            return PyError.valueError(e.description)
        default:
            return PyError(BuiltinTypes.osError, "\(error)")
        }
    }

    /// Runs `body`, turning engine errors into Python exceptions.
    static func converting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw python(error) }
    }
}
