"""The model server of SageMaker's scikit-learn and XGBoost framework images, for batch transform.

The engine runs this module once per transform job (`python3 -m _pipebook_serving`) in the job's
folder: the model unpacked in /opt/ml/model, the inference code in /opt/ml/code (the working
directory). As the images' serving toolkit (sagemaker-containers' Transformer, with the
framework's defaults from sagemaker_sklearn_container.serving and
sagemaker_xgboost_container.serving) does, it imports SAGEMAKER_PROGRAM, calls `model_fn` once,
then for each request `input_fn(body, content_type)`, `predict_fn(data, model)` and
`output_fn(prediction, accept)`, or `transform_fn(model, body, content_type, accept)`. Requests
are made as batch transform makes them: each input file split per SplitType, records grouped
per BatchStrategy up to MaxPayloadInMB; the responses joined per AssembleWith into
`<file>.out`. A handler that raises fails the job: its traceback goes to the log and its
one-line reason to /opt/ml/output/failure, which the engine reports.
"""

import argparse
import csv
import importlib
import io
import json
import math
import os
import sys
import textwrap

import numpy as np

MODEL_DIR = "/opt/ml/model"
FAILURE_FILE = "/opt/ml/output/failure"
CSV = "text/csv"
JSON = "application/json"
NPY = "application/x-npy"
# sagemaker-containers' _content_types.UTF8_TYPES: bodies of these types reach input_fn as str.
UTF8_TYPES = [JSON, CSV]


class UnsupportedFormatError(Exception):
    """sagemaker-containers' error for a content type no default handler decodes or encodes."""

    def __init__(self, content_type):
        super().__init__(textwrap.dedent(
            """Content type %s is not supported by this framework.

            Please implement input_fn to to deserialize the request data or an output_fn to
            serialize the response. For more information, see the SageMaker Python SDK README."""
            % content_type))


class UserError(Exception):
    """The framework's error for an inference script it cannot use."""


# The toolkit's encoders and decoders (sagemaker_containers._encoders).

def csv_to_numpy(string_like):
    """csv.reader's rows as one array, squeezed, converted to float64 when every field is a number
    (a field that is not stays text, and the default input_fn's float32 cast fails on it)."""
    rows = [row for row in csv.reader(io.StringIO(string_like), delimiter=",", quotechar='"', doublequote=True,
                                      strict=True)]
    array = np.array(rows)
    if array.ndim == 2 and (array.shape[0] == 1 or array.shape[1] == 1):
        array = array.ravel()
    try:
        return array.astype(float)
    except ValueError:
        return array


def json_to_numpy(string_like):
    return np.array(json.loads(string_like))


def array_to_csv(array_like):
    """csv.writer's rows of the array (a 1-D array is one column): floats as their repr."""
    array = np.array(array_like)
    if array.ndim == 1:
        array = array.reshape(array.shape[0], 1)
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\n", delimiter=",", quotechar='"', doublequote=True,
               strict=True).writerows(array.tolist())
    return stream.getvalue()


def array_to_json(array_like):
    def default(value):
        if hasattr(value, "tolist"):
            return value.tolist()
        return json.JSONEncoder().default(value)
    return json.dumps(array_like, default=default)


def _npy_unsupported(_):
    raise NotImplementedError("Pipebook's numpy does not read or write application/x-npy (numpy.save/numpy.load)")


_DECODERS = {CSV: csv_to_numpy, JSON: json_to_numpy, NPY: _npy_unsupported}
_ENCODERS = {CSV: array_to_csv, JSON: array_to_json, NPY: _npy_unsupported}


def decode(obj, content_type):
    if content_type not in _DECODERS:
        raise UnsupportedFormatError(content_type)
    return _DECODERS[content_type](obj)


def encode(array_like, accept):
    if accept not in _ENCODERS:
        raise UnsupportedFormatError(accept)
    return _ENCODERS[accept](array_like)


def as_float32(array):
    """`array.astype(np.float32)`: Pipebook's numpy has no float32, so each value is rounded to
    the nearest float32 and kept as float64. Models that compute in float64 from their input
    (linear models' dot products) give float32 inputs' results exactly."""
    if array.dtype.name == "object":
        array = array.astype(float)
    values = array.tolist()
    if array.ndim == 1:
        return np.array([_round_to_float32(v) for v in values])
    return np.array([[_round_to_float32(v) for v in row] for row in values])


def _round_to_float32(x):
    x = float(x)
    if x == 0.0 or x != x or math.isinf(x):
        return x
    mantissa, exponent = math.frexp(x)
    # float32 keeps 24 significant bits, fewer below its smallest normal number (2**-126).
    bits = 24 - max(0, -125 - exponent)
    rounded = math.ldexp(round(math.ldexp(mantissa, bits)), exponent - bits)
    return rounded if abs(rounded) <= 3.4028234663852886e38 else math.copysign(math.inf, x)


# The framework images' default handlers.

def default_model_fn(model_dir):
    """Neither image can load a model it does not know: the script must define model_fn."""
    raise NotImplementedError(textwrap.dedent(
        """
    Please provide a model_fn implementation.
    See documentation for model_fn at https://github.com/aws/sagemaker-python-sdk
    """))


def sklearn_input_fn(input_data, content_type):
    np_array = decode(input_data, content_type)
    return as_float32(np_array) if content_type in UTF8_TYPES else np_array


def sklearn_predict_fn(input_data, model):
    return model.predict(input_data)


