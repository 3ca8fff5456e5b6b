#!/bin/sh
# Regenerates expected/NAME.json for every NAME.py here with the real SageMaker Python SDK,
# run offline by the reference wrapper. Run once after adding or changing a pipeline; commit the
# JSON it writes, never the SDK.
#
#   python3 -m venv ~/.venv-sdk && ~/.venv-sdk/bin/pip install "sagemaker==2.257.7"
#   Tests/PipebookBridgeTests/Pipelines/generate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python=${SDK_PYTHON:-$HOME/.venv-sdk/bin/python}
# The wrapper lives in shared/reference beside the repository (the project's checkouts sit in one folder with shared/).
# Tools/sdk_run_lambda.py runs it with Lambda's CreateFunction answered locally as well.
export SDK_RUN=${SDK_RUN:-$here/../../../../shared/reference/sagemaker/sdk_run.py}
mkdir -p "$here/expected"
for script in "$here"/*.py; do
    name=$(basename "$script" .py)
    "$python" "$here/../Tools/sdk_run_lambda.py" "$script" "$here/expected/$name.json" 2>/dev/null
    echo "wrote expected/$name.json"
done
# A repack step makes the SDK write its repack script and launcher into the model's source_dir
# (serve/ for repack.py); they are not part of the test code.
rm -f "$here"/serve/_repack_model.py "$here"/serve/_repack_script_launcher.sh
