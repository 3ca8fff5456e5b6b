"""The sagemaker client's calls on the jobs that pipeline steps ran, over the local store."""


class JobCalls:
    pass
