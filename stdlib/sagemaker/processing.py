"""Processing: ProcessingInput, ProcessingOutput, Processor, ScriptProcessor, FrameworkProcessor."""
import os

from sagemaker import _engine, _jobs
from sagemaker.session import Session
from sagemaker.workflow.functions import Join
from sagemaker.workflow.execution_variables import ExecutionVariables


class ProcessingInput:
    """Data a processing job reads: S3 `source` copied to `destination` in the container."""

    def __init__(self, source=None, destination=None, input_name=None, s3_data_type="S3Prefix",
                 s3_input_mode="File", s3_data_distribution_type="FullyReplicated", s3_compression_type="None",
                 s3_input=None, dataset_definition=None, app_managed=False):
        self.source = source
        self.destination = destination
        self.input_name = input_name
        self.s3_data_type = s3_data_type
        self.s3_input_mode = s3_input_mode
        self.s3_data_distribution_type = s3_data_distribution_type
        self.s3_compression_type = s3_compression_type
        self.app_managed = app_managed

    def _to_request_dict(self):
        return {
            "InputName": self.input_name,
            "AppManaged": self.app_managed,
            "S3Input": {
                "S3Uri": self.source,
                "LocalPath": self.destination,
                "S3DataType": self.s3_data_type,
                "S3InputMode": self.s3_input_mode,
                "S3DataDistributionType": self.s3_data_distribution_type,
                "S3CompressionType": self.s3_compression_type,
            },
        }


class ProcessingOutput:
    """Data a processing job writes: container `source` uploaded to S3 `destination`."""

    def __init__(self, source=None, destination=None, output_name=None, s3_upload_mode="EndOfJob",
                 app_managed=False, feature_store_output=None):
        self.source = source
        self.destination = destination
        self.output_name = output_name
        self.s3_upload_mode = s3_upload_mode
        self.app_managed = app_managed

    def _to_request_dict(self, destination):
        return {
            "OutputName": self.output_name,
            "AppManaged": self.app_managed,
            "S3Output": {"S3Uri": destination, "LocalPath": self.source, "S3UploadMode": self.s3_upload_mode},
        }


