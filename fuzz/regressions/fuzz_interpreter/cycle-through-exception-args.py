l = [0]
e = ValueError(l)
l[0] = e
print(repr(l), repr(e), str(e))
