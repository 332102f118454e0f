# An uncaught ModuleNotFoundError ends the program with a traceback.
print("start")
import a_module_that_does_not_exist

print("never")