class Processor:
    """A processing job on a container image with an entrypoint."""

    _CODE_CONTAINER_BASE_PATH = "/opt/ml/processing/input/"
    _CODE_CONTAINER_INPUT_NAME = "code"

    def __init__(self, role=None, image_uri=None, instance_count=None, instance_type=None, entrypoint=None,
                 volume_size_in_gb=30, volume_kms_key=None, output_kms_key=None, max_runtime_in_seconds=None,
                 base_job_name=None, sagemaker_session=None, env=None, tags=None, network_config=None):
        self.role = role
        self.image_uri = image_uri
        self.instance_count = instance_count
        self.instance_type = instance_type
        self.entrypoint = entrypoint
        self.volume_size_in_gb = volume_size_in_gb
        self.volume_kms_key = volume_kms_key
        self.output_kms_key = output_kms_key
        self.max_runtime_in_seconds = max_runtime_in_seconds
        self.base_job_name = base_job_name
        self.sagemaker_session = sagemaker_session or Session()
        self.env = env
        self.tags = tags
        self.network_config = network_config
        self.arguments = None

    def run(self, inputs=None, outputs=None, arguments=None, wait=True, logs=True, job_name=None,
            experiment_config=None, kms_key=None):
        return _jobs.record(self.sagemaker_session, "run",
                            self._builder(inputs, outputs, arguments, None, None), "processing job")

    def _step_arguments(self, inputs=None, outputs=None, arguments=None, code=None, kms_key=None):
        from sagemaker.workflow.pipeline_context import StepArguments

        return StepArguments("run", self._builder(inputs, outputs, arguments, code, None))

    def _builder(self, inputs, outputs, arguments, code, framework):
        def build(context):
            return self._request(context, inputs, outputs, arguments, code, framework)

        return build

    def _entrypoint(self, code_file):
        return self.entrypoint

    def _code_inputs(self, context, code, framework):
        return [], None

    def _request(self, context, inputs, outputs, arguments, code, framework):
        name = context.step_name if context.pipeline_name is not None else _jobs.job_name(
            self.base_job_name or _jobs.base_name_from_image(self.image_uri))
        normalized = []
        for i, processing_input in enumerate(inputs or []):
            request = processing_input._to_request_dict()
            if request["InputName"] is None:
                request["InputName"] = "input-" + str(i + 1)
            normalized.append(request)
        code_inputs, code_file = self._code_inputs(context, code, framework)
        normalized += code_inputs
        output_requests = []
        for i, output in enumerate(outputs or []):
            output_name = output.output_name or "output-" + str(i + 1)
            destination = output.destination
            if destination is None:
                destination = self._default_output(context, name, output_name)
            request = output._to_request_dict(destination)
            request["OutputName"] = output_name
            output_requests.append(request)
        app = {"ImageUri": self.image_uri}
        if arguments is not None:
            app["ContainerArguments"] = arguments
        entrypoint = self._entrypoint(code_file)
        if entrypoint is not None:
            app["ContainerEntrypoint"] = entrypoint
        cluster = {"InstanceType": self.instance_type, "InstanceCount": self.instance_count,
                   "VolumeSizeInGB": self.volume_size_in_gb}
        if self.volume_kms_key is not None:
            cluster["VolumeKmsKeyId"] = self.volume_kms_key
        request = {"ProcessingJobName": name, "ProcessingResources": {"ClusterConfig": cluster},
                   "AppSpecification": app, "RoleArn": self.role}
        if normalized:
            request["ProcessingInputs"] = normalized
        if output_requests:
            output_config = {"Outputs": output_requests}
            if self.output_kms_key is not None:
                output_config["KmsKeyId"] = self.output_kms_key
            request["ProcessingOutputConfig"] = output_config
        if self.env is not None:
            request["Environment"] = self.env
        if self.network_config is not None:
            request["NetworkConfig"] = self.network_config._to_request_dict()
        if self.max_runtime_in_seconds is not None:
            request["StoppingCondition"] = {"MaxRuntimeInSeconds": self.max_runtime_in_seconds}
        return request

    def _default_output(self, context, name, output_name):
        bucket = self.sagemaker_session.default_bucket()
        if context.pipeline_name is not None:
            return Join(on="/", values=["s3:/", bucket, context.pipeline_name, ExecutionVariables.PIPELINE_EXECUTION_ID,
                                        context.step_name, "output", output_name])
        return "s3://" + bucket + "/" + name + "/output/" + output_name

    def _code_input(self, uri, local_path):
        return ProcessingInput(source=uri, destination=local_path, input_name="code")._to_request_dict()


class ScriptProcessor(Processor):
    """A processor that runs a script (`code`) with a command such as ["python3"]."""

    def __init__(self, role=None, image_uri=None, command=None, instance_count=None, instance_type=None,
                 volume_size_in_gb=30, volume_kms_key=None, output_kms_key=None, max_runtime_in_seconds=None,
                 base_job_name=None, sagemaker_session=None, env=None, tags=None, network_config=None):
        Processor.__init__(self, role=role, image_uri=image_uri, instance_count=instance_count,
                           instance_type=instance_type, volume_size_in_gb=volume_size_in_gb,
                           volume_kms_key=volume_kms_key, output_kms_key=output_kms_key,
                           max_runtime_in_seconds=max_runtime_in_seconds, base_job_name=base_job_name,
                           sagemaker_session=sagemaker_session, env=env, tags=tags, network_config=network_config)
        self.command = command

    def run(self, code=None, inputs=None, outputs=None, arguments=None, wait=True, logs=True, job_name=None,
            experiment_config=None, kms_key=None):
        return _jobs.record(self.sagemaker_session, "run",
                            self._builder(inputs, outputs, arguments, code, None), "processing job")

    def _entrypoint(self, code_file):
        return list(self.command) + [self._CODE_CONTAINER_BASE_PATH + "code/" + code_file]

    def _code_inputs(self, context, code, framework):
        if code is None:
            raise TypeError("run() missing 1 required positional argument: 'code'")
        file_name = os.path.basename(_jobs.local_path(code)) if _jobs.is_local(code) else code.split("/")[-1]
        uri = code
        if _jobs.is_local(code):
            if not os.path.isfile(_jobs.local_path(code)):
                raise ValueError("code " + code + " wasn't found. Please make sure that the file exists.")
            uri = _jobs.upload_code(self.sagemaker_session, context, [code], code, file_name)
        return [self._code_input(uri, self._CODE_CONTAINER_BASE_PATH + "code")], file_name


