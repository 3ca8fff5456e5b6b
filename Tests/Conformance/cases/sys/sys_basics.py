# sys.argv (run with just the file name), sys.maxsize on 64-bit, recursion limit, stdout writes.
import sys
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500))  # needs the raised limit
sys.setrecursionlimit(old)
sys.stdout.write("written directly\n")
print(sys.version_info[0], sys.version_info >= (3, 8), type(sys.path).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
