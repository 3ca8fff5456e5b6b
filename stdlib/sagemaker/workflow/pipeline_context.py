"""PipelineSession: under it, processor.run(), estimator.fit() and friends record the request
they would send (a StepArguments) instead of starting a job. The request is built when the
pipeline's definition is, when the pipeline's and the step's names are known."""
from sagemaker.session import Session


class PipelineSession(Session):
    """A Session whose job-starting calls return step arguments."""

    def __init__(self, boto_session=None, sagemaker_client=None, default_bucket=None, settings=None,
                 sagemaker_config=None, default_bucket_prefix=None):
        Session.__init__(self, boto_session=boto_session, default_bucket=default_bucket,
                         default_bucket_prefix=default_bucket_prefix)
        self.context = None


class LocalPipelineSession(PipelineSession):
    """The SDK's session for running pipelines locally; here the same as PipelineSession."""

    def __init__(self, boto_session=None, default_bucket=None, s3_endpoint_url=None, disable_local_code=False,
                 default_bucket_prefix=None):
        PipelineSession.__init__(self, boto_session=boto_session, default_bucket=default_bucket,
                                 default_bucket_prefix=default_bucket_prefix)
        self.local_mode = True


class BuildContext:
    """What a request needs from the pipeline being built: its name and the step's name.
    Outside a pipeline (reading `step.arguments` by hand) both are None."""

    def __init__(self, pipeline_name=None, step_name=None, use_custom_job_prefix=False):
        self.pipeline_name = pipeline_name
        self.step_name = step_name
        self.use_custom_job_prefix = use_custom_job_prefix


_building = []  # the pipeline whose definition is being built, innermost last


def current_pipeline():
    return _building[-1] if _building else None


class StepArguments:
    """A recorded job request: `caller` is the method that made it (run, fit, transform,
    create, register); `build(context)` makes the request dict."""

    def __init__(self, caller, build, code_paths=None):
        self.caller = caller
        self.build = build

    def request(self, step_name):
        pipeline = current_pipeline()
        context = BuildContext(
            pipeline.name if pipeline is not None else None,
            step_name,
            pipeline is not None and pipeline._uses_custom_job_prefix(),
        )
        return self.build(context)


def is_pipeline_session(session):
    return isinstance(session, PipelineSession)


def runs_outside_pipeline(what):
    """The error for starting a job outside a pipeline, which Pipebook does not do yet."""
    return NotImplementedError(
        "Pipebook does not support starting a " + what + " outside a pipeline: "
        "use a PipelineSession and pass the result as step_args"
    )
