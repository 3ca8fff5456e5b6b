"""Hyperparameter tuning: HyperparameterTuner and its parameter ranges."""
from sagemaker import _jobs
from sagemaker.estimator import input_config
from sagemaker.workflow.serialize import to_json_value


class _Range:
    def __init__(self, min_value, max_value, scaling_type="Auto"):
        self.min_value = min_value
        self.max_value = max_value
        self.scaling_type = scaling_type

    def as_tuning_range(self, name):
        return {"Name": name, "MinValue": _text(self.min_value), "MaxValue": _text(self.max_value),
                "ScalingType": self.scaling_type}


class ContinuousParameter(_Range):
    _range_kind = "Continuous"


class IntegerParameter(_Range):
    _range_kind = "Integer"


class CategoricalParameter:
    _range_kind = "Categorical"

    def __init__(self, values):
        self.values = list(values) if isinstance(values, (list, tuple)) else [values]

    def as_tuning_range(self, name):
        return {"Name": name, "Values": [_text(v) for v in self.values]}


def _text(value):
    from sagemaker.workflow.entities import PipelineVariable

    return value.to_string() if isinstance(value, PipelineVariable) else str(value)


class HyperparameterTuner:
    def __init__(self, estimator, objective_metric_name, hyperparameter_ranges, metric_definitions=None,
                 strategy="Bayesian", objective_type="Maximize", max_jobs=None, max_parallel_jobs=1,
                 max_runtime_in_seconds=None, tags=None, base_tuning_job_name=None, warm_start_config=None,
                 strategy_config=None, completion_criteria_config=None, early_stopping_type="Off",
                 estimator_name=None, random_seed=None, autotune=False, hyperparameters_to_keep_static=None):
        self.estimator = estimator
        self.objective_metric_name = objective_metric_name
        self._hyperparameter_ranges = hyperparameter_ranges
        self.metric_definitions = metric_definitions
        self.strategy = strategy
        self.objective_type = objective_type
        self.max_jobs = max_jobs if max_jobs is not None else 1
        self.max_parallel_jobs = max_parallel_jobs
        self.max_runtime_in_seconds = max_runtime_in_seconds
        self.base_tuning_job_name = base_tuning_job_name
        self.early_stopping_type = early_stopping_type
        self.random_seed = random_seed

    def fit(self, inputs=None, job_name=None, include_cls_metadata=False, estimator_kwargs=None, wait=True,
            **kwargs):
        """Under a PipelineSession: the tuning request, for TuningStep(step_args=...)."""
        return _jobs.record(self.estimator.sagemaker_session, "fit", self._builder(inputs),
                            "hyperparameter tuning job")

    def _step_arguments(self, inputs):
        from sagemaker.workflow.pipeline_context import StepArguments

        return StepArguments("fit", self._builder(inputs))

    def _builder(self, inputs):
        def build(context):
            return self._request(context, inputs)

        return build

    def hyperparameter_ranges(self):
        ranges = {"ContinuousParameterRanges": [], "CategoricalParameterRanges": [], "IntegerParameterRanges": []}
        for name, parameter in self._hyperparameter_ranges.items():
            ranges[parameter._range_kind + "ParameterRanges"].append(parameter.as_tuning_range(name))
        return ranges

    def _request(self, context, inputs):
        limits = {"MaxNumberOfTrainingJobs": self.max_jobs, "MaxParallelTrainingJobs": self.max_parallel_jobs}
        if self.max_runtime_in_seconds is not None:
            limits["MaxRuntimeInSeconds"] = self.max_runtime_in_seconds
        config = {"Strategy": self.strategy, "ResourceLimits": limits,
                  "TrainingJobEarlyStoppingType": self.early_stopping_type,
                  "HyperParameterTuningJobObjective": {"Type": self.objective_type,
                                                       "MetricName": self.objective_metric_name},
                  "ParameterRanges": self.hyperparameter_ranges()}
        if self.random_seed is not None:
            config["RandomSeed"] = self.random_seed
        estimator = self.estimator
        tuned = set(self._hyperparameter_ranges)
        static = {k: v for k, v in estimator._hyperparameters_for(context).items() if k not in tuned}
        output_config = {"S3OutputPath": estimator._output_path()}
        if estimator.output_kms_key is not None:
            output_config["KmsKeyId"] = estimator.output_kms_key
        definition = {"StaticHyperParameters": static, "RoleArn": estimator.role, "OutputDataConfig": output_config,
                      "StoppingCondition": {"MaxRuntimeInSeconds": estimator.max_run},
                      "HyperParameterTuningResourceConfig": {"InstanceCount": estimator.instance_count,
                                                             "InstanceType": estimator.instance_type,
                                                             "VolumeSizeInGB": estimator.volume_size}}
        algorithm = {"TrainingInputMode": estimator.input_mode, "TrainingImage": estimator.training_image_uri()}
        if self.metric_definitions is not None:
            algorithm["MetricDefinitions"] = self.metric_definitions
        definition["AlgorithmSpecification"] = algorithm
        channels = input_config(inputs)
        if channels is not None:
            definition["InputDataConfig"] = channels
        name = context.step_name if context.pipeline_name is not None else _jobs.job_name(
            self.base_tuning_job_name or "tuning")
        return {"HyperParameterTuningJobName": name, "HyperParameterTuningJobConfig": config,
                "TrainingJobDefinition": definition}
