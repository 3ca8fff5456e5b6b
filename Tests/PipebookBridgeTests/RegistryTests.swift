import Foundation
import PipebookEngine
import XCTest

/// boto3's registry and model calls through the interpreter: every answer checked against the
/// response shape of botocore's service model (AWSShapes/operations.json, written by
/// AWSShapes/generate.py), the errors with their AWS codes, list filters and paging,
/// the SDK's ModelPackage and Session helpers, a pipeline's RegisterModel step, and the display.
final class RegistryTests: SagemakerTestCase {
    static let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("AWSShapes")

    /// A client, metrics reports in S3, and `conforms(operation, answer)`: the ways an answer
    /// differs from the service model's shape (AWSShapes/check_shape.py, shared with AWSShapeTests).
    var prelude: String { """
    import datetime, json, sys
    import boto3
    from botocore.exceptions import ClientError
    from sagemaker import _engine
    sys.path.insert(0, \(String(reflecting: Self.shapes.path)))
    import check_shape
    sm = boto3.client("sagemaker")
    _engine.s3_create_bucket("workshop")
    _engine.s3_put_text(json.dumps({"regression_metrics": {"mse": {"value": 4.5, "standard_deviation": 2.25}}}), "s3://workshop/eval/evaluation.json")
    OPERATIONS = ["CreateModelPackageGroup", "DescribeModelPackageGroup", "ListModelPackageGroups", "DeleteModelPackageGroup",
                  "CreateModelPackage", "DescribeModelPackage", "ListModelPackages", "UpdateModelPackage", "DeleteModelPackage",
                  "CreateModel", "DescribeModel", "ListModels", "DeleteModel"]

    checked = []
    def conforms(operation, answer):
        checked.append(operation)
        return [operation + ": " + problem for problem in check_shape.problems("sagemaker." + operation, answer)]

    def error(f, **kwargs):
        try:
            f(**kwargs)
        except ClientError as e:
            return e.response["Error"]["Code"] + ": " + e.response["Error"]["Message"]
        return "no error"

    SPEC = {"Containers": [{"Image": "xgboost:1.7", "ModelDataUrl": "s3://workshop/model.tar.gz"}],
            "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"],
            "SupportedRealtimeInferenceInstanceTypes": ["ml.m5.large"], "SupportedTransformInstanceTypes": ["ml.m5.large"]}
    METRICS = {"ModelQuality": {"Statistics": {"ContentType": "application/json", "S3Uri": "s3://workshop/eval/evaluation.json"}},
               "Bias": {}, "Explainability": {}}

    """ }

    func testEveryCallAnswersInTheServiceModelShape() throws {
        let output = try run(prelude + """
        problems = []
        problems += conforms("CreateModelPackageGroup", sm.create_model_package_group(ModelPackageGroupName="Abalone", ModelPackageGroupDescription="abalone ages"))
        problems += conforms("DescribeModelPackageGroup", sm.describe_model_package_group(ModelPackageGroupName="Abalone"))
        problems += conforms("ListModelPackageGroups", sm.list_model_package_groups())
        created = sm.create_model_package(ModelPackageGroupName="Abalone", ModelPackageDescription="first", InferenceSpecification=SPEC,
                                          ModelMetrics=METRICS, CustomerMetadataProperties={"team": "ml"}, CertifyForMarketplace=False,
                                          SkipModelValidation="None")
        problems += conforms("CreateModelPackage", created)
        arn = created["ModelPackageArn"]
        problems += conforms("UpdateModelPackage", sm.update_model_package(ModelPackageArn=arn, ModelApprovalStatus="Approved", ApprovalDescription="good mse"))
        described = sm.describe_model_package(ModelPackageName=arn)
        problems += conforms("DescribeModelPackage", described)
        problems += conforms("ListModelPackages", sm.list_model_packages(ModelPackageGroupName="Abalone"))
        problems += conforms("CreateModel", sm.create_model(ModelName="abalone-model", ExecutionRoleArn="arn:aws:iam::000000000000:role/SageMakerRole",
                                                            PrimaryContainer={"Image": "xgboost:1.7", "ModelDataUrl": "s3://workshop/model.tar.gz"}))
        problems += conforms("DescribeModel", sm.describe_model(ModelName="abalone-model"))
        problems += conforms("ListModels", sm.list_models())
        problems += conforms("DeleteModel", sm.delete_model(ModelName="abalone-model"))
        problems += conforms("DeleteModelPackage", sm.delete_model_package(ModelPackageName=arn))
        problems += conforms("DeleteModelPackageGroup", sm.delete_model_package_group(ModelPackageGroupName="Abalone"))
        print(problems, len(checked), sorted(OPERATIONS) == sorted(checked))
        print(arn)
        print([(k, described[k]) for k in ("ModelPackageName", "ModelPackageVersion", "ModelApprovalStatus", "ApprovalDescription",
                                           "ModelPackageDescription", "CustomerMetadataProperties")])
        print(described["InferenceSpecification"] == SPEC, described["ModelMetrics"] == METRICS)
        print(sm.list_model_package_groups()["ModelPackageGroupSummaryList"], sm.list_models()["Models"])
        """)
        XCTAssertEqual(output, """
        [] 13 True
        arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1
        [('ModelPackageName', 'Abalone'), ('ModelPackageVersion', 1), ('ModelApprovalStatus', 'Approved'), ('ApprovalDescription', 'good mse'), ('ModelPackageDescription', 'first'), ('CustomerMetadataProperties', {'team': 'ml'})]
        True True
        [] []

        """)
    }