def xgboost_input_fn(input_data, content_type):
    """sagemaker_xgboost_container.encoder.decode: text/csv records as a DMatrix, an empty field as NaN."""
    import xgboost as xgb
    if content_type.split(";")[0].strip() != CSV:
        raise UnsupportedFormatError(content_type)
    text = input_data.decode() if isinstance(input_data, bytes) else input_data
    rows = [["nan" if field == "" else field for field in line.split(",")] for line in text.split("\n")]
    return xgb.DMatrix(np.array(rows).astype(float))


def xgboost_predict_fn(input_data, model):
    return model.predict(input_data, validate_features=False)


def default_output_fn(prediction, accept):
    return encode(prediction, accept)


DEFAULTS = {
    "sklearn": (sklearn_input_fn, sklearn_predict_fn),
    "xgboost": (xgboost_input_fn, xgboost_predict_fn),
}


class Server:
    """The user module's handlers, each the framework's default when the script lacks it."""

    def __init__(self, framework, program):
        self.where = program
        module = self.call("import", importlib.import_module, program[:-3] if program.endswith(".py") else program)
        input_fn, predict_fn = DEFAULTS[framework]
        self.transform_fn = getattr(module, "transform_fn", None)
        handlers = [getattr(module, name, None) for name in ("input_fn", "predict_fn", "output_fn")]
        if self.transform_fn is not None and any(h is not None for h in handlers):
            self.fail("", UserError("Cannot use transform_fn implementation with input_fn, predict_fn, and/or output_fn"))
        self.input_fn = handlers[0] or input_fn
        self.predict_fn = handlers[1] or predict_fn
        self.output_fn = handlers[2] or default_output_fn
        self.where = program + ", loading the model"
        self.model = self.call("model_fn", getattr(module, "model_fn", default_model_fn), MODEL_DIR)

    def call(self, name, function, *args):
        try:
            return function(*args)
        except Exception as error:
            self.fail(name, error)

    def fail(self, name, error):
        reason = " ".join(str(error).split())
        prefix = name + " raised " if name else ""
        with open(FAILURE_FILE, "w") as file:
            file.write("%s%s: %s (%s)" % (prefix, type(error).__name__, reason, self.where))
        raise error

    def invoke(self, body, content_type, accept):
        """One request: the response body as bytes."""
        content = body.decode("utf-8") if content_type in UTF8_TYPES else body
        if self.transform_fn is not None:
            result = self.call("transform_fn", self.transform_fn, self.model, content, content_type, accept)
        else:
            data = self.call("input_fn", self.input_fn, content, content_type)
            prediction = self.call("predict_fn", self.predict_fn, data, self.model)
            result = self.call("output_fn", self.output_fn, prediction, accept)
        if isinstance(result, tuple):
            result = result[0]
        if isinstance(result, str):
            return result.encode("utf-8")
        if isinstance(result, bytes):
            return result
        self.fail("", TypeError("the response must be str, bytes or a (body, content type) tuple, but it was a %s"
                                % type(result).__name__))


def requests(name, data, split_type, batch_strategy, max_payload):
    """The request bodies batch transform makes of one file, with the records each holds."""
    if split_type == "None":
        yield data, 1
        return
    records = [line for line in data.split(b"\n") if line]
    batch, size = [], 0
    for record in records:
        if len(record) > max_payload:
            raise ValueError("%s holds a record of %d bytes, more than MaxPayloadInMB allows" % (name, len(record)))
        if batch and (batch_strategy == "SingleRecord" or size + 1 + len(record) > max_payload):
            yield b"\n".join(batch), len(batch)
            batch, size = [], 0
        size += len(record) + (1 if batch else 0)
        batch.append(record)
    if batch:
        yield b"\n".join(batch), len(batch)


def main(argv):
    parser = argparse.ArgumentParser(prog="_pipebook_serving")
    parser.add_argument("--framework", choices=sorted(DEFAULTS), required=True)
    parser.add_argument("--program", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--split-type", default="None")
    parser.add_argument("--batch-strategy", default="MultiRecord")
    parser.add_argument("--max-payload-mb", type=int, default=6)
    parser.add_argument("--assemble-with", default="None")
    # sagemaker-containers' Request: no Content-Type means JSON; no Accept (or */*) the default accept.
    parser.add_argument("--content-type", default=JSON)
    parser.add_argument("--accept", default="*/*")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    accept = args.accept
    if accept == "*/*":
        accept = os.environ.get("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", JSON)
    os.makedirs(os.path.dirname(FAILURE_FILE), exist_ok=True)

    server = Server(args.framework, args.program)
    for path in args.files:
        name = os.path.basename(path)
        with open(path, "rb") as file:
            data = file.read()
        outputs = []
        count = first = 0
        for body, records in requests(name, data, args.split_type, args.batch_strategy, args.max_payload_mb * 1024 * 1024):
            server.where = "%s, records %d-%d of %s" % (args.program, first + 1, first + records, name)
            response = server.invoke(body, args.content_type, accept)
            if args.assemble_with == "Line" and not response.endswith(b"\n"):
                response += b"\n"
            outputs.append(response)
            count += 1
            first += records
        with open(os.path.join(args.output, name + ".out"), "wb") as file:
            file.write(b"".join(outputs))
        print("%s: %d records in %d requests -> %s.out" % (name, first, count, name))


if __name__ == "__main__":
    main(sys.argv[1:])