class FrameworkProcessor(ScriptProcessor):
    """Runs `code` from a `source_dir` bundle on a framework's image, through the SDK's
    runproc.sh bootstrap (which unpacks sourcedir.tar.gz first)."""

    def __init__(self, estimator_cls, framework_version, role=None, instance_count=None, instance_type=None,
                 py_version="py3", image_uri=None, command=None, volume_size_in_gb=30, volume_kms_key=None,
                 output_kms_key=None, code_location=None, max_runtime_in_seconds=None, base_job_name=None,
                 sagemaker_session=None, env=None, tags=None, network_config=None):
        sagemaker_session = sagemaker_session or Session()
        if image_uri is None:
            image_uri = estimator_cls._image(sagemaker_session.boto_region_name, framework_version, py_version,
                                             instance_type)
        ScriptProcessor.__init__(self, role=role, image_uri=image_uri, command=command or ["python"],
                                 instance_count=instance_count, instance_type=instance_type,
                                 volume_size_in_gb=volume_size_in_gb, volume_kms_key=volume_kms_key,
                                 output_kms_key=output_kms_key, max_runtime_in_seconds=max_runtime_in_seconds,
                                 base_job_name=base_job_name, sagemaker_session=sagemaker_session, env=env,
                                 tags=tags, network_config=network_config)
        self.estimator_cls = estimator_cls
        self.framework_version = framework_version
        self.py_version = py_version

    def run(self, code=None, source_dir=None, dependencies=None, git_config=None, inputs=None, outputs=None,
            arguments=None, wait=True, logs=True, job_name=None, experiment_config=None, kms_key=None,
            codeartifact_repo_arn=None):
        framework = {"source_dir": source_dir, "dependencies": dependencies or []}
        return _jobs.record(self.sagemaker_session, "run",
                            self._builder(inputs, outputs, arguments, code, framework), "processing job")

    def _entrypoint(self, code_file):
        return ["/bin/bash", self._CODE_CONTAINER_BASE_PATH + "entrypoint/runproc.sh"]

    def _code_inputs(self, context, code, framework):
        framework = framework or {"source_dir": None, "dependencies": []}
        source_dir = framework["source_dir"]
        dependencies = framework["dependencies"]
        hash_paths = ([code, source_dir] if source_dir and _jobs.is_local(code) else [source_dir or code]) + dependencies
        archive = _jobs.upload_source_archive(self.sagemaker_session, context, hash_paths, code, source_dir,
                                              dependencies)
        script = self._runproc_script(os.path.basename(code) if source_dir is None else code)
        bucket = self.sagemaker_session.default_bucket()
        if context.pipeline_name is not None:
            runproc = ("s3://" + bucket + "/" + context.pipeline_name + "/code/" + _engine.sha256_text(script)
                       + "/runproc.sh")
        else:
            runproc = "s3://" + bucket + "/" + _jobs.job_name("runproc") + "/source/runproc.sh"
        _engine.s3_put_text(script, runproc)
        entry = ProcessingInput(source=runproc, destination=self._CODE_CONTAINER_BASE_PATH + "entrypoint",
                                input_name="entrypoint")._to_request_dict()
        return [self._code_input(archive, self._CODE_CONTAINER_BASE_PATH + "code/"), entry], None

    def _runproc_script(self, user_script):
        # The SDK's bootstrap, character for character: its hash names the upload path.
        return (
            "#!/bin/bash\n"
            "\n"
            "cd /opt/ml/processing/input/code/\n"
            "tar -xzf sourcedir.tar.gz\n"
            "\n"
            "# Exit on any error. SageMaker uses error code to mark failed job.\n"
            "set -e\n"
            "\n"
            "if [[ -f 'requirements.txt' ]]; then\n"
            "    # Optionally log into CodeArtifact\n"
            "    if ! hash aws 2>/dev/null; then\n"
            "        echo \"AWS CLI is not installed. Skipping CodeArtifact login.\"\n"
            "    else\n"
            "        echo 'CodeArtifact repository not specified. Skipping login.'\n"
            "    fi\n"
            "\n"
            "    # Some py3 containers has typing, which may breaks pip install\n"
            "    pip uninstall --yes typing\n"
            "\n"
            "    python -m pip install -r requirements.txt\n"
            "fi\n"
            "\n"
            + " ".join(self.command) + " " + user_script + " \"$@\"\n"
        )
