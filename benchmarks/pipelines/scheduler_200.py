"""The scheduler's cost per step: 200 Lambda steps that do nothing, 20 layers of 10, each step
waiting for one step of the layer before. Prints wall-clock milliseconds per step.

    pipebook scheduler_200.py"""
from sagemaker.lambda_helper import Lambda
from sagemaker.workflow.lambda_step import LambdaStep
from sagemaker.workflow.parallelism_config import ParallelismConfiguration
from sagemaker.workflow.pipeline import Pipeline

noop = Lambda(function_arn="arn:aws:lambda:us-east-1:000000000000:function:noop", script="noop_handler.py",
              handler="noop_handler.handler")
steps = []
for layer in range(20):
    for i in range(10):
        depends = [steps[(layer - 1) * 10 + i]] if layer else None
        steps.append(LambdaStep(name=f"L{layer}-{i}", lambda_func=noop, inputs={"i": i}, depends_on=depends))
pipeline = Pipeline(name="Scheduler200", steps=steps)
pipeline.upsert(role_arn="arn:aws:iam::000000000000:role/SageMakerRole")
execution = pipeline.start(parallelism_config=ParallelismConfiguration(max_parallel_execution_steps=10))
while execution.describe()["PipelineExecutionStatus"] == "Executing":
    import _pipebook_engine
    _pipebook_engine.execution_wait(execution.arn, 0.5)
d = execution.describe()
steps = execution.list_steps()
elapsed = (max(s["EndTime"] for s in steps) - d["CreationTime"]).total_seconds()
print(d["PipelineExecutionStatus"], len(steps), "steps")
print(f"ms_per_step {elapsed * 1000 / len(steps):.2f}")
