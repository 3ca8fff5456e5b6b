import Foundation
import PipebookEngine
import XCTest

/// sagemaker.lineage over a whole pipeline run: the abalone tutorial's table per step, and the
/// query API's answers for the model package and for the input data set.
final class LineageTests: SagemakerTestCase {
    /// Processing, built-in XGBoost training, a registered model version, a model and a batch transform.
    static let pipeline = """
    from sagemaker import image_uris
    from sagemaker.estimator import Estimator
    from sagemaker.inputs import TrainingInput
    from sagemaker.model import Model
    from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
    from sagemaker.s3 import S3Uploader
    from sagemaker.session import Session
    from sagemaker.transformer import Transformer
    from sagemaker.workflow.model_step import ModelStep
    from sagemaker.workflow.parameters import ParameterString
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.pipeline_context import PipelineSession
    from sagemaker.workflow.steps import ProcessingStep, TrainingStep, TransformStep

    ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
    session = PipelineSession(default_bucket="workshop")
    S3Uploader.upload("steps/abalone-sample.csv", "s3://workshop/abalone")
    data = ParameterString(name="InputData", default_value="s3://workshop/abalone/abalone-sample.csv")
    rounds = ParameterString(name="Rounds", default_value="5")
    image = image_uris.retrieve(framework="xgboost", region="us-east-1", version="1.7-1")
    processor = ScriptProcessor(image_uri=image, command=["python3"], instance_type="ml.m5.xlarge", instance_count=1,
                                role=ROLE, sagemaker_session=session, env={"SPLIT_MODE": "head"})
    step_process = ProcessingStep(name="Split", step_args=processor.run(
        inputs=[ProcessingInput(source=data, destination="/opt/ml/processing/input")],
        outputs=[ProcessingOutput(output_name=n, source="/opt/ml/processing/" + n) for n in ("train", "validation", "test")],
        code="steps/split.py", arguments=["--train-fraction", "0.8"]))
    outputs = step_process.properties.ProcessingOutputConfig.Outputs
    estimator = Estimator(image_uri=image, instance_type="ml.m5.xlarge", instance_count=1, role=ROLE,
                          output_path="s3://workshop/models", sagemaker_session=session)
    estimator.set_hyperparameters(objective="reg:squarederror", num_round=rounds, max_depth=4)
    step_train = TrainingStep(name="Train", step_args=estimator.fit(inputs={
        "train": TrainingInput(s3_data=outputs["train"].S3Output.S3Uri, content_type="text/csv"),
        "validation": TrainingInput(s3_data=outputs["validation"].S3Output.S3Uri, content_type="text/csv")}))
    model = Model(image_uri=image, model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
                  sagemaker_session=session, role=ROLE)
    step_register = ModelStep(name="Register", step_args=model.register(
        content_types=["text/csv"], response_types=["text/csv"], inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"], model_package_group_name="AbaloneGroup"))
    step_model = ModelStep(name="CreateModel", step_args=model.create(instance_type="ml.m5.large"))
    transformer = Transformer(model_name=step_model.properties.ModelName, instance_type="ml.m5.xlarge", instance_count=1,
                              output_path="s3://workshop/predictions", sagemaker_session=session)
    step_transform = TransformStep(name="Predict", step_args=transformer.transform(
        data=outputs["test"].S3Output.S3Uri, content_type="text/csv", split_type="Line"))
    pipeline = Pipeline(name="AbaloneLineage", parameters=[data, rounds],
                        steps=[step_process, step_train, step_register, step_model, step_transform], sagemaker_session=session)
    pipeline.upsert(role_arn=ROLE)
    execution = pipeline.start(parameters={"Rounds": "4"})
    execution.wait(delay=1, max_attempts=300)
    execution_id = execution.arn.split("/")[-1]
    prefix = "s3://workshop/AbaloneLineage/" + execution_id

    def rows(frame):
        return None if frame is None else [list(row) for _, row in frame.iterrows()]

    """

