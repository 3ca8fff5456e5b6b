"""scikit-learn for Pipebook: the preprocessing, imputation, composition, model selection,
metrics and linear models that tutorial scripts use, over Pipebook's numpy.
See docs/data-science.md for what is supported."""

__version__ = "1.5.2"
