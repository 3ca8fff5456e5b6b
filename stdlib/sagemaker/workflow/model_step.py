"""ModelStep: model.create() or model.register() as pipeline steps (N-CreateModel or
N-RegisterModel), after an N-RepackModel-<model name or index> training step when the model's
code must be repacked into its model.tar.gz at run time."""
import json
import os

from sagemaker import _jobs
from sagemaker.sklearn.estimator import SKLearn
from sagemaker.workflow.step_collections import StepCollection, _RegisterModelStep
from sagemaker.workflow.steps import CreateModelStep, TrainingStep

_REPACK_FRAMEWORK_VERSION = "1.2-1"
_REPACK_INSTANCE_TYPE = "ml.m5.large"
REPACK_SCRIPT_LAUNCHER = "_repack_script_launcher.sh"
_IGNORED_REPACK_SETTINGS = ("entry_point", "source_dir", "hyperparameters", "dependencies")


class ModelStep(StepCollection):
    def __init__(self, name, step_args, depends_on=None, retry_policies=None, display_name=None, description=None,
                 repack_model_step_settings=None):
        if step_args.caller not in ("create", "register"):
            raise ValueError("The step_args of ModelStep must be obtained from model.create() or model.register().")
        if isinstance(retry_policies, dict):
            create_policies = retry_policies.get("create_model_retry_policies")
            register_policies = retry_policies.get("register_model_retry_policies")
            repack_policies = retry_policies.get("repack_model_retry_policies")
        else:
            create_policies = register_policies = repack_policies = retry_policies
        steps = []
        model = getattr(step_args, "model", None)
        repack_output = getattr(step_args, "runtime_repack_output", None)
        if model is not None and repack_output is not None:
            settings = dict(repack_model_step_settings or {})
            for ignored in _IGNORED_REPACK_SETTINGS:
                settings.pop(ignored, None)
            repack = _RepackModelStep(
                name=name + "-RepackModel-" + str(model.name if model.name else 0),
                sagemaker_session=settings.pop("sagemaker_session", None) or model.sagemaker_session,
                role=settings.pop("role", None) or model.role,
                model_data=model.model_data,
                entry_point=model.entry_point,
                source_dir=model.source_dir,
                dependencies=model.dependencies,
                description="Used to repack a model with customer scripts for a register/create model step",
                depends_on=depends_on,
                retry_policies=repack_policies,
                output_path=settings.pop("output_path", None) or repack_output,
                output_kms_key=settings.pop("output_kms_key", None) or model.model_kms_key,
                **settings,
            )
            steps.append(repack)
            step_args.repacked_model_data = repack.properties.ModelArtifacts.S3ModelArtifacts
            own_depends_on = None
        else:
            own_depends_on = depends_on
        if step_args.caller == "create":
            step = CreateModelStep(name + "-CreateModel", step_args=step_args, depends_on=own_depends_on,
                                   retry_policies=create_policies, display_name=display_name, description=description)
        else:
            step = _RegisterModelStep(name + "-RegisterModel", step_args, depends_on=own_depends_on,
                                      retry_policies=register_policies, display_name=display_name,
                                      description=description)
        steps.append(step)
        StepCollection.__init__(self, name, steps, depends_on)


class _Repacker(SKLearn):
    """The SDK's repack job: a scikit-learn training job running `_repack_script_launcher.sh`,
    whose source bundle is the model's code. Pipebook's engine recognises the launcher and does
    the repack itself: model.tar.gz unpacked, the code put under code/, packed again."""

    def _hyperparameters_for(self, context):
        bucket = self.sagemaker_session.default_bucket()
        if not _is_variable(self.output_path) and str(self.output_path).startswith("s3://"):
            bucket = self.output_path[5:].split("/")[0]
        uri = "s3://" + bucket + "/" + self._code_job_name + "/source/sourcedir.tar.gz"
        entries = []
        if self.source_dir is not None:
            entries.append(["", _jobs.local_path(self.source_dir)])
        else:
            entries.append([os.path.basename(self._model_entry_point), _jobs.local_path(self._model_entry_point)])
        for dependency in self.dependencies:
            entries.append([os.path.basename(dependency.rstrip("/")), _jobs.local_path(dependency)])
        from sagemaker import _engine

        _engine.s3_put_archive(entries, uri)
        hyperparameters = self.hyperparameters()
        hyperparameters["sagemaker_submit_directory"] = json.dumps(uri)
        hyperparameters["sagemaker_program"] = json.dumps(REPACK_SCRIPT_LAUNCHER)
        hyperparameters["sagemaker_container_log_level"] = json.dumps(self.container_log_level)
        hyperparameters["sagemaker_region"] = json.dumps(self.sagemaker_session.boto_region_name)
        return hyperparameters


def _is_variable(value):
    from sagemaker.workflow.entities import PipelineVariable

    return isinstance(value, PipelineVariable)


class _RepackModelStep(TrainingStep):
    """Repacks model artifacts with custom inference entry points (the SDK's step of that name)."""

    def __init__(self, name, sagemaker_session, role, model_data, entry_point, display_name=None, description=None,
                 source_dir=None, dependencies=None, depends_on=None, retry_policies=None, subnets=None,
                 security_group_ids=None, **kwargs):
        dependencies_hyperparameter = " ".join(dependencies) if dependencies else None
        repacker = _Repacker(
            framework_version=kwargs.pop("framework_version", None) or _REPACK_FRAMEWORK_VERSION,
            instance_type=kwargs.pop("instance_type", None) or _REPACK_INSTANCE_TYPE,
            instance_count=kwargs.pop("instance_count", None) or 1,
            entry_point=REPACK_SCRIPT_LAUNCHER,
            source_dir=source_dir,
            dependencies=dependencies,
            sagemaker_session=sagemaker_session,
            role=role,
            hyperparameters={
                "inference_script": os.path.basename(entry_point),
                "model_archive": model_data,
                "dependencies": dependencies_hyperparameter,
                "source_dir": source_dir,
            },
            disable_profiler=True,
            **kwargs,
        )
        repacker._model_entry_point = entry_point
        repacker._code_job_name = _jobs.job_name(_jobs.base_name_from_image(repacker.training_image_uri()))
        TrainingStep.__init__(self, name, estimator=repacker, inputs=model_data, display_name=display_name,
                              description=description, depends_on=depends_on, retry_policies=retry_policies)
