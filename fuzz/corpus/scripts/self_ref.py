x = []
x.append(x)
print(x)
d = {}
d[1] = d
print(d, x == x)
