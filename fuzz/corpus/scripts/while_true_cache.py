from django.core.cache import cache
i = 0
while True:
    cache.set(i, i)
    i += 1
