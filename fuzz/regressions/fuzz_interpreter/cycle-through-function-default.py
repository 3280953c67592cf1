l = [0]
def f(x=l):
    pass
l[0] = f
print(len(l))
