"""A stand-in for botocore: the exceptions workshop code catches."""
