"""botocore.exceptions: the errors the SageMaker API and its waiters raise, with botocore's text."""


class BotoCoreError(Exception):
    pass


class ParamValidationError(BotoCoreError):
    """A request botocore refuses before sending it: a missing, unknown or mistyped parameter."""

    def __init__(self, report):
        self.kwargs = {"report": report}
        super().__init__("Parameter validation failed:\n" + report)


class ClientError(Exception):
    """An error the service answered: `An error occurred (Code) when calling the Op operation: message`."""

    def __init__(self, error_response, operation_name):
        self.response = error_response
        self.operation_name = operation_name
        error = error_response.get("Error", {})
        super().__init__(
            "An error occurred (" + str(error.get("Code", "Unknown")) + ") when calling the "
            + operation_name + " operation: " + str(error.get("Message", "Unknown"))
        )


class WaiterError(BotoCoreError):
    def __init__(self, name, reason, last_response):
        self.name = name
        self.reason = reason
        self.last_response = last_response
        super().__init__("Waiter " + name + " failed: " + reason)

