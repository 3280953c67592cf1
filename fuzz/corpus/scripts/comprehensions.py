x = [i * j for i in range(100) for j in range(100) if i % 3]
d = {k: v for k, v in zip("abc", range(3))}
print(sum(x), d)
