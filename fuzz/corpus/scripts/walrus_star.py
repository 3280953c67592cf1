if (n := 10) > 5:
    print(n)
a, *b = [1, 2, 3]
