#!/usr/bin/env bash
# Regenerates the XGBoost fixtures (needs python3 with xgboost and numpy from PyPI):
# Pipebook's models are written by the tests, then generate.py has xgboost predict with them,
# and trains xgboost's own models on the same data with the same hyperparameters.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../../.."
PIPEBOOK_WRITE_FIXTURES=1 swift test --filter XGBoostTests/testXGBoostPredictsWhatPipebookPredictsOnPipebookModels
python3 "$here/generate.py"
