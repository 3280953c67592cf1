for i in range(10**18):
    pass
x = list(range(10**9))
