"""The sagemaker client's calls on the jobs that pipeline steps ran, over the local store: a
job's answer is its step's Describe* response, with the status and times of its run."""
import json

from botocore._local import call, page, respond, with_datetimes
from botocore._request import parameters
from sagemaker import _engine


class JobCalls:
    def describe_processing_job(self, *args, **kwargs):
        p = parameters("sagemaker.DescribeProcessingJob", "describe_processing_job", args, kwargs)
        return respond(_describe("Processing", p["ProcessingJobName"]))

    def describe_training_job(self, *args, **kwargs):
        p = parameters("sagemaker.DescribeTrainingJob", "describe_training_job", args, kwargs)
        return respond(_describe("Training", p["TrainingJobName"]))

    def describe_transform_job(self, *args, **kwargs):
        p = parameters("sagemaker.DescribeTransformJob", "describe_transform_job", args, kwargs)
        return respond(_describe("Transform", p["TransformJobName"]))

    def list_training_jobs(self, *args, **kwargs):
        """ListTrainingJobs: oldest first unless SortBy/SortOrder say otherwise."""
        p = parameters("sagemaker.ListTrainingJobs", "list_training_jobs", args, kwargs,
                       unsupported=("WarmPoolStatusEquals", "TrainingPlanArnEquals"))
        jobs = with_datetimes(json.loads(call("ListTrainingJobs", _engine.native().job_list, "Training")))
        jobs = [_summary(job) for job in jobs if _wanted(job, p)]
        by = {"Name": "TrainingJobName", "CreationTime": "CreationTime", "Status": "TrainingJobStatus"}[p.get("SortBy", "CreationTime")]
        jobs.sort(key=lambda job: job[by], reverse=p.get("SortOrder", "Ascending") == "Descending")
        return respond(page(jobs, "TrainingJobSummaries", p.get("MaxResults"), p.get("NextToken"), "ListTrainingJobs"))


def _describe(kind, name):
    return with_datetimes(json.loads(call("Describe" + kind + "Job", _engine.native().job_describe, kind, name)))


def _wanted(job, p):
    """Whether a training job passes ListTrainingJobs' filters (times strictly after/before)."""
    checks = [
        ("CreationTimeAfter", lambda v: job["CreationTime"] > v), ("CreationTimeBefore", lambda v: job["CreationTime"] < v),
        ("LastModifiedTimeAfter", lambda v: job["LastModifiedTime"] > v),
        ("LastModifiedTimeBefore", lambda v: job["LastModifiedTime"] < v),
        ("NameContains", lambda v: v.lower() in job["TrainingJobName"].lower()),
        ("StatusEquals", lambda v: job["TrainingJobStatus"] == v),
    ]
    return all(test(p[name]) for name, test in checks if name in p)


def _summary(job):
    """A TrainingJobSummary of a DescribeTrainingJob answer."""
    keys = ("TrainingJobName", "TrainingJobArn", "CreationTime", "TrainingEndTime", "LastModifiedTime", "TrainingJobStatus",
            "SecondaryStatus")
    return {key: job[key] for key in keys if key in job}
