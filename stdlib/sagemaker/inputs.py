"""Job inputs: TrainingInput, TransformInput, CreateModelInput."""


class TrainingInput:
    """A training channel's data source."""

    def __init__(self, s3_data, distribution=None, compression=None, content_type=None, record_wrapping=None,
                 s3_data_type="S3Prefix", instance_groups=None, input_mode=None, attribute_names=None,
                 target_attribute_name=None, shuffle_config=None, hub_access_config=None,
                 model_access_config=None):
        s3_source = {"S3DataType": s3_data_type, "S3Uri": s3_data,
                     "S3DataDistributionType": distribution or "FullyReplicated"}
        if attribute_names is not None:
            s3_source["AttributeNames"] = attribute_names
        if instance_groups is not None:
            s3_source["InstanceGroupNames"] = instance_groups
        self.config = {"DataSource": {"S3DataSource": s3_source}}
        if compression is not None:
            self.config["CompressionType"] = compression
        if content_type is not None:
            self.config["ContentType"] = content_type
        if record_wrapping is not None:
            self.config["RecordWrapperType"] = record_wrapping
        if input_mode is not None:
            self.config["InputMode"] = input_mode
        if shuffle_config is not None:
            self.config["ShuffleConfig"] = {"Seed": shuffle_config.seed}
        if target_attribute_name is not None:
            self.config["TargetAttributeName"] = target_attribute_name


class TransformInput:
    """The data a batch transform reads, and how it is split and filtered."""

    def __init__(self, data, data_type="S3Prefix", content_type=None, compression_type=None, split_type=None,
                 input_filter=None, output_filter=None, join_source=None, model_client_config=None,
                 batch_data_capture_config=None):
        self.data = data
        self.data_type = data_type
        self.content_type = content_type
        self.compression_type = compression_type
        self.split_type = split_type
        self.input_filter = input_filter
        self.output_filter = output_filter
        self.join_source = join_source
        self.model_client_config = model_client_config
        self.batch_data_capture_config = batch_data_capture_config


class CreateModelInput:
    """The older CreateModelStep's inputs; nothing of them reaches the definition."""

    def __init__(self, instance_type=None, accelerator_type=None):
        self.instance_type = instance_type
        self.accelerator_type = accelerator_type