    /// The tutorial's loop: one table per step, with the SDK's columns, and rows in SageMaker's order.
    func testTheVisualizerShowsEachStepAsTheTutorialDoes() throws {
        let output = try run(Self.pipeline + """
        from sagemaker.lineage.visualizer import LineageTableVisualizer
        viz = LineageTableVisualizer(Session())
        tables = {}
        for execution_step in reversed(execution.list_steps()):
            tables[execution_step["StepName"]] = viz.show(pipeline_execution_step=execution_step)
        # Register and CreateModel run side by side: print in one order.
        for name in ["Split", "Train", "Register-RegisterModel", "CreateModel-CreateModel", "Predict"]:
            frame = tables[name]
            print(name, None if frame is None else list(frame.columns))
            for row in rows(frame) or []:
                print("  ", row[0].split("/")[-1], row[1:])
        """)
        let tables = output.components(separatedBy: "Split [")[1]
        XCTAssertEqual(tables, """
        'Name/Source', 'Direction', 'Type', 'Association Type', 'Lineage Type']
           split.py ['Input', 'DataSet', 'ContributedTo', 'artifact']
           abalone-sample.csv ['Input', 'DataSet', 'ContributedTo', 'artifact']
           sagemaker-xgboost:1.7-1 ['Input', 'Image', 'ContributedTo', 'artifact']
           test ['Output', 'DataSet', 'Produced', 'artifact']
           validation ['Output', 'DataSet', 'Produced', 'artifact']
           train ['Output', 'DataSet', 'Produced', 'artifact']
        Train ['Name/Source', 'Direction', 'Type', 'Association Type', 'Lineage Type']
           validation ['Input', 'DataSet', 'ContributedTo', 'artifact']
           train ['Input', 'DataSet', 'ContributedTo', 'artifact']
           sagemaker-xgboost:1.7-1 ['Input', 'Image', 'ContributedTo', 'artifact']
           model.tar.gz ['Output', 'Model', 'Produced', 'artifact']
        Register-RegisterModel ['Name/Source', 'Direction', 'Type', 'Association Type', 'Lineage Type']
           model.tar.gz ['Input', 'Model', 'ContributedTo', 'artifact']
           sagemaker-xgboost:1.7-1 ['Input', 'Image', 'ContributedTo', 'artifact']
           \(approvalName(output)) ['Input', 'Approval', 'ContributedTo', 'action']
           \(groupName(output)) ['Output', 'ModelGroup', 'AssociatedWith', 'context']
        CreateModel-CreateModel None
        Predict ['Name/Source', 'Direction', 'Type', 'Association Type', 'Lineage Type']
           model.tar.gz ['Input', 'Model', 'ContributedTo', 'artifact']
           sagemaker-xgboost:1.7-1 ['Input', 'Image', 'ContributedTo', 'artifact']
           test ['Input', 'DataSet', 'ContributedTo', 'artifact']
           predictions ['Output', 'DataSet', 'Produced', 'artifact']

        """)
        // Long URIs are cut as the SDK cuts them: `s3://...` and their last 40 characters.
        XCTAssertTrue(approvalName(output).hasPrefix("abalonegroup-1-PendingManualApproval-"), output)
        XCTAssertTrue(groupName(output).hasPrefix("AbaloneGroup-") && groupName(output).hasSuffix("-aws-model-package-group"), output)
    }

    private func approvalName(_ output: String) -> String { name(output, before: " ['Input', 'Approval'") }
    private func groupName(_ output: String) -> String { name(output, before: " ['Output', 'ModelGroup'") }

    /// The name printed on the line that holds `before`.
    private func name(_ output: String, before: String) -> String {
        let line = output.split(separator: "\n").first { $0.contains(before) } ?? ""
        return String(line.components(separatedBy: before)[0].trimmingCharacters(in: .whitespaces))
    }

    func testLongURIsAreCutAsTheSDKCutsThem() throws {
        let output = try run(Self.pipeline + """
        from sagemaker.lineage.visualizer import LineageTableVisualizer
        train = next(s for s in execution.list_steps() if s["StepName"] == "Train")
        frame = LineageTableVisualizer(Session()).show(training_job_name=train["Metadata"]["TrainingJob"]["Arn"].split("/")[-1].upper())
        for row in rows(frame):
            print(row[0].replace(execution_id, "<id>"))
        """)
        let names = output.split(separator: "\n").suffix(4).map(String.init)
        XCTAssertEqual(names[0], "s3://...age/<id>/Split/output/validation")
        XCTAssertEqual(names[2], "68331...-1.amazonaws.com/sagemaker-xgboost:1.7-1")
        XCTAssertTrue(names[3].hasPrefix("s3://...") && names[3].hasSuffix("/output/model.tar.gz") && names[3].count == 48, output)
    }

