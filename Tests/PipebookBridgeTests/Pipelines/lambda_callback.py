"""Lambda and callback steps (one Lambda created from a script, as Lambda(function_name=...) does), every execution variable, the remaining conditions (In, Not, Or),
boolean and enumerated parameters, explicit depends_on and a custom experiment config."""
from sagemaker.lambda_helper import Lambda
from sagemaker.workflow.callback_step import CallbackOutput, CallbackOutputTypeEnum, CallbackStep
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionEquals, ConditionIn, ConditionNot, ConditionOr
from sagemaker.workflow.execution_variables import ExecutionVariables
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join
from sagemaker.workflow.lambda_step import LambdaOutput, LambdaOutputTypeEnum, LambdaStep
from sagemaker.workflow.parameters import ParameterBoolean, ParameterFloat, ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.pipeline_experiment_config import PipelineExperimentConfig
from sagemaker.workflow.steps import CacheConfig

session = PipelineSession()

stage = ParameterString(name="Stage", default_value="dev", enum_values=["dev", "staging", "prod"])
notify = ParameterBoolean(name="Notify", default_value=True)
threshold = ParameterFloat(name="Threshold", default_value=0.5)

step_lambda = LambdaStep(
    name="DescribeRun",
    lambda_func=Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:describe-run"),
    inputs={
        "pipeline": ExecutionVariables.PIPELINE_NAME,
        "arn": ExecutionVariables.PIPELINE_EXECUTION_ARN,
        "execution": ExecutionVariables.PIPELINE_EXECUTION_ID,
        "started": ExecutionVariables.START_DATETIME,
        "now": ExecutionVariables.CURRENT_DATETIME,
        "trial": ExecutionVariables.PIPELINE_EXECUTION_ID.to_string(),
        "stage": stage,
        "threshold": threshold,
    },
    outputs=[
        LambdaOutput(output_name="status", output_type=LambdaOutputTypeEnum.String),
        LambdaOutput(output_name="score", output_type=LambdaOutputTypeEnum.Float),
    ],
    cache_config=CacheConfig(enable_caching=True, expire_after="PT10M"),
)

step_callback = CallbackStep(
    name="WaitForApproval",
    sqs_queue_url="https://sqs.us-east-1.amazonaws.com/000000000000/approvals",
    inputs={"status": step_lambda.properties.Outputs["status"], "user": ExecutionVariables.PIPELINE_EXECUTION_ARN},
    outputs=[
        CallbackOutput(output_name="approved", output_type=CallbackOutputTypeEnum.Boolean),
        CallbackOutput(output_name="note"),
    ],
    depends_on=["DescribeRun"],
)

step_summary = LambdaStep(
    name="Summarize",
    lambda_func=Lambda(
        function_name="summarize-run",
        execution_role_arn="arn:aws:iam::000000000000:role/LambdaRole",
        script="steps/handlers.py",
        handler="handlers.double",
    ),
    inputs={"x": 21},
    outputs=[LambdaOutput(output_name="value", output_type=LambdaOutputTypeEnum.Integer)],
)

step_fail = FailStep(
    name="Rejected",
    error_message=Join(on=": ", values=["Rejected at stage", stage, step_callback.properties.Outputs["note"]]),
)
step_done = LambdaStep(
    name="Announce",
    lambda_func=Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:announce"),
    inputs={"score": step_lambda.properties.Outputs["score"]},
    depends_on=[step_callback],
)

step_cond = ConditionStep(
    name="Decide",
    conditions=[
        ConditionOr(conditions=[
            ConditionIn(value=stage, in_values=["staging", "prod"]),
            ConditionNot(expression=ConditionEquals(left=notify, right=False)),
        ]),
        ConditionEquals(left=step_callback.properties.Outputs["approved"], right=True),
    ],
    if_steps=[step_done],
    else_steps=[step_fail],
    depends_on=[step_callback],
)

pipeline = Pipeline(
    name="LambdaCallbackPipeline",
    parameters=[stage, notify, threshold],
    steps=[step_lambda, step_callback, step_cond, step_summary],
    pipeline_experiment_config=PipelineExperimentConfig(
        experiment_name="approvals", trial_name=ExecutionVariables.PIPELINE_EXECUTION_ID
    ),
    sagemaker_session=session,
)
