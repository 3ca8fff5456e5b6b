# sys.exit(0) ends the program quietly; SystemExit can be caught like other exceptions.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code is the message:", e.code)
print("exiting now")
sys.exit(0)
print("never printed")