    /// What produced the model package version, and what was produced from the input data set.
    func testQueriesAnswerBothQuestionsForAWholeRun() throws {
        let output = try run(Self.pipeline + """
        from sagemaker.lineage.artifact import Artifact
        from sagemaker.lineage.lineage_trial_component import LineageTrialComponent
        from sagemaker.lineage.query import LineageEntityEnum, LineageFilter, LineageQuery, LineageQueryDirectionEnum, LineageSourceEnum
        package_arn = next(s for s in execution.list_steps() if s["StepName"] == "Register-RegisterModel")["Metadata"]["RegisterModel"]["Arn"]
        package = next(Artifact.list(source_uri=package_arn))
        query = LineageQuery(Session())
        up = query.query(start_arns=[package.artifact_arn], direction=LineageQueryDirectionEnum.ASCENDANTS)
        print("upstream", sorted(set((v.lineage_entity, v.lineage_source) for v in up.vertices)))
        datasets = query.query(start_arns=[package.artifact_arn], direction=LineageQueryDirectionEnum.ASCENDANTS,
                               query_filter=LineageFilter(entities=[LineageEntityEnum.ARTIFACT], sources=[LineageSourceEnum.DATASET]))
        print("datasets", sorted(v.to_lineage_object().source.source_uri.replace(prefix, "") for v in datasets.vertices))
        jobs = query.query(start_arns=[package.artifact_arn], direction=LineageQueryDirectionEnum.ASCENDANTS,
                           query_filter=LineageFilter(entities=[LineageEntityEnum.TRIAL_COMPONENT]))
        for vertex in sorted(jobs.vertices, key=lambda v: v.lineage_source):
            job = vertex.to_lineage_object()
            print(vertex.lineage_source, job.pipeline_execution_arn() == execution.arn, sorted(job.input_artifacts),
                  {k: v["StringValue"] for k, v in job.parameters.items() if k in ("num_round", "max_depth")})
        raw = next(Artifact.list(source_uri="s3://workshop/abalone/abalone-sample.csv"))
        print("digest", raw.source.source_types[0]["Value"][:7], len(raw.source.source_types[0]["Value"]))
        down = query.query(start_arns=[raw.artifact_arn], direction=LineageQueryDirectionEnum.DESCENDANTS,
                           query_filter=LineageFilter(entities=[LineageEntityEnum.ARTIFACT]))
        print("downstream", sorted((v.lineage_source, v.to_lineage_object().source.source_uri.replace(prefix, "")) for v in down.vertices))
        try:
            query.query(start_arns=["arn:aws:sagemaker:us-east-1:000000000000:artifact/nope"])
        except Exception as error:
            print(type(error).__name__, error)
        """)
        XCTAssertTrue(output.contains("upstream [('Action', 'Approval'), ('Artifact', 'DataSet'), ('Artifact', 'Image'), ('Artifact', 'Model'), ('TrialComponent', 'ProcessingJob'), ('TrialComponent', 'TrainingJob')]\n"), output)
        XCTAssertTrue(output.contains("datasets ['/Split/output/train', '/Split/output/validation', 's3://workshop/AbaloneLineage/code/"), output)
        XCTAssertTrue(output.contains("/split.py', 's3://workshop/abalone/abalone-sample.csv']\n"), output)
        XCTAssertTrue(output.contains("ProcessingJob True ['SageMaker.ImageUri', 'code', 'input-1'] {}\n"), output)
        XCTAssertTrue(output.contains("TrainingJob True ['SageMaker.ImageUri', 'train', 'validation'] {'num_round': '4', 'max_depth': '4'}\n"), output)
        XCTAssertTrue(output.contains("digest sha256: 71\n"), output)
        XCTAssertTrue(output.contains("downstream [('DataSet', '/Split/output/test'), ('DataSet', '/Split/output/train'), ('DataSet', '/Split/output/validation'), ('DataSet', 's3://workshop/predictions'), ('Model', 's3://workshop/models/"), output)
        XCTAssertTrue(output.contains("('ModelPackage', 'arn:aws:sagemaker:us-east-1:000000000000:model-package/abalonegroup/1')]\n"), output)
        XCTAssertTrue(output.contains("ClientError An error occurred (ResourceNotFound) when calling the QueryLineage operation: No lineage entity, job or artifact has the ARN or URI arn:aws:sagemaker:us-east-1:000000000000:artifact/nope.\n"), output)
    }

    /// An approval in the registry (UpdateModelPackage) is an `Approval` action of the version,
    /// after the one its registration made.
    func testAnApprovalInTheRegistryIsAnActionInTheLineage() throws {
        let output = try run(Self.pipeline + """
        import boto3
        from sagemaker.lineage.action import Action
        package_arn = next(s for s in execution.list_steps() if s["StepName"] == "Register-RegisterModel")["Metadata"]["RegisterModel"]["Arn"]
        boto3.client("sagemaker").update_model_package(ModelPackageArn=package_arn, ModelApprovalStatus="Approved", ApprovalDescription="mse fine")
        actions = sorted(Action.list(action_type="Approval"), key=lambda a: a.creation_time)
        print([Action.load(a.action_name).properties["ModelApprovalStatus"] for a in actions], [a.description for a in actions])
        """)
        XCTAssertTrue(output.contains("['PendingManualApproval', 'Approved'] [None, 'mse fine']\n"), output)
    }
}