    func testErrorsHaveTheirAWSCodeAndWriteNothing() throws {
        let output = try run(prelude + """
        sm.create_model_package_group(ModelPackageGroupName="Abalone")
        print(error(sm.create_model_package_group, ModelPackageGroupName="abalone"))
        print(error(sm.describe_model_package_group, ModelPackageGroupName="Nope"))
        print(error(sm.create_model_package, ModelPackageGroupName="Nope", InferenceSpecification=SPEC))
        print(error(sm.create_model_package, ModelPackageGroupName="Abalone", InferenceSpecification=SPEC, ModelApprovalStatus="Approve"))
        missing = dict(METRICS, ModelQuality={"Statistics": {"ContentType": "application/json", "S3Uri": "s3://workshop/eval/none.json"}})
        print(error(sm.create_model_package, ModelPackageGroupName="Abalone", InferenceSpecification=SPEC, ModelMetrics=missing))
        print(error(sm.create_model_package, ModelPackageGroupName="Abalone", ModelPackageName="x"))
        print(error(sm.create_model_package, InferenceSpecification=SPEC))
        print(error(sm.describe_model_package, ModelPackageName="arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1"))
        # Nothing half-written: the refused registrations took no version number.
        arn = sm.create_model_package(ModelPackageGroupName="Abalone", InferenceSpecification=SPEC)["ModelPackageArn"]
        print(arn)
        print(error(sm.update_model_package, ModelPackageArn=arn, ModelApprovalStatus="Good", ApprovalDescription="x"))
        print(sm.describe_model_package(ModelPackageName=arn)["ModelApprovalStatus"], "ApprovalDescription" in sm.describe_model_package(ModelPackageName=arn))
        print(error(sm.delete_model_package_group, ModelPackageGroupName="Abalone"))
        print(error(sm.list_model_packages, ModelPackageGroupName="Abalone", SortBy="Size"))
        sm.create_model(ModelName="m", PrimaryContainer={"Image": "i"})
        print(error(sm.create_model, ModelName="M", PrimaryContainer={"Image": "i"}))
        print(error(sm.describe_model, ModelName="nope"))
        print(error(sm.delete_model, ModelName="nope"))
        print(error(sm.list_models, NextToken="x"))
        from botocore.exceptions import ParamValidationError
        try:
            sm.describe_model_package()
        except ParamValidationError as e:
            print(e)
        """)
        XCTAssertEqual(output, """
        ValidationException: Model Package Group already exists: arn:aws:sagemaker:us-east-1:000000000000:model-package-group/abalone
        ValidationException: ModelPackageGroup arn:aws:sagemaker:us-east-1:000000000000:model-package-group/nope does not exist.
        ValidationException: ModelPackageGroup arn:aws:sagemaker:us-east-1:000000000000:model-package-group/nope does not exist.
        ValidationException: 1 validation error detected: Value 'Approve' at 'modelApprovalStatus' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected, PendingManualApproval]
        ValidationException: ModelMetrics.ModelQuality.Statistics.S3Uri: there is no metrics file at s3://workshop/eval/none.json.
        ValidationException: Both ModelPackageName and ModelPackageGroupName are provided in the input. Cannot determine which one to use.
        ValidationException: Missing ARN.
        ValidationException: ModelPackage arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1 does not exist.
        arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1
        ValidationException: 1 validation error detected: Value 'Good' at 'modelApprovalStatus' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected, PendingManualApproval]
        PendingManualApproval False
        ConflictException: Model Package Group Abalone still has 1 model package version; delete it before deleting the group.
        ValidationException: 1 validation error detected: Value 'Size' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [Name, CreationTime]
        ValidationException: Cannot create already existing model "arn:aws:sagemaker:us-east-1:000000000000:model/m".
        ValidationException: Could not find model "arn:aws:sagemaker:us-east-1:000000000000:model/nope".
        ValidationException: Could not find model "arn:aws:sagemaker:us-east-1:000000000000:model/nope".
        ValidationException: Invalid pagination token
        Parameter validation failed:
        Missing required parameter in input: "ModelPackageName"

        """)
    }

