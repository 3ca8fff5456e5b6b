# %% [markdown]
# # Abalone
#
# Predict the *age* of an abalone.

# %% tags=["parameters"]
region = "us-east-1"
epochs = 10

# %%
import os
print(region)


# %% Load the data
rows = [1, 2, 3]
rows
