from django.core.cache import cache
a = [0]
a[0] = a
cache.set('k', a)
b = cache.get('k')
print(b, b[0] is b)
