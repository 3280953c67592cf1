s = [1]
for i in range(100):
    s = s * 2
