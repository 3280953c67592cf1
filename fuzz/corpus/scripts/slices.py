x = list(range(10))
print(x[::-1], x[1:8:3], 'abc'[::-2], x[-100:100])
x[2:5] = 'ab'
del x[::2]
