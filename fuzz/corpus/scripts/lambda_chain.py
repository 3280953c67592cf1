f = lambda a: lambda b: lambda c: lambda d: a + b + c + d
print(f(1)(2)(3)(4))
g = (lambda: (lambda: (lambda: 1)))()()()
