"""A helper module shipped beside the entry point in source_dir."""
SEED = 42
