"""Lambda: names an AWS Lambda function for a LambdaStep. With `script` and `handler`, Pipebook
plays the function locally: a LambdaStep calling it runs `handler` (module.function) of that
Pipebook script with the step's inputs as its event."""
from sagemaker import _engine


class Lambda:
    def __init__(self, function_arn=None, function_name=None, execution_role_arn=None, zipped_code_dir=None,
                 s3_bucket=None, script=None, handler=None, session=None, timeout=120, memory_size=128,
                 runtime="python3.8", vpc_config=None, environment=None, layers=None, architectures=None):
        if function_arn is None and function_name is None:
            raise ValueError("Either function_arn or function_name must be provided.")
        self.function_arn = function_arn
        self.function_name = function_name
        self.execution_role_arn = execution_role_arn
        self.handler = handler
        self.timeout = timeout
        self.memory_size = memory_size
        self.runtime = runtime
        self.script = script
        if script is not None:
            if handler is None:
                raise ValueError("Either zipped_code_dir or script must be provided, with a handler.")
            arn = function_arn or ("arn:aws:lambda:" + _engine.workspace()["region"] + ":" + _engine.workspace()["account"]
                                   + ":function:" + function_name)
            self.function_arn = arn
            _engine.native().lambda_register(arn, script, handler)
