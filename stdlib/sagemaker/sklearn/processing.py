"""SKLearnProcessor: a ScriptProcessor on the SageMaker scikit-learn image."""
from sagemaker import image_uris
from sagemaker.processing import ScriptProcessor
from sagemaker.session import Session


class SKLearnProcessor(ScriptProcessor):
    def __init__(self, framework_version, role=None, instance_type=None, instance_count=None, command=None,
                 volume_size_in_gb=30, volume_kms_key=None, output_kms_key=None, max_runtime_in_seconds=None,
                 base_job_name=None, sagemaker_session=None, env=None, tags=None, network_config=None):
        session = sagemaker_session or Session()
        image_uri = image_uris.retrieve("sklearn", region=session.boto_region_name, version=framework_version,
                                        py_version="py3", instance_type=instance_type)
        ScriptProcessor.__init__(self, role=role, image_uri=image_uri, command=command or ["python3"],
                                 instance_count=instance_count, instance_type=instance_type,
                                 volume_size_in_gb=volume_size_in_gb, volume_kms_key=volume_kms_key,
                                 output_kms_key=output_kms_key, max_runtime_in_seconds=max_runtime_in_seconds,
                                 base_job_name=base_job_name, sagemaker_session=session, env=env, tags=tags,
                                 network_config=network_config)
