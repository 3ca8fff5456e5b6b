"""Lambda: names an AWS Lambda function for a LambdaStep, an existing one (function_arn) or one
created from code (function_name with script or zipped_code_dir, as the SDK creates it; its ARN is
the one AWS gives a new function, arn:aws:lambda:<region>:<account>:function:<name>). With a
`script` and `handler`, Pipebook plays the function locally: a LambdaStep calling it runs
`handler` (module.function) of that Pipebook script with the step's inputs as its event."""
from sagemaker import _engine


class Lambda:
    def __init__(self, function_arn=None, function_name=None, execution_role_arn=None, zipped_code_dir=None,
                 s3_bucket=None, script=None, handler=None, session=None, timeout=120, memory_size=128,
                 runtime="python3.8", vpc_config=None, environment=None, layers=None, architectures=None):
        if function_arn is None and function_name is None:
            raise ValueError("Either function_arn or function_name must be provided.")
        if function_name is not None:
            if execution_role_arn is None:
                raise ValueError("execution_role_arn must be provided.")
            if zipped_code_dir is None and script is None:
                raise ValueError("Either zipped_code_dir or script must be provided.")
            if zipped_code_dir and script:
                raise ValueError("Provide either script or zipped_code_dir, not both.")
            if handler is None:
                raise ValueError("Lambda handler must be provided.")
        if function_arn is not None and zipped_code_dir and script:
            raise ValueError("Provide either script or zipped_code_dir, not both.")
        self.function_arn = function_arn
        self.function_name = function_name
        self.execution_role_arn = execution_role_arn
        self.zipped_code_dir = zipped_code_dir
        self.s3_bucket = s3_bucket
        self.handler = handler
        self.timeout = timeout
        self.memory_size = memory_size
        self.runtime = runtime
        self.vpc_config = vpc_config or {}
        self.environment = environment or {}
        self.layers = layers or []
        self.script = script
        if function_arn is None:
            # What the SDK's LambdaStep gets back from CreateFunction when it creates the function.
            workspace = _engine.workspace()
            self.function_arn = ("arn:aws:lambda:" + workspace["region"] + ":" + workspace["account"]
                                 + ":function:" + function_name)
        if script is not None:
            if handler is None:
                raise ValueError("Lambda handler must be provided.")
            _engine.native().lambda_register(self.function_arn, script, handler)
