"""The native bridge to Pipebook's engine, with the JSON decoding its answers need.

Everything the engine returns that is not a plain string arrives as JSON text."""
import json

import _pipebook_engine as _native

_workspace = None


def workspace():
    """{'region', 'account', 'default_bucket', 'role', 'root'} of the workspace in use."""
    global _workspace
    if _workspace is None:
        _workspace = json.loads(_native.workspace())
    return _workspace


def code_hash(paths):
    """The SDK's hash of local code paths (hash_files_or_dirs)."""
    return _native.code_hash(json.dumps(list(paths)))


def sha256_text(text):
    return _native.sha256_text(text)


def s3_upload(local_path, s3_uri):
    return json.loads(_native.s3_upload(local_path, s3_uri))


def s3_put_text(text, s3_uri):
    _native.s3_put_text(text, s3_uri)


def s3_read(s3_uri):
    return _native.s3_read(s3_uri)


def s3_list(s3_uri):
    return json.loads(_native.s3_list(s3_uri))


def s3_download(s3_uri, local_path):
    return json.loads(_native.s3_download(s3_uri, local_path))


def s3_create_bucket(name):
    _native.s3_create_bucket(name)


def validate_definition(text):
    _native.validate_definition(text)


def dag_text(name, definition_text, version=None):
    return _native.dag_text(name, definition_text, version)


def pipeline_call(operation, name, definition=None, options=None):
    """create / update / upsert (with a definition and options), describe, delete, versions."""
    if operation in ("create", "update", "upsert"):
        function = getattr(_native, "pipeline_" + operation)
        return json.loads(function(name, definition, json.dumps(options or {})))
    if operation == "describe" and options is not None:
        return json.loads(_native.pipeline_describe(name, json.dumps(options)))
    return json.loads(getattr(_native, "pipeline_" + operation)(name))


_shapes = {}


def property_members(shape):
    """{member: [kind, shape]} for a Describe* response shape (kind: scalar/structure/list/map)."""
    if shape not in _shapes:
        _shapes[shape] = json.loads(_native.property_members(shape))
    return _shapes[shape]


def property_root(step_type):
    return _native.property_root(step_type)


def s3_put_archive(entries, s3_uri):
    """Packs [[name in archive, local path], ...] as a .tar.gz (a folder with an empty name
    contributes its files at the top) and writes it to s3_uri."""
    _native.s3_put_archive(json.dumps(entries), s3_uri)


def native():
    """The native module itself, for the execution calls (stdlib/sagemaker/workflow/pipeline_execution.py)."""
    return _native