    func testListFiltersSortOrderAndPaging() throws {
        let output = try run(prelude + """
        sm.create_model_package_group(ModelPackageGroupName="Abalone")
        sm.create_model_package_group(ModelPackageGroupName="Cancer")
        for status in ("Approved", "Rejected", "Approved"):
            sm.create_model_package(ModelPackageGroupName="Abalone", InferenceSpecification=SPEC, ModelApprovalStatus=status)
        sm.create_model_package(ModelPackageGroupName="Cancer", InferenceSpecification=SPEC)
        def versions(answer):
            return [(p["ModelPackageGroupName"], p["ModelPackageVersion"]) for p in answer["ModelPackageSummaryList"]]
        print(versions(sm.list_model_packages(ModelPackageGroupName="Abalone")))
        print(versions(sm.list_model_packages(ModelPackageGroupName="Abalone", SortOrder="Ascending")))
        print(versions(sm.list_model_packages(ModelPackageGroupName="Abalone", ModelApprovalStatus="Approved")))
        print(versions(sm.list_model_packages()), versions(sm.list_model_packages(ModelPackageType="Both", SortBy="Name", SortOrder="Ascending")))
        first = sm.list_model_packages(ModelPackageGroupName="Abalone", MaxResults=2)
        second = sm.list_model_packages(ModelPackageGroupName="Abalone", MaxResults=2, NextToken=first["NextToken"])
        print(versions(first), versions(second), "NextToken" in second)
        print([g["ModelPackageGroupName"] for g in sm.list_model_package_groups(SortBy="Name", SortOrder="Ascending")["ModelPackageGroupSummaryList"]],
              [g["ModelPackageGroupName"] for g in sm.list_model_package_groups(NameContains="canc")["ModelPackageGroupSummaryList"]],
              sm.list_model_package_groups(CreationTimeAfter=datetime.datetime(2100, 1, 1))["ModelPackageGroupSummaryList"])
        """)
        XCTAssertEqual(output, """
        [('Abalone', 3), ('Abalone', 2), ('Abalone', 1)]
        [('Abalone', 1), ('Abalone', 2), ('Abalone', 3)]
        [('Abalone', 3), ('Abalone', 1)]
        [] [('Abalone', 1), ('Abalone', 2), ('Abalone', 3), ('Cancer', 1)]
        [('Abalone', 3), ('Abalone', 2)] [('Abalone', 1)] False
        ['Abalone', 'Cancer'] ['Cancer'] []

        """)
    }

