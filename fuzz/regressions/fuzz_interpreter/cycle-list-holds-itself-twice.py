a = [0, 0]
a[0] = a
a[1] = a
print(a)
