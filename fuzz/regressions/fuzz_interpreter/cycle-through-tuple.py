l = [0]
t = (l,)
l[0] = t
print(t, l)
