def d(f):
    return f
@d
def g():
    global z
    z = 1
g()
print(z)
