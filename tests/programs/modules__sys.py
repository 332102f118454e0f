# sys: argv, the recursion limit, the streams, version, maxsize, exit with a message.
import sys

print(sys.argv)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.flush()
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.version_info[0], sys.version_info >= (3, 8), type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(type(sys.modules).__name__, "sys" in sys.modules)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.args)
print("exiting")
sys.exit("fatal: stopping here")
