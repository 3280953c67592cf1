a = [0, 0]
a[0] = a
a[1] = a
x = [a]
for i in range(30):
    x = [x, x]
c = [0]
for i in range(100):
    c[0] = i
