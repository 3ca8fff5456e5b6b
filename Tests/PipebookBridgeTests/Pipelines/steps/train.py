"""Script-mode training: reads its channel and hyperparameters, writes a model file."""
import json
import os
import sys

# argparse is coming to Pipebook on another branch; until then the arguments are read by hand.
epochs = int(sys.argv[sys.argv.index("--epochs") + 1]) if "--epochs" in sys.argv else 1
train = os.environ["SM_CHANNEL_TRAIN"]
files = sorted(os.listdir(train))
with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w") as f:
    json.dump({"epochs": epochs, "files": files, "hps": json.loads(os.environ["SM_HPS"])}, f)
print("trained for", epochs, "epochs on", files)
