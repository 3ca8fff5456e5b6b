"""Transformer: batch transform requests, for TransformStep."""
from sagemaker import _jobs
from sagemaker.inputs import TransformInput
from sagemaker.session import Session


class Transformer:
    def __init__(self, model_name, instance_count, instance_type, strategy=None, assemble_with=None,
                 output_path=None, output_kms_key=None, accept=None, max_concurrent_transforms=None,
                 max_payload=None, tags=None, env=None, base_transform_job_name=None, sagemaker_session=None,
                 volume_kms_key=None):
        self.model_name = model_name
        self.instance_count = instance_count
        self.instance_type = instance_type
        self.strategy = strategy
        self.assemble_with = assemble_with
        self.output_path = output_path
        self.output_kms_key = output_kms_key
        self.accept = accept
        self.max_concurrent_transforms = max_concurrent_transforms
        self.max_payload = max_payload
        self.env = env
        self.base_transform_job_name = base_transform_job_name
        self.sagemaker_session = sagemaker_session or Session()
        self.volume_kms_key = volume_kms_key

    def transform(self, data, data_type="S3Prefix", content_type=None, compression_type=None, split_type=None,
                  job_name=None, input_filter=None, output_filter=None, join_source=None, experiment_config=None,
                  model_client_config=None, batch_data_capture_config=None, wait=True, logs=True):
        """Under a PipelineSession: the transform request, for TransformStep(step_args=...)."""
        transform_input = TransformInput(data, data_type, content_type, compression_type, split_type, input_filter,
                                         output_filter, join_source)
        return _jobs.record(self.sagemaker_session, "transform", self._builder(transform_input), "transform job")

    def _step_arguments(self, inputs):
        from sagemaker.workflow.pipeline_context import StepArguments

        return StepArguments("transform", self._builder(inputs))

    def _builder(self, transform_input):
        def build(context):
            return self._request(context, transform_input)

        return build

    def _request(self, context, i):
        name = context.step_name if context.pipeline_name is not None else _jobs.job_name(
            self.base_transform_job_name or "transform")
        transform_input = {"DataSource": {"S3DataSource": {"S3DataType": i.data_type, "S3Uri": i.data}}}
        if i.content_type is not None:
            transform_input["ContentType"] = i.content_type
        if i.compression_type is not None:
            transform_input["CompressionType"] = i.compression_type
        if i.split_type is not None:
            transform_input["SplitType"] = i.split_type
        output_path = self.output_path
        if output_path is None:
            output_path = "s3://" + self.sagemaker_session.default_bucket() + "/" + name
        output = {"S3OutputPath": output_path}
        if self.output_kms_key is not None:
            output["KmsKeyId"] = self.output_kms_key
        if self.assemble_with is not None:
            output["AssembleWith"] = self.assemble_with
        if self.accept is not None:
            output["Accept"] = self.accept
        resources = {"InstanceCount": self.instance_count, "InstanceType": self.instance_type}
        if self.volume_kms_key is not None:
            resources["VolumeKmsKeyId"] = self.volume_kms_key
        request = {"TransformJobName": name, "ModelName": self.model_name, "TransformInput": transform_input,
                   "TransformOutput": output, "TransformResources": resources}
        if self.strategy is not None:
            request["BatchStrategy"] = self.strategy
        if self.max_concurrent_transforms is not None:
            request["MaxConcurrentTransforms"] = self.max_concurrent_transforms
        if self.max_payload is not None:
            request["MaxPayloadInMB"] = self.max_payload
        if self.env is not None:
            request["Environment"] = self.env
        processing = {}
        if i.input_filter is not None:
            processing["InputFilter"] = i.input_filter
        if i.output_filter is not None:
            processing["OutputFilter"] = i.output_filter
        if i.join_source is not None:
            processing["JoinSource"] = i.join_source
        if processing:
            request["DataProcessing"] = processing
        return request
