import Foundation

/// A step's RetryPolicies: which failures are retried, after how long, how many times.
struct RetryPolicy {
    let exceptionTypes: [String]
    let interval: Double
    let backoffRate: Double
    let maxAttempts: Int

    static func all(in step: JSONValue) -> [RetryPolicy] {
        (step["RetryPolicies"]?.arrayValue ?? []).map { p in
            RetryPolicy(exceptionTypes: p["ExceptionType"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                        interval: number(p["IntervalSeconds"]) ?? 1, backoffRate: number(p["BackoffRate"]) ?? 2,
                        maxAttempts: number(p["MaxAttempts"]).map { Int($0) } ?? 5)
        }
    }

    /// The exception types a failure counts as. Pipebook's own faults are the ones SageMaker
    /// retries; a step's bad input or code is a client error, which no policy retries.
    static func exceptionTypes(of failure: StepFailure) -> [String] {
        switch failure.kind {
        case .client: return []
        case .internalError: return ["Step.SERVICE_FAULT", "SageMaker.JOB_INTERNAL_ERROR"]
        }
    }

    /// The pause before the next attempt, or nil when no policy retries after `attempt` attempts.
    static func delay(_ policies: [RetryPolicy], failure: StepFailure, attempt: Int) -> Double? {
        let types = exceptionTypes(of: failure)
        guard let policy = policies.first(where: { p in p.exceptionTypes.contains { types.contains($0) } }),
              attempt < policy.maxAttempts else { return nil }
        return policy.interval * pow(policy.backoffRate, Double(attempt - 1))
    }

    private static func number(_ v: JSONValue?) -> Double? {
        switch v {
        case .int(let i)?: return Double(i)
        case .double(let d)?: return d
        default: return nil
        }
    }
}
