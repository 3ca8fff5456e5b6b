# %%
# %%writefile train.py
import sys
print(sys.argv)

# %%
# !ls -l {folder}
# %time total = sum(rows)
# %pwd
x = 1  # a comment

# %%
# %%
y = 2
