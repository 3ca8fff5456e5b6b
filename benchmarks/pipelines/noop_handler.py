"""A Lambda handler that does nothing, for the scheduler benchmark."""


def handler(event, context):
    return {}
