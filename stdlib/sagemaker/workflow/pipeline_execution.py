"""_PipelineExecution: what `pipeline.start()` returns. The execution runs in the background of
this process (in the engine); this object asks the local store about it."""
import datetime
import json
import sys
import time

import boto3
from botocore.exceptions import WaiterError
from sagemaker import _engine

_TERMINAL = ("Succeeded", "Failed", "Stopped")


class _PipelineExecution:
    def __init__(self, arn, sagemaker_session=None):
        self.arn = arn
        self.sagemaker_session = sagemaker_session
        # The last transition wait() printed: after retry(), a second wait() goes on from there.
        self._printed = 0

    def describe(self):
        """DescribePipelineExecution."""
        return self._client().describe_pipeline_execution(PipelineExecutionArn=self.arn)

    def list_steps(self):
        """ListPipelineExecutionSteps' PipelineExecutionSteps: newest first."""
        return self._client().list_pipeline_execution_steps(PipelineExecutionArn=self.arn)["PipelineExecutionSteps"]

    def list_parameters(self, max_results=None, next_token=None):
        """ListPipelineParametersForExecution."""
        request = given(PipelineExecutionArn=self.arn, MaxResults=max_results, NextToken=next_token)
        return self._client().list_pipeline_parameters_for_execution(**request)

    def stop(self):
        return self._client().stop_pipeline_execution(PipelineExecutionArn=self.arn)

    def retry(self):
        """RetryPipelineExecution: failed and not-run steps run again; succeeded ones are kept."""
        return self._client().retry_pipeline_execution(PipelineExecutionArn=self.arn)

    def _client(self):
        return sagemaker_client(self.sagemaker_session)

    def result(self, step_name):
        raise NotImplementedError("Pipebook does not support _PipelineExecution.result() (it is for @step functions)")

    def wait(self, delay=30, max_attempts=60):
        """Waits for the execution to end, printing a line per step transition as it happens (on
        a terminal, a board of the steps that updates in place); raises botocore's WaiterError
        when it fails or is stopped, as the SDK's waiter does."""
        deadline = time.monotonic() + delay * max_attempts
        started = {}
        board = _Board() if _engine.native().output_is_terminal() else None

        def print_new_transitions():
            for event in json.loads(_engine.native().execution_transitions(self.arn, self._printed)):
                self._printed = event["Id"]
                if board is None:
                    _print_transition(event, started)

        while True:
            print_new_transitions()
            status = self.describe()["PipelineExecutionStatus"]
            if status in _TERMINAL:
                print_new_transitions()
                if board is not None:
                    board.draw(self, status)
                break
            if board is not None:
                board.draw(self, status)
            if time.monotonic() > deadline:
                raise WaiterError("PipelineExecutionComplete", "Max attempts exceeded", {"PipelineExecutionStatus": status})
            _engine.native().execution_wait(self.arn, 0.2)
        if status != "Succeeded":
            raise WaiterError(
                "PipelineExecutionComplete",
                'Waiter encountered a terminal failure state: For expression "PipelineExecutionStatus" we matched expected path: "'
                + status + '"',
                {"PipelineExecutionStatus": status},
            )

    def __repr__(self):
        """A table of the steps, as `pipebook execution ARN` prints it (the REPL shows this)."""
        try:
            return _engine.native().execution_display(self.arn).rstrip("\n")
        except ValueError:
            return "_PipelineExecution(arn=" + repr(self.arn) + ")"

    def _repr_svg_(self):
        """The pipeline's graph with each step coloured by its status, for notebooks."""
        try:
            return _engine.native().execution_svg(self.arn)
        except ValueError:
            return None


def sagemaker_client(session):
    """The sagemaker client the SDK calls the service through: the session's, else boto3's."""
    client = getattr(session, "sagemaker_client", None)
    return client if client is not None else boto3.client("sagemaker")


def given(**parameters):
    """The request parameters that have a value, as the SDK sends them."""
    return {name: value for name, value in parameters.items() if value is not None}


class _Board:
    """The steps of an execution, redrawn in place on a terminal."""

    _MARKS = {"Succeeded": "\u2714", "Failed": "\u2718", "Stopped": "\u25a0", "Stopping": "\u25a0"}

    def __init__(self):
        self.height = 0

    def draw(self, execution, status):
        now = datetime.datetime.now(datetime.timezone.utc)
        lines = ["Execution " + execution.arn.split("/")[-1] + ": " + status]
        for step in reversed(execution.list_steps()):
            end = step.get("EndTime") or now
            seconds = format((end - step["StartTime"]).total_seconds(), ".1f") + "s"
            detail = step.get("FailureReason") or ("cache hit" if "CacheHitResult" in step else "")
            mark = self._MARKS.get(step["StepStatus"], "\u2026")
            lines.append("  " + mark + " " + step["StepName"].ljust(27) + " " + step["StepStatus"].ljust(10) + seconds.rjust(8)
                         + ("  " + detail if detail else ""))
        # Move up over the previous board and clear it, then draw the new one.
        prefix = "\x1b[" + str(self.height) + "F\x1b[J" if self.height else ""
        sys.stdout.write(prefix + "\n".join(lines) + "\n")
        sys.stdout.flush()
        self.height = len(lines)


def _print_transition(event, started):
    at = datetime.datetime.fromisoformat(event["At"])
    step = event["StepName"]
    status = event["Status"]
    line = at.strftime("%H:%M:%S") + "  " + (step if step is not None else "(execution)").ljust(27) + " " + status.ljust(10)
    if step is not None:
        if status == "Starting":
            started[step] = at
        elif status in _TERMINAL and step in started:
            line += "  " + format((at - started[step]).total_seconds(), ".1f") + "s"
    if event["Detail"]:
        line += "  " + event["Detail"]
    print(line.rstrip())
    sys.stdout.flush()
