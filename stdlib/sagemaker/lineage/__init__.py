"""sagemaker.lineage: the lineage Pipebook records for a pipeline's jobs (artifacts, actions,
contexts, trial components and their associations), with the SDK's classes over it."""
