"""Retry policies of steps: StepRetryPolicy and SageMakerJobStepRetryPolicy."""


class _EnumMember:
    """A member of one of the SDK's Enum classes: `.name` and `.value` (Pipebook has no enum module)."""

    def __init__(self, owner, name, value):
        self.owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return "<" + self.owner + "." + self.name + ": " + repr(self.value) + ">"


class StepExceptionTypeEnum:
    SERVICE_FAULT = _EnumMember("StepExceptionTypeEnum", "SERVICE_FAULT", "Step.SERVICE_FAULT")
    THROTTLING = _EnumMember("StepExceptionTypeEnum", "THROTTLING", "Step.THROTTLING")


class SageMakerJobExceptionTypeEnum:
    INTERNAL_ERROR = _EnumMember("SageMakerJobExceptionTypeEnum", "INTERNAL_ERROR", "SageMaker.JOB_INTERNAL_ERROR")
    CAPACITY_ERROR = _EnumMember("SageMakerJobExceptionTypeEnum", "CAPACITY_ERROR", "SageMaker.CAPACITY_ERROR")
    RESOURCE_LIMIT = _EnumMember("SageMakerJobExceptionTypeEnum", "RESOURCE_LIMIT", "SageMaker.RESOURCE_LIMIT")


class RetryPolicy:
    """Backoff, interval and a limit: attempts or minutes, as the SDK checks them."""

    def __init__(self, backoff_rate=2.0, interval_seconds=1, max_attempts=None, expire_after_mins=None):
        if max_attempts is not None and not 1 <= max_attempts <= 20:
            raise ValueError("max_attempts must in range of (0, 20] attempts")
        if expire_after_mins is not None and not 0 <= expire_after_mins <= 14400:
            raise ValueError("expire_after_mins must in range of [0, 14400] minutes")
        self.backoff_rate = backoff_rate
        self.interval_seconds = interval_seconds
        self.max_attempts = max_attempts
        self.expire_after_mins = expire_after_mins

    def to_request(self):
        request = {"BackoffRate": self.backoff_rate, "IntervalSeconds": self.interval_seconds}
        if self.max_attempts:
            request["MaxAttempts"] = self.max_attempts
        if self.expire_after_mins:
            request["ExpireAfterMin"] = self.expire_after_mins
        return request


class StepRetryPolicy(RetryPolicy):
    def __init__(self, exception_types, backoff_rate=2.0, interval_seconds=1, max_attempts=None,
                 expire_after_mins=None):
        RetryPolicy.__init__(self, backoff_rate, interval_seconds, max_attempts, expire_after_mins)
        for t in exception_types:
            if not isinstance(t, _EnumMember) or t.owner != "StepExceptionTypeEnum":
                raise ValueError(str(t) + " is not of StepExceptionTypeEnum.")
        self.exception_types = exception_types

    def to_request(self):
        request = RetryPolicy.to_request(self)
        request["ExceptionType"] = [t.value for t in self.exception_types]
        return request


class SageMakerJobStepRetryPolicy(RetryPolicy):
    def __init__(self, exception_types=None, failure_reason_types=None, backoff_rate=2.0, interval_seconds=1,
                 max_attempts=None, expire_after_mins=None):
        RetryPolicy.__init__(self, backoff_rate, interval_seconds, max_attempts, expire_after_mins)
        if not exception_types and not failure_reason_types:
            raise ValueError("At least one of the [exception_types, failure_reason_types] needs to be given.")
        self.exception_type_list = list(exception_types or []) + list(failure_reason_types or [])

    def to_request(self):
        request = RetryPolicy.to_request(self)
        request["ExceptionType"] = [t.value for t in self.exception_type_list]
        return request
