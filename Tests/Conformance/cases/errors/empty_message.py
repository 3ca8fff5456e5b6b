# An exception whose message is the empty string prints like one with no message.
print("empty message next")
raise ValueError("")
