# logging as step scripts set it up, and the modules they import beside it.
import logging
import sys

import boto3
import requests

logger = logging.getLogger()
logger.setLevel(logging.INFO)
logger.addHandler(logging.StreamHandler(sys.stdout))
logger.info("Starting preprocessing.")
logger.debug("hidden %d", 1)
logger.info("Reading %s with %d rows and %.2f%% missing", "abalone.csv", 4177, 0.0)
child = logging.getLogger("step.sub")
child.warning("child %s", "warns")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(name)s] %(message)s"))
child.addHandler(h)
child.error("twice")
child.propagate = False
child.info("once")
print(child.getEffectiveLevel(), logging.getLevelName(logging.WARNING), logging.getLevelName(20))
try:
    requests.get("https://example.com")
except requests.exceptions.ConnectionError as e:
    print("no network:", type(e).__name__)
print(boto3.Session(region_name="eu-west-1").region_name)
