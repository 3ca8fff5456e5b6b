"""ParallelismConfiguration: how many steps of an execution may run at once."""


class ParallelismConfiguration:
    def __init__(self, max_parallel_execution_steps):
        self.max_parallel_execution_steps = max_parallel_execution_steps

    def to_request(self):
        return {"MaxParallelExecutionSteps": self.max_parallel_execution_steps}
