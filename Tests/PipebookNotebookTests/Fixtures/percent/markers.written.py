# %%
import os
# %% [markdown] tags=["intro", "x"]
# Text
#
# no space
# %% Title here tags=["a"] key="value"
def f():

    return 1


# %% [raw]
# raw text
# %% [markdown]
# last
