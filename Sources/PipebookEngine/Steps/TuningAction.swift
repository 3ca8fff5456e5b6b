import Foundation

/// TuningStep: runs the tuning job's training jobs, up to MaxParallelTrainingJobs at once,
/// each a `TrainingAction` with the static hyperparameters and one candidate from the ranges,
/// and ranks them by the objective metric. Grid tries every combination (in order, up to
/// MaxNumberOfTrainingJobs); Random draws each value independently. Bayesian and Hyperband
/// are played as Random search, and the log says so.
struct TuningAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let config = job.arguments["HyperParameterTuningJobConfig"] ?? .object([])
        guard let definition = job.arguments["TrainingJobDefinition"] else {
            throw StepFailure("ClientError: TrainingJobDefinition is required (Pipebook runs single-definition tuning jobs).")
        }
        let strategy = config["Strategy"]?.stringValue ?? "Bayesian"
        let limits = config["ResourceLimits"] ?? .object([])
        let maxJobs = Self.int(limits["MaxNumberOfTrainingJobs"]) ?? 1
        let maxParallel = max(1, Self.int(limits["MaxParallelTrainingJobs"]) ?? 1)
        guard let metric = config["HyperParameterTuningJobObjective"]?["MetricName"]?.stringValue else {
            throw StepFailure("ClientError: HyperParameterTuningJobObjective.MetricName is required.")
        }
        let maximize = config["HyperParameterTuningJobObjective"]?["Type"]?.stringValue == "Maximize"
        let ranges = try TuningRanges(config["ParameterRanges"] ?? .object([]))
        if strategy != "Random" && strategy != "Grid" {
            job.log.line("Pipebook plays the \(strategy) strategy as Random search.")
        }
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: job.jobName.hashValue))
        let candidates = strategy == "Grid" ? try ranges.grid(limit: maxJobs) : (0..<maxJobs).map { _ in ranges.sample(&random) }

        let tuningName = String(job.jobName.prefix(32))
        let results = TrainingResults(count: candidates.count)
        let queue = DispatchQueue(label: "pipebook tuning", attributes: .concurrent)
        let slots = DispatchSemaphore(value: maxParallel)
        let group = DispatchGroup()
        for (i, tuned) in candidates.enumerated() {
            slots.wait()
            if job.isStopping { slots.signal(); break }
            let name = "\(tuningName)-\(String(format: "%03d", i + 1))-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
            group.enter()
            queue.async {
                defer { slots.signal(); group.leave() }
                results.set(i, Self.train(job: job, definition: definition, tuned: tuned, name: name, metric: metric))
            }
        }
        group.wait()
        if job.isStopping { throw StepFailure("stopped") }

        let summaries = results.all.sorted { a, b in
            switch (a.value, b.value) {
            case let (x?, y?): return maximize ? x > y : x < y
            case (_?, nil): return true
            default: return false
            }
        }
        guard let best = summaries.first, best.value != nil else {
            throw StepFailure("All training jobs failed: \(summaries.first?.failure ?? "none ran")")
        }
        let arn = "arn:aws:sagemaker:\(job.workspace.region):\(Workspace.accountID):hyper-parameter-tuning-job/\(tuningName.lowercased())"
        var properties = job.arguments.objectValue ?? []
        properties += [
            ("HyperParameterTuningJobName", .string(tuningName)), ("HyperParameterTuningJobArn", .string(arn)),
            ("HyperParameterTuningJobStatus", .string("Completed")),
            ("BestTrainingJob", best.json(metric: metric)),
            ("TrainingJobSummaries", .array(summaries.map { $0.json(metric: metric) })),
        ]
        return StepResult(metadata: .object([("TuningJob", .object([("Arn", .string(arn))]))]), properties: .object(properties))
    }

    private static func train(job: StepJob, definition: JSONValue, tuned: [(String, String)], name: String, metric: String) -> TrainingResults.Job {
        var hyperparameters = definition["StaticHyperParameters"]?.objectValue ?? []
        for (key, value) in tuned {
            hyperparameters.removeAll { $0.key == key }
            hyperparameters.append((key, .string(value)))
        }
        var arguments = (definition.objectValue ?? []).filter { $0.key != "StaticHyperParameters" }
        arguments.append(("HyperParameters", .object(hyperparameters)))
        job.log.line("Training job \(name): \(tuned.map { "\($0.0)=\($0.1)" }.joined(separator: ", "))")
        let trainingJob = StepJob(step: job.step, arguments: .object(arguments), execution: job.execution, workspace: job.workspace,
                                  services: job.services, jobName: name, log: job.log, store: job.store, stopFlag: job.stopFlagForChildren)
        var result = TrainingResults.Job(name: name, arn: trainingJob.arn("training-job"), tuned: tuned)
        do {
            let properties = try TrainingAction().run(trainingJob).properties
            let metrics = properties["FinalMetricDataList"]?.arrayValue ?? []
            guard let found = metrics.first(where: { $0["MetricName"]?.stringValue == metric }),
                  let value = Self.double(found["Value"]) else {
                result.failure = "The objective metric \(metric) was not reported."
                return result
            }
            result.value = value
        } catch {
            result.failure = "\(error)"
        }
        return result
    }

    static func int(_ v: JSONValue?) -> Int? {
        switch v {
        case .int(let i)?: return i
        case .string(let s)?: return Int(s)
        case .double(let d)?: return Int(d)
        default: return nil
        }
    }

    static func double(_ v: JSONValue?) -> Double? {
        switch v {
        case .int(let i)?: return Double(i)
        case .double(let d)?: return d
        case .string(let s)?: return Double(s)
        default: return nil
        }
    }
}

