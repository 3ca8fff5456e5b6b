"""A step script that talks to S3 with boto3 directly, as workshop scripts do: it lists the
data under a prefix, reads one object, and writes a report next to it."""
import json

import boto3

s3 = boto3.client("s3")
listing = s3.list_objects_v2(Bucket="workshop", Prefix="abalone/")
keys = [entry["Key"] for entry in listing["Contents"]]
first = s3.get_object(Bucket="workshop", Key=keys[0])["Body"].read().decode("utf-8")
s3.put_object(Bucket="workshop", Key="reports/s3_report.json",
              Body=json.dumps({"keys": keys, "lines": len(first.splitlines())}))
boto3.resource("s3").Bucket("workshop").download_file(keys[0], "/opt/ml/processing/copy.csv")
print("reported", len(keys), "keys")
