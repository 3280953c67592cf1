x = '😀ü​'
π = 3.14
ﬁle = 1
print(file, x * 3, len(x))
# コメント
