for i in range(3000):
    a = [0, i]
    a[0] = a
    d = {}
    d[i] = [d, a]
print(len(a), len(d))
