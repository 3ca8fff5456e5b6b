"""The sagemaker client's calls on the model registry and models, over the local store."""


class RegistryCalls:
    pass