    func testTheSDKsModelPackageAndSessionHelpers() throws {
        let output = try run(prelude + """
        import sagemaker
        from sagemaker.model_metrics import MetricsSource, ModelMetrics
        session = sagemaker.Session()
        metrics = ModelMetrics(model_statistics=MetricsSource(content_type="application/json", s3_uri="s3://workshop/eval/evaluation.json"))
        arn = session.create_model_package_from_containers(containers=SPEC["Containers"], content_types=["text/csv"], response_types=["text/csv"],
                                                           model_package_group_name="Abalone", model_metrics=metrics)["ModelPackageArn"]
        print(arn, session.wait_for_model_package(arn)["ModelPackageStatus"])
        print(session.get_most_recently_created_approved_model_package("Abalone"))
        package = sagemaker.ModelPackage(role="arn:aws:iam::000000000000:role/SageMakerRole", model_package_arn=arn, sagemaker_session=session)
        package.update_approval_status("Approved", approval_description="mse below 6")
        package.update_customer_metadata({"owner": "ml", "stage": "dev"})
        package.remove_customer_metadata_properties(["stage"])
        described = sm.describe_model_package(ModelPackageName=arn)
        print(described["ModelApprovalStatus"], described["ApprovalDescription"], described["CustomerMetadataProperties"])
        print(session.get_most_recently_created_approved_model_package("Abalone").model_package_arn)
        from pipebook import registry
        print(registry("Abalone"))
        print("<td>Approved</td>" in registry("Abalone")._repr_html_())
        """)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines.prefix(5)), [
            "arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1 Completed",
            "None",
            "Approved mse below 6 {'owner': 'ml'}",
            "arn:aws:sagemaker:us-east-1:000000000000:model-package/abalone/1",
            "Model package group Abalone",
        ], output)
        XCTAssertEqual(lines[5], "VERSION  STATUS    CREATED              SOURCE EXECUTION  mse  mse std", output)
        XCTAssertTrue(lines[6].hasPrefix("1        Approved  20") && lines[6].hasSuffix("  -                 4.5  2.25"), output)
        XCTAssertEqual(lines[7], "True", output)
    }

    func testARegisterStepMakesAVersionWithItsMetricsAndSource() throws {
        let output = try run(prelude + """
        from sagemaker.model import Model
        from sagemaker.model_metrics import MetricsSource, ModelMetrics
        from sagemaker.workflow.model_step import ModelStep
        from sagemaker.workflow.pipeline import Pipeline
        from sagemaker.workflow.pipeline_context import PipelineSession
        from pipebook import registry
        ROLE = "arn:aws:iam::000000000000:role/SageMakerRole"
        _engine.s3_put_text("model", "s3://workshop/model.tar.gz")
        session = PipelineSession()

        def pipeline(name, report):
            model = Model(image_uri="xgboost:1.7", model_data="s3://workshop/model.tar.gz", role=ROLE, sagemaker_session=session)
            metrics = ModelMetrics(model_statistics=MetricsSource(content_type="application/json", s3_uri=report))
            step = ModelStep(name="Register", step_args=model.register(content_types=["text/csv"], response_types=["text/csv"],
                                                                       model_package_group_name="Abalone", model_metrics=metrics))
            p = Pipeline(name=name, steps=[step], sagemaker_session=session)
            p.upsert(role_arn=ROLE)
            execution = p.start()
            try:
                execution.wait(delay=1, max_attempts=60)
            except Exception:
                pass
            return execution

        good = pipeline("Good", "s3://workshop/eval/evaluation.json")
        bad = pipeline("Bad", "s3://workshop/eval/missing.json")
        print([(s["StepStatus"], s.get("FailureReason")) for s in bad.list_steps()])
        packages = sm.list_model_packages(ModelPackageGroupName="Abalone")["ModelPackageSummaryList"]
        print([p["ModelPackageVersion"] for p in packages])
        print(good.arn.split("/")[-1] in repr(registry("Abalone")), "4.5" in repr(registry("Abalone")))
        print(repr(registry()).splitlines()[1].split()[:2])
        """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.suffix(4), [
            "[('Failed', 'ClientError: ValidationException: ModelMetrics.ModelQuality.Statistics.S3Uri: there is no metrics file at s3://workshop/eval/missing.json.')]",
            "[1]", "True True", "['Abalone', '1']",
        ], output)
    }
}
