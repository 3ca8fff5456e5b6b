"""PipelineDefinitionConfig: whether job-name fields stay in the definition."""


class PipelineDefinitionConfig:
    def __init__(self, use_custom_job_prefix=False):
        self.use_custom_job_prefix = use_custom_job_prefix
