import Foundation
import XCTest
@testable import PipebookEngine

/// The scheduler with a stand-in script runner: Lambda steps whose handlers take a while and
/// record how many run at once.
final class SchedulerTests: XCTestCase {
    final class SlowRunner: ScriptRunner, @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0
        private(set) var most = 0
        private(set) var calls: [String] = []

        func run(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void,
                 cancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) -> String? { nil }

        func callFunction(scriptPath: String, handler: String, event: String, output: @escaping @Sendable (String) -> Void) throws -> String {
            lock.withLock { current += 1; most = max(most, current); calls.append(event) }
            Thread.sleep(forTimeInterval: 0.1)
            lock.withLock { current -= 1 }
            return #"{"out": 1}"#
        }
    }

    /// Fails with an internal fault the first `failures` times, then answers.
    final class FlakyRunner: ScriptRunner, @unchecked Sendable {
        private let lock = NSLock()
        var failures: Int
        init(failures: Int) { self.failures = failures }

        func run(_ job: ScriptJob, output: @escaping @Sendable (String) -> Void,
                 cancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) -> String? { nil }

        func callFunction(scriptPath: String, handler: String, event: String, output: @escaping @Sendable (String) -> Void) throws -> String {
            let fail = lock.withLock { () -> Bool in
                failures -= 1
                return failures >= 0
            }
            if fail { throw StepFailure("disk full", kind: .internalError) }
            return "{}"
        }
    }

    var folder: TemporaryFolder!
    var store: PipelineStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try PipelineStore(workspace: Workspace(root: folder.url.appendingPathComponent(".pipebook")))
        try store.register(StoredLambdaFunction(arn: "arn:fn", scriptPath: "/nowhere.py", handler: "m.f"))
    }

    override func tearDown() {
        RunningExecutions.shared.waitForAll()
        folder.remove()
    }

    /// `count` independent Lambda steps, then one that waits for them all.
    func fanIn(_ count: Int) -> String {
        let steps = (0..<count).map { #"{"Name": "S\#($0)", "Type": "Lambda", "Arguments": {"i": \#($0)}, "FunctionArn": "arn:fn", "OutputParameters": [{"OutputName": "out", "OutputType": "Integer"}]}"# }
        let last = #"{"Name": "Last", "Type": "Lambda", "Arguments": {"first": {"Get": "Steps.S0.OutputParameters['out']"}}, "DependsOn": [\#((0..<count).map { "\"S\($0)\"" }.joined(separator: ", "))], "FunctionArn": "arn:fn", "OutputParameters": []}"#
        return #"{"Version": "2020-12-01", "Parameters": [], "Steps": [\#((steps + [last]).joined(separator: ", "))]}"#
    }

    func testIndependentStepsRunAtOnceUpToTheLimit() throws {
        let runner = SlowRunner()
        try store.upsert(PipelineRequest(name: "Fan", definition: fanIn(6)))
        let executor = PipelineExecutor(store: store, services: StepServices(scriptRunner: runner))
        let execution = try executor.start(pipelineName: "Fan", .init(maxParallelSteps: 3))
        XCTAssertTrue(RunningExecutions.shared.wait(execution.arn, timeout: 30))
        XCTAssertEqual(try store.execution(execution.arn).status, .succeeded)
        XCTAssertEqual(runner.most, 3)
        XCTAssertEqual(runner.calls.last, #"{"first": 1}"#)
        let runs = try store.stepRuns(execution.arn)
        XCTAssertEqual(runs.first?.stepName, "Last")  // newest first
        XCTAssertEqual(runs.count, 7)
    }

    func testEveryTransitionIsInTheStoreInOrder() throws {
        try store.upsert(PipelineRequest(name: "Fan", definition: fanIn(1)))
        let executor = PipelineExecutor(store: store, services: StepServices(scriptRunner: SlowRunner()))
        let execution = try executor.start(pipelineName: "Fan")
        XCTAssertTrue(RunningExecutions.shared.wait(execution.arn, timeout: 30))
        let seen = try store.transitions(execution.arn).map { "\($0.stepName ?? "-") \($0.status)" }
        XCTAssertEqual(seen, ["- Executing", "S0 Starting", "S0 Executing", "S0 Succeeded",
                              "Last Starting", "Last Executing", "Last Succeeded", "- Succeeded"])
    }

    func testDurationsRetriesAndConditions() throws {
        XCTAssertEqual(ISODuration.seconds("PT1H"), 3600)
        XCTAssertEqual(ISODuration.seconds("P1DT30M"), 86400 + 1800)
        XCTAssertNil(ISODuration.seconds("1H"))
        let policies = RetryPolicy.all(in: try JSONValue.parse(#"{"RetryPolicies": [{"ExceptionType": ["Step.SERVICE_FAULT"], "IntervalSeconds": 2, "BackoffRate": 3.0, "MaxAttempts": 3}]}"#))
        let fault = StepFailure("disk full", kind: .internalError)
        XCTAssertEqual(RetryPolicy.delay(policies, failure: fault, attempt: 1), 2)
        XCTAssertEqual(RetryPolicy.delay(policies, failure: fault, attempt: 2), 6)
        XCTAssertNil(RetryPolicy.delay(policies, failure: fault, attempt: 3))
        XCTAssertNil(RetryPolicy.delay(policies, failure: StepFailure("bad script"), attempt: 1))
        XCTAssertTrue(try ConditionEvaluator.holds(JSONValue.parse(#"{"Type": "Or", "Conditions": [{"Type": "In", "QueryValue": "b", "Values": ["a", "b"]}, {"Type": "Not", "Condition": {"Type": "Equals", "LeftValue": 1, "RightValue": 1.0}}]}"#)))
        XCTAssertFalse(try ConditionEvaluator.holds(JSONValue.parse(#"{"Type": "LessThanOrEqualTo", "LeftValue": 6.5, "RightValue": 6}"#)))
    }

    func testParametersAreCheckedAndDefaultsFilledIn() throws {
        let definition = try PipelineDefinition(text: #"{"Parameters": [{"Name": "N", "Type": "Integer", "DefaultValue": 1}, {"Name": "Flag", "Type": "Boolean", "DefaultValue": false}, {"Name": "S", "Type": "String"}], "Steps": []}"#)
        let values = try ExecutionParameters.check([("S", "x"), ("N", "2")], definition: definition)
        XCTAssertEqual(values.map { "\($0.name)=\($0.value)" }, ["N=2", "Flag=false", "S=x"])
        XCTAssertThrowsError(try ExecutionParameters.check([], definition: definition)) {
            XCTAssertEqual("\($0)", "ValidationException: Parameter 'S' has no default value and was not given one.")
        }
    }

    func testRetryPoliciesRetryInternalFaultsAndCountAttempts() throws {
        let retrying = #"{"Version": "2020-12-01", "Parameters": [], "Steps": [{"Name": "L", "Type": "Lambda", "Arguments": {}, "FunctionArn": "arn:fn", "OutputParameters": [], "RetryPolicies": [{"ExceptionType": ["Step.SERVICE_FAULT"], "IntervalSeconds": 1, "BackoffRate": 2.0, "MaxAttempts": 3}]}]}"#
        try store.upsert(PipelineRequest(name: "Retry", definition: retrying))
        let executor = PipelineExecutor(store: store, services: StepServices(scriptRunner: FlakyRunner(failures: 2), retryDelayScale: 0.01))
        let first = try executor.start(pipelineName: "Retry")
        XCTAssertTrue(RunningExecutions.shared.wait(first.arn, timeout: 30))
        XCTAssertEqual(try store.stepRuns(first.arn).map { "\($0.status.rawValue) \($0.attemptCount)" }, ["Succeeded 3"])

        let exhausted = PipelineExecutor(store: store, services: StepServices(scriptRunner: FlakyRunner(failures: 5), retryDelayScale: 0.01))
        let second = try exhausted.start(pipelineName: "Retry")
        XCTAssertTrue(RunningExecutions.shared.wait(second.arn, timeout: 30))
        XCTAssertEqual(try store.stepRuns(second.arn).map { "\($0.status.rawValue) \($0.attemptCount) \($0.failureReason ?? "")" },
                       ["Failed 3 disk full"])
    }
}
