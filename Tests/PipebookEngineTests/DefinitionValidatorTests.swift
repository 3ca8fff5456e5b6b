import XCTest
@testable import PipebookEngine

/// One test per validation rule, on small definitions written by hand.
final class DefinitionValidatorTests: XCTestCase {
    func definition(parameters: String = "[]", steps: String) throws -> PipelineDefinition {
        try PipelineDefinition(text: #"{"Version": "2020-12-01", "Parameters": \#(parameters), "Steps": \#(steps)}"#)
    }

    func error(_ d: PipelineDefinition) -> DefinitionError? {
        do { try DefinitionValidator.validate(d); return nil } catch { return error as? DefinitionError }
    }

    let train = #"{"Name": "Train", "Type": "Training", "Arguments": {}}"#

    func testDuplicateStepNames() throws {
        let e = error(try definition(steps: "[\(train), \(train)]"))
        XCTAssertEqual(e?.rule, .duplicateStepName)
        XCTAssertEqual(e?.description, "Pipeline steps cannot have duplicate names. In addition, steps added in the ConditionStep cannot be added in the Pipeline steps list. (step 'Train', at Steps[1])")
    }

    func testJsonGetNamingAStepNotInThePipeline() throws {
        let condition = #"{"Name": "Check", "Type": "Condition", "Arguments": {"Conditions": [{"Type": "Equals", "LeftValue": {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.Eval.PropertyFiles.Report"}, "Path": "a"}}, "RightValue": 1}], "IfSteps": [], "ElseSteps": []}}"#
        let e = error(try definition(steps: "[\(condition)]"))
        XCTAssertEqual(e?.description, "The input steps do not contain the step of name: Eval (step 'Check', at Steps[0].Arguments.Conditions[0].LeftValue.Std:JsonGet.PropertyFile)")
    }

    func testDependsOnNamingAStepNotInThePipeline() throws {
        let step = #"{"Name": "Train", "Type": "Training", "Arguments": {}, "DependsOn": ["Prepare"]}"#
        XCTAssertEqual(error(try definition(steps: "[\(step)]"))?.description,
                       "The input steps do not contain the step of name: Prepare (step 'Train', at Steps[0].DependsOn[0])")
    }

    func testParameterUsedButNotDeclared() throws {
        let step = #"{"Name": "Train", "Type": "Training", "Arguments": {"ResourceConfig": {"InstanceType": {"Get": "Parameters.InstanceType"}}}}"#
        XCTAssertEqual(error(try definition(steps: "[\(step)]"))?.description,
                       "Parameter 'InstanceType' is used but not declared in the pipeline's parameters (step 'Train', at Steps[0].Arguments.ResourceConfig.InstanceType)")
    }

    func testDependencyCycle() throws {
        let a = #"{"Name": "A", "Type": "Training", "Arguments": {}, "DependsOn": ["B"]}"#
        let b = #"{"Name": "B", "Type": "Training", "Arguments": {}, "DependsOn": ["A"]}"#
        let e = error(try definition(steps: "[\(a), \(b)]"))
        XCTAssertEqual(e?.rule, .cycle)
        XCTAssertEqual(e?.message, "Cycle detected in pipeline step graph.")
    }

    func testParameterDefaultOfTheWrongType() throws {
        let e = error(try definition(parameters: #"[{"Name": "Count", "Type": "Integer", "DefaultValue": "one"}]"#, steps: "[]"))
        XCTAssertEqual(e?.description, "The default value specified does not match the Parameter Python type. (at Parameters[0] (Count, Integer).DefaultValue)")
    }

    func testPropertyPathTheStepDoesNotHave() throws {
        let eval = #"{"Name": "Eval", "Type": "Processing", "Arguments": {"ProcessingInputs": [{"S3Input": {"S3Uri": {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifact"}}}]}}"#
        XCTAssertEqual(error(try definition(steps: "[\(train), \(eval)]"))?.description,
                       "Step 'Train' of type Training has no property 'S3ModelArtifact' in Steps.Train.ModelArtifacts.S3ModelArtifact (step 'Eval', at Steps[1].Arguments.ProcessingInputs[0].S3Input.S3Uri)")
        let fine = eval.replacingOccurrences(of: "S3ModelArtifact\"", with: "S3ModelArtifacts\"")
        XCTAssertNil(error(try definition(steps: "[\(train), \(fine)]")))
    }

    func testDAGDisplayListsStepsInRunningOrder() throws {
        let eval = #"{"Name": "Eval", "Type": "Processing", "Arguments": {"X": {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}}"#
        let d = try definition(parameters: #"[{"Name": "Count", "Type": "Integer", "DefaultValue": 1}]"#, steps: "[\(eval), \(train)]")
        XCTAssertEqual(DAGDisplay.render(name: "Demo", definition: d, version: 2), """
        Pipeline Demo, version 2

        Parameters:
          Count  Integer  default 1

        Steps:
          Train  Training    (start)
          Eval   Processing  after Train

        """)
    }

    func testJSONRoundTripKeepsOrderAndNumbers() throws {
        let text = #"{"b": [1, 2.0, 1e-05, true, null], "a": "caf\u00e9 \"q\""}"#
        XCTAssertEqual(try JSONValue.parse(text).text(), text)
    }
}
