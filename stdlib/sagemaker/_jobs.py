"""What the job classes (processors, estimators, transformers, tuners, models) share: job
names, local code uploads, and the step-arguments-or-refuse rule of PipelineSession."""
import os
import time

from sagemaker import _engine
from sagemaker.workflow.pipeline_context import StepArguments, is_pipeline_session, runs_outside_pipeline


def job_name(base):
    """base-YYYY-MM-DD-HH-MM-SS-mmm, as the SDK names jobs outside a pipeline."""
    now = time.time()
    return base + "-" + time.strftime("%Y-%m-%d-%H-%M-%S", time.gmtime(now)) + "-" + "%03d" % (int(now * 1000) % 1000)


def base_name_from_image(image_uri):
    """The SDK's default base job name: the image's repository name."""
    repository = str(image_uri).split("/")[-1].split(":")[0]
    return repository


def record(session, caller, build, what):
    """A StepArguments under a PipelineSession; anything else would start a job."""
    if is_pipeline_session(session):
        return StepArguments(caller, build)
    raise runs_outside_pipeline(what)


def is_local(path):
    return isinstance(path, str) and (path.startswith("file://") or "://" not in path)


def local_path(path):
    return path[len("file://"):] if path.startswith("file://") else path


def upload_code(session, context, paths, local_file, file_name):
    """Uploads one local file to s3://<bucket>/<pipeline>/code/<hash of paths>/<file name>
    (or under the job's own prefix outside a pipeline); returns the URI."""
    bucket = session.default_bucket()
    if context.pipeline_name is not None:
        uri = "s3://" + bucket + "/" + context.pipeline_name + "/code/" + _engine.code_hash(paths) + "/" + file_name
    else:
        uri = "s3://" + bucket + "/" + job_name(context.step_name or "code") + "/input/code/" + file_name
    _engine.s3_upload(local_path(local_file), uri)
    return uri


def upload_source_archive(session, context, hash_paths, entry_point, source_dir, dependencies):
    """Packs the code as the SDK's sourcedir.tar.gz (source_dir's files, or the entry point,
    plus dependencies) and uploads it; returns the URI."""
    bucket = session.default_bucket()
    if context.pipeline_name is not None:
        uri = ("s3://" + bucket + "/" + context.pipeline_name + "/code/" + _engine.code_hash(hash_paths)
               + "/sourcedir.tar.gz")
    else:
        uri = "s3://" + bucket + "/" + job_name(context.step_name or "code") + "/source/sourcedir.tar.gz"
    entries = []
    if source_dir is not None and is_local(source_dir):
        entries.append(["", local_path(source_dir)])
    elif entry_point is not None:
        entries.append([os.path.basename(entry_point), local_path(entry_point)])
    for dependency in dependencies or []:
        entries.append([os.path.basename(dependency.rstrip("/")), local_path(dependency)])
    _engine.s3_put_archive(entries, uri)
    return uri
