# An exception with several args: the message is the repr of the args tuple.
raise RuntimeError("disk", 3, None)
