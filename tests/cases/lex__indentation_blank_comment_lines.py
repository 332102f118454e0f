# Blank lines and comment-only lines never change indentation.
def f(x):

    if x:
  # a comment at a shallower column

        return 1
        # a comment at the block's column
            # and one deeper

    return 2
    

class C:
    # first thing in a class is a comment

    def m(self):
        pass
        # trailing comment in a nested block, then a blank line with spaces
        
print(f(1), f(0))
# final comment without a newline after it
