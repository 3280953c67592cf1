from django.core.cache import cache
import time
cache.set('a', 1, timeout=1)
time.sleep(2)
print(cache.get('a', 'gone'))
cache.incr('nope')
