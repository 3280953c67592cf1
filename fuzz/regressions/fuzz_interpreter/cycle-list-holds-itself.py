a = [0]
a[0] = a
print(a, str(a))
