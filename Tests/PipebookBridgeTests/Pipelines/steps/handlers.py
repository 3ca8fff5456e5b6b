"""Lambda handlers the execution tests run locally."""


def double(event, context):
    return {"value": event["x"] * 2, "label": "x=" + str(event["x"])}


def nothing(event, context):
    return {}
