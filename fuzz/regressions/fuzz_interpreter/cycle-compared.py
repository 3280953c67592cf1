a = [0]
a[0] = a
b = [0]
b[0] = b
try:
    print(a == b)
except RecursionError as e:
    print(a == a, e)
