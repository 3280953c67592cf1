print('%s %d %5.2f %r %%' % ('a', 3, 2.5, 'x'))
print('%*d' % (10**9, 1))
print(format(1, '>1000000000'))
