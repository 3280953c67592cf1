x = [0]
for i in range(40):
    x = [x, x]
print(len(x))
