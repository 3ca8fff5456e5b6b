"""SelectiveExecutionConfig: rerun only some steps of an earlier execution."""


class SelectiveExecutionConfig:
    def __init__(self, selected_steps, source_pipeline_execution_arn=None, reference_latest_execution=True):
        self.selected_steps = selected_steps
        self.source_pipeline_execution_arn = source_pipeline_execution_arn
        self.reference_latest_execution = reference_latest_execution

    def to_request(self):
        request = {"SelectedSteps": [{"StepName": name} for name in self.selected_steps]}
        if self.source_pipeline_execution_arn is not None:
            request["SourcePipelineExecutionArn"] = self.source_pipeline_execution_arn
        return request