/// The training jobs of a tuning job, filled in from several threads.
final class TrainingResults: @unchecked Sendable {
    struct Job {
        let name: String
        let arn: String
        let tuned: [(String, String)]
        var value: Double?
        var failure: String?

        func json(metric: String) -> JSONValue {
            var members: [(key: String, value: JSONValue)] = [
                ("TrainingJobName", .string(name)), ("TrainingJobArn", .string(arn)),
                ("TrainingJobStatus", .string(value == nil ? "Failed" : "Completed")),
                ("TunedHyperParameters", .object(tuned.map { ($0.0, .string($0.1)) })),
            ]
            if let value {
                members.append(("FinalHyperParameterTuningJobObjectiveMetric", .object([("MetricName", .string(metric)), ("Value", .double(value))])))
                members.append(("ObjectiveStatus", .string("Succeeded")))
            } else {
                members.append(("FailureReason", .string(failure ?? "")))
                members.append(("ObjectiveStatus", .string("Failed")))
            }
            return .object(members)
        }
    }

    private let lock = NSLock()
    private var jobs: [Job?]

    init(count: Int) { jobs = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ job: Job) { lock.withLock { jobs[i] = job } }

    var all: [Job] { lock.withLock { jobs.compactMap { $0 } } }
}

/// A tuning job's ParameterRanges: continuous, integer and categorical.
struct TuningRanges {
    enum Range {
        case continuous(min: Double, max: Double, logarithmic: Bool)
        case integer(min: Int, max: Int, logarithmic: Bool)
        case categorical([String])
    }

    let ranges: [(name: String, range: Range)]

    init(_ json: JSONValue) throws {
        var ranges: [(name: String, range: Range)] = []
        for r in json["ContinuousParameterRanges"]?.arrayValue ?? [] {
            guard let name = r["Name"]?.stringValue, let lo = TuningAction.double(r["MinValue"]), let hi = TuningAction.double(r["MaxValue"]), lo <= hi else {
                throw StepFailure("ClientError: a continuous parameter range needs a Name and MinValue <= MaxValue.")
            }
            ranges.append((name, .continuous(min: lo, max: hi, logarithmic: r["ScalingType"]?.stringValue == "Logarithmic" && lo > 0)))
        }
        for r in json["IntegerParameterRanges"]?.arrayValue ?? [] {
            guard let name = r["Name"]?.stringValue, let lo = TuningAction.int(r["MinValue"]), let hi = TuningAction.int(r["MaxValue"]), lo <= hi else {
                throw StepFailure("ClientError: an integer parameter range needs a Name and MinValue <= MaxValue.")
            }
            ranges.append((name, .integer(min: lo, max: hi, logarithmic: r["ScalingType"]?.stringValue == "Logarithmic" && lo > 0)))
        }
        for r in json["CategoricalParameterRanges"]?.arrayValue ?? [] {
            guard let name = r["Name"]?.stringValue, let values = r["Values"]?.arrayValue?.compactMap(\.stringValue), !values.isEmpty else {
                throw StepFailure("ClientError: a categorical parameter range needs a Name and Values.")
            }
            ranges.append((name, .categorical(values)))
        }
        self.ranges = ranges
    }

    func sample(_ random: inout SplitMix64) -> [(String, String)] {
        ranges.map { name, range in
            let u = random.nextDouble()
            switch range {
            case .continuous(let lo, let hi, let log):
                let x = log ? Foundation.exp(Foundation.log(lo) + u * (Foundation.log(hi) - Foundation.log(lo))) : lo + u * (hi - lo)
                return (name, "\(x)")
            case .integer(let lo, let hi, let log):
                if log {
                    let x = Foundation.exp(Foundation.log(Double(lo)) + u * (Foundation.log(Double(hi) + 1) - Foundation.log(Double(lo))))
                    return (name, "\(min(hi, Int(x)))")
                }
                return (name, "\(lo + min(hi - lo, Int(u * Double(hi - lo + 1))))")
            case .categorical(let values):
                return (name, values[min(values.count - 1, Int(u * Double(values.count)))])
            }
        }
    }

    /// Every combination, the last range varying fastest; Grid search takes no continuous range.
    func grid(limit: Int) throws -> [[(String, String)]] {
        var combinations: [[(String, String)]] = [[]]
        for (name, range) in ranges {
            let values: [String]
            switch range {
            case .continuous:
                throw StepFailure("ClientError: The Grid strategy takes categorical and integer parameter ranges only; \(name) is continuous.")
            case .integer(let lo, let hi, _): values = (lo...hi).map(String.init)
            case .categorical(let v): values = v
            }
            combinations = combinations.flatMap { prefix in values.map { prefix + [(name, $0)] } }
        }
        return Array(combinations.prefix(limit))
    }
}

/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
